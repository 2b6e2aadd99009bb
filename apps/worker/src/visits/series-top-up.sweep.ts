import { topUpVisitSeries, visitSeriesHorizon } from '@act/db';
import { Injectable, Logger } from '@nestjs/common';
import { DatabaseService, type TenantTransaction } from '../database/database.service';
import { forEveryTenant, type TenantTotals } from '../database/every-tenant';

export type TopUpResult = TenantTotals<{ series: number; created: number }>;

/** The pg client as the shared materialiser expects it: a query that resolves to rows. */
const rowsOf = (tx: TenantTransaction) => ({
  query: async (sql: string, params?: unknown[]): Promise<unknown> => (await tx.query(sql, params)).rows,
});

/**
 * Keeps every open visit series materialised four weeks ahead (ADR 0008). The API creates the
 * first weeks when a series is planned; this sweep adds the next days as time passes. It is
 * idempotent (occurrences are keyed by series and local date), so it can run on any replica,
 * any number of times — daily, and once at boot to catch up after downtime or a Redis wipe.
 */
@Injectable()
export class SeriesTopUpSweep {
  private readonly logger = new Logger(SeriesTopUpSweep.name);

  constructor(private readonly database: DatabaseService) {}

  async topUpTenant(tenantId: string, through = visitSeriesHorizon()): Promise<{ series: number; created: number }> {
    return this.database.withTenant(tenantId, (tx) => topUpVisitSeries(rowsOf(tx), through));
  }

  topUpAll(through = visitSeriesHorizon()): Promise<TopUpResult> {
    return forEveryTenant(this.database, {
      name: 'Visit series top-up',
      logger: this.logger,
      zero: { series: 0, created: 0 },
      work: (tenantId) => this.topUpTenant(tenantId, through),
      summary: (total) =>
        `Visit series top-up through ${through}: ${total.tenants} tenant(s), ${total.series} series, ` +
        `${total.created} visit(s) created, ${total.failedTenants} tenant(s) failed`,
    });
  }
}
