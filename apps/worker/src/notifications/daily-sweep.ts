import { copenhagenToday } from '@act/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DatabaseService } from '../database/database.service';
import { forEveryTenant, type TenantTotals } from '../database/every-tenant';
import { agreementReviewsDue, carePlanFollowUpsDue, citizensNotSeen, exceptionsExpiring, followUpTasksDue, supervisionOverdue } from './daily-notifications';
import { writeNotifications, type WriteResult } from './notification-writer';

/**
 * The daily notifications (ADR 0013): follow-ups and tasks due, exceptions ending, the not-seen
 * digest, members overdue for supervision and cooperation agreements due for review. One transaction per tenant; the dedupe keys make a
 * second run the same day add nothing, so it may run at boot, on retries and on every replica.
 */
@Injectable()
export class DailySweep {
  private readonly logger = new Logger(DailySweep.name);

  constructor(private readonly database: DatabaseService) {}

  sweepTenant(tenantId: string, now = new Date()): Promise<WriteResult> {
    const today = copenhagenToday(now);
    return this.database.withTenant(tenantId, async (tx) => {
      const items = [
        ...(await carePlanFollowUpsDue(tx, today)),
        ...(await followUpTasksDue(tx, today)),
        ...(await exceptionsExpiring(tx, today)),
        ...(await citizensNotSeen(tx, today, now)),
        ...(await supervisionOverdue(tx, today)),
        ...(await agreementReviewsDue(tx, today)),
      ];
      return writeNotifications(tx, tenantId, items);
    });
  }

  sweepAll(now = new Date()): Promise<TenantTotals<WriteResult>> {
    return forEveryTenant(this.database, {
      name: 'Daily notifications',
      logger: this.logger,
      zero: { notifications: 0, mails: 0 },
      work: (tenantId) => this.sweepTenant(tenantId, now),
      summary: (t) => `Daily notifications: ${t.tenants} tenant(s), ${t.notifications} notification(s), ${t.mails} mail(s) queued, ${t.failedTenants} tenant(s) failed`,
    });
  }
}
