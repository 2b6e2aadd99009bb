/** E-mail addresses are stored normalised: trimmed and lowercased. */
export function normaliseEmail(input: string): string {
  return input.trim().toLowerCase();
}

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * A plausibility check, not full RFC 5322: one "@", a dot-atom local part, a domain of at least
 * two valid labels and a letter-only top-level domain. Surrounding spaces are ignored.
 * The only real proof of an address is a mail that arrives.
 */
export function isPlausibleEmail(input: string): boolean {
  if (typeof input !== 'string') return false;
  const email = input.trim();
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return false;
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return /^[a-z]{2,}$/i.test(labels[labels.length - 1]);
}
