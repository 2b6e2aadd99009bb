import { Injectable, Logger } from '@nestjs/common';
import { DatabaseService, type TenantTransaction } from '../database/database.service';
import { forEveryTenant, type TenantTotals } from '../database/every-tenant';

/** What one tenant's sweep did: counts only (never names). */
export type TenantSweepResult = {
  /** Expired exceptions claimed (checked) by this run. */
  claimed: number;
  /** Alerts raised by this run (an alert that already existed is not counted). */
  alerts: number;
};

/** Summed over the tenants; `failedTenants` were rolled back and the next run repeats them. */
export type SweepResult = TenantTotals<TenantSweepResult>;

/** Today's date in Copenhagen: exceptions are valid through `valid_until` inclusive, local time. */
const TODAY = `(now() AT TIME ZONE 'Europe/Copenhagen')::date`;

/**
 * Claim every expired exception not yet checked. The claim is the idempotency step: a row is
 * claimed once, by whichever transaction gets it first; concurrent sweeps wait on the row lock
 * and then skip it. Revoked exceptions were ended on purpose and raise nothing.
 */
const CLAIM_EXPIRED = `
  UPDATE caseload_exception SET expiry_checked_at = now()
  WHERE expiry_checked_at IS NULL AND revoked_at IS NULL AND valid_until < ${TODAY}
  RETURNING id, member_id`;

/**
 * For each claimed exception whose member still has more open primary assignments than their
 * capacity now — floor(10 × FTE) (0 without a caseload) plus any other exception in force
 * today, as `member_primary_capacity` computes it (the claimed one has expired, so it no longer
 * counts) — raise one alert for the member's team. The dedupe key makes it idempotent.
 */
const RAISE_ALERTS = `
  INSERT INTO team_alert (tenant_id, team_id, kind, member_id, dedupe_key)
  SELECT $1::uuid, m.team_id, 'caseload_exception_expired', m.id, 'exception-expired:' || c.exception_id
  FROM unnest($2::uuid[], $3::uuid[]) AS c(exception_id, member_id)
  JOIN team_member m ON m.id = c.member_id
  WHERE (SELECT count(*) FROM primary_assignment pa WHERE pa.member_id = m.id AND pa.ended_at IS NULL)
        > member_primary_capacity(m.id, m.fte, m.carries_caseload)
  ON CONFLICT (tenant_id, dedupe_key) DO NOTHING
  RETURNING id`;

/**
 * When a caseload exception expires and the member is still over capacity, the team is alerted
 * (shown on the caseload page). PostgreSQL is the source of truth: the sweep finds its work
 * there, so it can run any number of times, on any replica, after any crash.
 */
@Injectable()
export class ExceptionExpirySweep {
  private readonly logger = new Logger(ExceptionExpirySweep.name);

  constructor(private readonly database: DatabaseService) {}

  /** Sweeps every tenant, each in its own transaction. Throws after the others when any tenant failed. */
  sweepAll(): Promise<SweepResult> {
    return forEveryTenant(this.database, {
      name: 'Exception expiry sweep',
      logger: this.logger,
      zero: { claimed: 0, alerts: 0 },
      work: (tenantId) => this.sweepTenant(tenantId),
      summary: (total) =>
        `Exception expiry sweep: ${total.tenants} tenant(s), ${total.claimed} expired exception(s) checked, ` +
        `${total.alerts} alert(s) raised, ${total.failedTenants} tenant(s) failed`,
    });
  }

  /** Claim and alert in one transaction: a crash between them rolls the claim back too. */
  sweepTenant(tenantId: string): Promise<TenantSweepResult> {
    return this.database.withTenant(tenantId, (tx) => sweepInTransaction(tx, tenantId));
  }
}

export async function sweepInTransaction(tx: TenantTransaction, tenantId: string): Promise<TenantSweepResult> {
  const claimed = await tx.query<{ id: string; member_id: string }>(CLAIM_EXPIRED);
  if (claimed.rows.length === 0) return { claimed: 0, alerts: 0 };
  const raised = await tx.query<{ id: string }>(RAISE_ALERTS, [
    tenantId,
    claimed.rows.map((row) => row.id),
    claimed.rows.map((row) => row.member_id),
  ]);
  return { claimed: claimed.rows.length, alerts: raised.rows.length };
}
