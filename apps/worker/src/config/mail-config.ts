import { isPlausibleEmail } from '@act/domain';
import { WorkerConfigError } from './config-error';

/** Where mail goes, whom it is from, and the app's address for the links in it. */
export interface MailConfig {
  /** smtp://host:port or smtps://user:pass@host:port (may hold a password: never log it). */
  smtpUrl: string;
  /** "ACT-platformen <no-reply@kommune.dk>" or a bare address. */
  from: string;
  /** The web app's address, without a trailing slash, e.g. https://act.kommune.dk */
  publicUrl: string;
}

/**
 * Outside production every default points at this machine (the demo's mail catcher listens on
 * 127.0.0.1:1025), so a developer's worker can never mail the outside world by accident. In
 * production the three must be set: a forgotten SMTP_URL stops the worker at start, naming it.
 */
const LOCAL_DEFAULTS = {
  SMTP_URL: 'smtp://127.0.0.1:1025',
  MAIL_FROM: 'ACT-platformen <no-reply@act.invalid>',
  PUBLIC_URL: 'http://localhost:5173',
} as const;
type MailVariable = keyof typeof LOCAL_DEFAULTS;

export function loadMailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const production = env.NODE_ENV === 'production';
  const read = (name: MailVariable): string => {
    const value = env[name]?.trim();
    if (value) return value;
    if (production) throw new WorkerConfigError(`${name} must be set when NODE_ENV=production`);
    return LOCAL_DEFAULTS[name];
  };
  return { smtpUrl: smtpUrl(read('SMTP_URL')), from: mailFrom(read('MAIL_FROM')), publicUrl: publicUrl(read('PUBLIC_URL')) };
}

function smtpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new WorkerConfigError('SMTP_URL is not a valid URL (e.g. smtp://127.0.0.1:1025)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new WorkerConfigError('SMTP_URL must start with smtp:// or smtps://');
  if (!url.hostname) throw new WorkerConfigError('SMTP_URL has no host');
  return value;
}

function mailFrom(value: string): string {
  const match = /^(?:[^<>"]*<([^<>]+)>|([^<>\s]+))$/.exec(value);
  const address = match?.[1] ?? match?.[2];
  if (!address || !isPlausibleEmail(address)) {
    throw new WorkerConfigError('MAIL_FROM must be an e-mail address, optionally with a name: ACT-platformen <no-reply@kommune.dk>');
  }
  return value;
}

function publicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new WorkerConfigError('PUBLIC_URL is not a valid URL (e.g. https://act.kommune.dk)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WorkerConfigError('PUBLIC_URL must start with http:// or https://');
  if (url.search || url.hash) throw new WorkerConfigError('PUBLIC_URL must not have a query or fragment');
  return url.toString().replace(/\/+$/, '');
}
