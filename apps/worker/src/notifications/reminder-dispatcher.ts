import { Injectable, Logger } from '@nestjs/common';
import { DatabaseService } from '../database/database.service';
import { forEveryTenant, type TenantTotals } from '../database/every-tenant';
import { dispatchReminderBatch, REMINDER_BATCH, type DispatchResult } from './reminder-dispatch';

/** Runs the reminder batches of every tenant, each batch in its own transaction. */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger(ReminderDispatcher.name);

  constructor(private readonly database: DatabaseService) {}

  async dispatchTenant(tenantId: string, limit = REMINDER_BATCH): Promise<DispatchResult> {
    const total: DispatchResult = { claimed: 0, tooLate: 0, notifications: 0, mails: 0 };
    for (;;) {
      const batch = await this.database.withTenant(tenantId, (tx) => dispatchReminderBatch(tx, tenantId, limit));
      total.claimed += batch.claimed;
      total.tooLate += batch.tooLate;
      total.notifications += batch.notifications;
      total.mails += batch.mails;
      if (batch.claimed < limit) return total;
    }
  }

  dispatchAll(): Promise<TenantTotals<DispatchResult>> {
    return forEveryTenant(this.database, {
      name: 'Reminder dispatch',
      logger: this.logger,
      zero: { claimed: 0, tooLate: 0, notifications: 0, mails: 0 },
      work: (tenantId) => this.dispatchTenant(tenantId),
      summary: (t) =>
        t.claimed || t.failedTenants
          ? `Reminders: ${t.claimed} occurrence(s) claimed (${t.tooLate} too late), ${t.notifications} notification(s), ` +
            `${t.mails} mail(s) queued, ${t.failedTenants} tenant(s) failed`
          : '', // every 15 s: an idle run is not logged
    });
  }
}
