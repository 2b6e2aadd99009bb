import type { NotificationKindName } from '@act/domain';
import type { TenantTransaction } from '../database/database.service';

/** How long a claimed mail is ours. Sending one takes at most SEND_TIMEOUT_MS (20 s), well below. */
export const MAIL_LEASE_MS = 30_000;
/** Tries before a mail is given up as `failed`. */
export const MAX_MAIL_ATTEMPTS = 5;
/** Backoff after a failed try: base × 2^(attempt − 1) — 30 s, 1, 2, 4 minutes. */
export const MAIL_BACKOFF_BASE_MS = 30_000;

export interface ClaimedMail {
  id: string;
  kind: NotificationKindName;
  notificationId: string | null;
  /** The user's address (read now, so a changed address is used) or the external supervisor's. */
  to: string | null;
  recipient: 'user' | 'external';
  /** The user was disabled after the mail was queued: it is not sent. */
  recipientDisabled: boolean;
  messageId: string;
  occursAt: Date | null;
  itemCount: number | null;
  attempts: number;
}

/**
 * Claims up to `limit` mails of the current tenant that are due: pending ones past their backoff,
 * and `sending` ones whose lease ran out (their sender died before it could record the result).
 * They become `sending` with a fresh lease; the caller commits at once and then sends.
 */
export async function claimMail(tx: TenantTransaction, limit: number, leaseMs = MAIL_LEASE_MS): Promise<ClaimedMail[]> {
  const { rows } = await tx.query<{
    id: string;
    kind: NotificationKindName;
    notification_id: string | null;
    user_email: string | null;
    external_email: string | null;
    disabled: boolean;
    message_id: string;
    occurs_at: Date | null;
    item_count: number | null;
    attempts: number;
  }>(
    `WITH due AS (
       SELECT id FROM mail_delivery
       WHERE (status = 'pending' AND (claimed_until IS NULL OR claimed_until <= now()))
          OR (status = 'sending' AND claimed_until <= now())
       ORDER BY created_at, id
       LIMIT $1
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE mail_delivery m
       SET status = 'sending', claimed_until = now() + make_interval(secs => $2::double precision / 1000), attempts = m.attempts + 1
       FROM due WHERE m.id = due.id
       RETURNING m.*
     )
     SELECT c.id, c.kind::text AS kind, c.notification_id, u.email AS user_email, c.external_email,
            coalesce(u.disabled_at IS NOT NULL, false) AS disabled, c.message_id, c.occurs_at, c.item_count, c.attempts
     FROM claimed c LEFT JOIN app_user u ON u.id = c.user_id
     ORDER BY c.created_at, c.id`,
    [limit, leaseMs],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    notificationId: row.notification_id,
    to: row.external_email ?? row.user_email,
    recipient: row.external_email ? 'external' : 'user',
    recipientDisabled: row.disabled,
    messageId: row.message_id,
    occursAt: row.occurs_at,
    itemCount: row.item_count,
    attempts: row.attempts,
  }));
}

/** Recorded right after the SMTP server accepted the mail: the one statement between them. */
export async function markSent(tx: TenantTransaction, id: string): Promise<void> {
  await tx.query(
    `UPDATE mail_delivery SET status = 'sent', sent_at = now(), claimed_until = NULL, last_error = NULL WHERE id = $1 AND status = 'sending'`,
    [id],
  );
}

/**
 * A failed try: back to `pending` after a backoff, or `failed` when it was the last try or the
 * failure is permanent. `reason` is a code (e.g. "EENVELOPE 550"), never the server's text, which
 * may quote the address.
 */
export async function markFailed(
  tx: TenantTransaction,
  id: string,
  reason: string,
  { permanent = false, maxAttempts = MAX_MAIL_ATTEMPTS, backoffBaseMs = MAIL_BACKOFF_BASE_MS } = {},
): Promise<'pending' | 'failed'> {
  const { rows } = await tx.query<{ status: 'pending' | 'failed' }>(
    `UPDATE mail_delivery
     SET status = CASE WHEN $3 OR attempts >= $4 THEN 'failed' ELSE 'pending' END::mail_status,
         claimed_until = CASE WHEN $3 OR attempts >= $4 THEN NULL
                              ELSE now() + make_interval(secs => $5::double precision / 1000 * power(2, greatest(attempts - 1, 0))) END,
         last_error = left($2, 500)
     WHERE id = $1 AND status = 'sending'
     RETURNING status::text AS status`,
    [id, reason, permanent, maxAttempts, backoffBaseMs],
  );
  return rows[0]?.status ?? 'pending';
}

/** Gives back claimed mails not tried in this run (their lease would not have lasted). */
export async function releaseMail(tx: TenantTransaction, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await tx.query(
    `UPDATE mail_delivery SET status = 'pending', claimed_until = NULL, attempts = greatest(attempts - 1, 0)
     WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
    [ids],
  );
}
