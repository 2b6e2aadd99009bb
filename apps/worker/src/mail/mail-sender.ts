import { Inject, Injectable, Logger } from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { forEveryTenant, type TenantTotals } from '../database/every-tenant';
import { claimMail, MAIL_LEASE_MS, markFailed, markSent, releaseMail, type ClaimedMail } from './mail-outbox';
import { renderMail } from './mail-template';
import { Mailer, SEND_TIMEOUT_MS } from './mailer';

/** Mails claimed per transaction: few, since a killed sender leaves its claimed batch waiting for the lease. */
export const MAIL_BATCH = 5;
/** One run stops after this long and queues the next, so a big outbox never blocks shutdown for long. */
export const MAIL_RUN_BUDGET_MS = 20_000;

export type SendResult = { sent: number; retried: number; failed: number; /** 1 when mail is left for the next run. */ more: number };

/**
 * Sends the mail outbox (ADR 0013): claim a batch with a lease and commit, then send the mails
 * one at a time and record each result at once. One at a time on purpose: the only duplicate a
 * crash can cause is a mail the server accepted but we had not yet recorded, so at most one per
 * killed process.
 */
@Injectable()
export class MailSender {
  private readonly logger = new Logger(MailSender.name);

  constructor(
    private readonly database: DatabaseService,
    private readonly mailer: Mailer,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  async sendTenant(tenantId: string, deadline = Date.now() + MAIL_RUN_BUDGET_MS): Promise<SendResult> {
    const result: SendResult = { sent: 0, retried: 0, failed: 0, more: 0 };
    for (;;) {
      if (Date.now() > deadline) return { ...result, more: 1 };
      const claimedAt = Date.now();
      const batch = await this.database.withTenant(tenantId, (tx) => claimMail(tx, MAIL_BATCH));
      if (!batch.length) return result;
      for (const [index, mail] of batch.entries()) {
        // Never start a send that could outlast the lease: another worker would send it too.
        if (Date.now() + SEND_TIMEOUT_MS + 2_000 > claimedAt + MAIL_LEASE_MS) {
          await this.database.withTenant(tenantId, (tx) => releaseMail(tx, batch.slice(index).map((m) => m.id)));
          result.more = 1;
          break;
        }
        result[await this.sendOne(tenantId, mail)]++;
      }
      if (batch.length < MAIL_BATCH) return result;
    }
  }

  sendAll(budgetMs = MAIL_RUN_BUDGET_MS): Promise<TenantTotals<SendResult>> {
    const deadline = Date.now() + budgetMs;
    return forEveryTenant(this.database, {
      name: 'Mail sending',
      logger: this.logger,
      zero: { sent: 0, retried: 0, failed: 0, more: 0 },
      work: (tenantId) => this.sendTenant(tenantId, deadline),
      summary: (t) =>
        t.sent || t.retried || t.failed || t.failedTenants
          ? `Mail: ${t.sent} sent, ${t.retried} to retry, ${t.failed} given up, ${t.failedTenants} tenant(s) failed`
          : '', // every 10 s: an idle run is not logged
    });
  }

  private async sendOne(tenantId: string, mail: ClaimedMail): Promise<'sent' | 'retried' | 'failed'> {
    if (!mail.to || mail.recipientDisabled) {
      await this.database.withTenant(tenantId, (tx) => markFailed(tx, mail.id, 'recipient disabled or without address', { permanent: true }));
      return 'failed';
    }
    try {
      const content = renderMail(
        { kind: mail.kind, occursAt: mail.occursAt, itemCount: mail.itemCount, recipient: mail.recipient, notificationId: mail.notificationId },
        this.config.mail.publicUrl,
      );
      await this.mailer.send({ to: mail.to, messageId: mail.messageId, ...content });
    } catch (error) {
      const { reason, permanent } = describe(error);
      const status = await this.database.withTenant(tenantId, (tx) => markFailed(tx, mail.id, reason, { permanent }));
      this.logger.warn(`Mail ${mail.id} not sent (${reason}); ${status === 'failed' ? 'given up' : 'will retry'}`);
      return status === 'failed' ? 'failed' : 'retried';
    }
    await this.database.withTenant(tenantId, (tx) => markSent(tx, mail.id));
    return 'sent';
  }
}

/** A code for the log and last_error ("EENVELOPE 550"); the server's text may quote the address. */
function describe(error: unknown): { reason: string; permanent: boolean } {
  const e = error as { code?: string; responseCode?: number; name?: string };
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const reason = [e.code ?? e.name ?? 'Error', responseCode].filter((part) => part !== undefined).join(' ');
  // 5xx: the server refuses for good (no such mailbox…); trying again would not help.
  return { reason, permanent: responseCode !== undefined && responseCode >= 500 };
}
