import { copenhagenToday } from '@act/domain';
import { type FidelityQuery, activeFidelityVersion, lastTwelveWeeks, storeFidelitySnapshot } from '@act/db';
import { Injectable, Logger } from '@nestjs/common';
import { DatabaseService, type TenantTransaction } from '../database/database.service';
import { forEveryTenant, type TenantTotals } from '../database/every-tenant';

export type TenantSnapshotResult = { teams: number; stored: number };

/**
 * The weekly fidelity snapshots (ADR 0021): for every team of every tenant, the report of the 12
 * whole weeks (Monday–Sunday) ending last Sunday, with the tenant's active model version, stored
 * in `fidelity_snapshot` (figures only, no names). Idempotent: a snapshot that exists for the
 * team, period and version is left as it is, so a retry, a second replica or the boot run after a
 * restart stores nothing twice. The work is found in PostgreSQL; the job carries nothing.
 */
@Injectable()
export class FidelitySnapshotsService {
  private readonly logger = new Logger(FidelitySnapshotsService.name);

  constructor(private readonly database: DatabaseService) {}

  snapshotAll(today: string = copenhagenToday()): Promise<TenantTotals<TenantSnapshotResult>> {
    return forEveryTenant(this.database, {
      name: 'Fidelity weekly snapshots',
      logger: this.logger,
      zero: { teams: 0, stored: 0 },
      work: (tenantId) => this.snapshotTenant(tenantId, today),
      summary: (t) => (t.stored ? `fidelity: ${t.stored} snapshot(s) stored for ${t.teams} team(s) in ${t.tenants} tenant(s)` : ''),
    });
  }

  /** One tenant, one transaction (row-level security on), serialised per tenant by an advisory lock. */
  snapshotTenant(tenantId: string, today: string = copenhagenToday()): Promise<TenantSnapshotResult> {
    return this.database.withTenant(tenantId, async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('fidelity-snapshot:' || $1))`, [tenantId]);
      return snapshotInTransaction(tx, tenantId, today);
    });
  }
}

export async function snapshotInTransaction(tx: TenantTransaction, tenantId: string, today: string): Promise<TenantSnapshotResult> {
  const q: FidelityQuery = async <R>(sql: string, params: unknown[]): Promise<R[]> => (await tx.query(sql, params)).rows as R[];
  const period = lastTwelveWeeks(today);
  const version = await activeFidelityVersion(q, tenantId);
  const teams = await q<{ id: string }>(`SELECT id FROM team ORDER BY id`, []);
  let stored = 0;
  for (const team of teams) if (await storeFidelitySnapshot(q, tenantId, team.id, period, version)) stored++;
  return { teams: teams.length, stored };
}
