import type { Logger } from '@nestjs/common';
import type { DatabaseService } from './database.service';

/** A sweep's counts summed over the tenants, with how many tenants it ran for and how many failed. */
export type TenantTotals<C extends Record<string, number>> = C & { tenants: number; failedTenants: number };

export interface EveryTenantOptions<C extends Record<string, number>> {
  /** What the sweep is called in the log and the error ("Visit series top-up"). */
  name: string;
  logger: Logger;
  /** The counts before any tenant (all 0). */
  zero: C;
  /** One tenant's work, in its own transaction (`database.withTenant`). */
  work: (tenantId: string) => Promise<C>;
  /** The summary line; counts only, never names. Empty: nothing worth a line (frequent idle runs). */
  summary: (totals: TenantTotals<C>) => string;
}

/**
 * Runs a sweep for every tenant, one transaction each, and adds up the counts. A tenant that
 * fails is rolled back and logged by id while the others still run; the sweep then throws, so
 * the job is retried (the sweeps are idempotent, and the tenants that succeeded find no work).
 */
export async function forEveryTenant<C extends Record<string, number>>(
  database: DatabaseService,
  { name, logger, zero, work, summary }: EveryTenantOptions<C>,
): Promise<TenantTotals<C>> {
  const tenantIds = await database.tenantIds();
  const totals = { ...zero, tenants: tenantIds.length, failedTenants: 0 } as TenantTotals<C>;
  const counts = totals as Record<string, number>;
  let firstError: unknown;
  for (const tenantId of tenantIds) {
    try {
      const result = await work(tenantId);
      for (const key of Object.keys(zero)) counts[key] += result[key];
    } catch (error) {
      totals.failedTenants++;
      firstError ??= error;
      logger.warn(`${name} failed for tenant ${tenantId}: ${(error as Error).message}`);
    }
  }
  const line = summary(totals);
  if (line) logger.log(line);
  if (firstError !== undefined) {
    throw new Error(`${name} failed for ${totals.failedTenants} tenant(s); they are retried on the next run`, { cause: firstError });
  }
  return totals;
}
