import { materialiseMeetingSeries, topUpMeetingSeries } from '@act/db';
import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DatabaseService, type TenantTransaction } from '../database/database.service';
import { forEveryTenant } from '../database/every-tenant';
import type { JobName } from '../jobs/job-names';
import { forgetSchedulerRun } from '../jobs/scheduler-runs';
import { SCHEDULING_RETRY, SERIES_PATTERN, SERIES_TZ, seriesIdOfScheduler, seriesSchedulerId } from './meeting-series.schedulers';

const SERIES_JOB: JobName = 'scheduling.series-materialise';

/** The pg client as the shared materialiser expects it: a query that resolves to rows. */
const rowsOf = (tx: TenantTransaction) => ({
  query: async (sql: string, params?: unknown[]): Promise<unknown> => (await tx.query(sql, params)).rows,
});

/**
 * A series needs its scheduler while it has occurrences left to create: not ended, or ended
 * after what is materialised (the same test as `topUpMeetingSeries`). A deleted series has no row.
 */
const OPEN_SERIES = `SELECT id FROM meeting_series WHERE ended_on IS NULL OR ended_on > materialised_until ORDER BY id`;

export interface ReconcileResult {
  tenants: number;
  failedTenants: number;
  openSeries: number;
  created: number;
  schedulersAdded: number;
  schedulersRemoved: number;
}

/**
 * Keeps meeting series materialised ahead and Redis in step with PostgreSQL (ADR 0013).
 * PostgreSQL is the truth; each scheduler is named by its series id, so upserting is idempotent
 * and any number of replicas, restarts or nudges leave exactly one per open series. The
 * materialiser locks the series row and inserts with ON CONFLICT, so concurrent runs never double
 * an occurrence.
 */
@Injectable()
export class MeetingSeriesScheduling {
  private readonly logger = new Logger(MeetingSeriesScheduling.name);

  constructor(
    private readonly database: DatabaseService,
    @InjectQueue('scheduling') private readonly queue: Queue,
  ) {}

  /**
   * Tops up one series and then adds or removes its scheduler to match whether it is still open.
   * Returns how many occurrences it created.
   */
  async syncSeries(tenantId: string, seriesId: string): Promise<{ created: number; open: boolean }> {
    const result = await this.database.withTenant(tenantId, async (tx) => {
      const created = await materialiseMeetingSeries(rowsOf(tx), seriesId);
      const { rows } = await tx.query(`SELECT 1 FROM (${OPEN_SERIES}) open WHERE id = $1`, [seriesId]);
      return { created: created.length, open: rows.length > 0 };
    });
    if (result.open) await this.upsertScheduler(tenantId, seriesId);
    else await this.removeScheduler(seriesId);
    return result;
  }

  /**
   * Makes Redis match PostgreSQL: one scheduler per open series of every tenant, none for ended or
   * deleted series, and every open series topped up (so a wiped Redis loses nothing).
   *
   * Redis is read BEFORE PostgreSQL: a series created meanwhile is then only ever added (never
   * removed as unknown). A series reopened in the instant between the two reads may lose its
   * scheduler until the next run; its occurrences were already written by the API.
   */
  async reconcile(): Promise<ReconcileResult> {
    const existing = new Set(
      (await this.queue.getJobSchedulers())
        .map((scheduler) => seriesIdOfScheduler(scheduler.key))
        .filter((id): id is string => id !== null),
    );
    const wanted = new Map<string, string>(); // series id -> tenant id
    let totals = { tenants: 0, failedTenants: 0, openSeries: 0, created: 0 };
    let failure: unknown;
    try {
      totals = await forEveryTenant(this.database, {
        name: 'Meeting series reconcile',
        logger: this.logger,
        zero: { openSeries: 0, created: 0 },
        work: (tenantId) =>
          this.database.withTenant(tenantId, async (tx) => {
            const { created } = await topUpMeetingSeries(rowsOf(tx));
            const { rows } = await tx.query<{ id: string }>(OPEN_SERIES);
            for (const row of rows) wanted.set(row.id, tenantId);
            return { openSeries: rows.length, created };
          }),
        summary: (total) =>
          `Meeting series reconcile: ${total.tenants} tenant(s), ${total.openSeries} open series, ` +
          `${total.created} occurrence(s) created, ${total.failedTenants} tenant(s) failed`,
      });
    } catch (error) {
      failure = error;
    }
    let schedulersAdded = 0;
    for (const [seriesId, tenantId] of wanted) {
      if (existing.has(seriesId)) continue;
      await this.upsertScheduler(tenantId, seriesId);
      schedulersAdded++;
    }
    // A failed tenant's series are unknown, so nothing is removed then; the job is retried.
    let schedulersRemoved = 0;
    if (failure === undefined) {
      for (const seriesId of existing) {
        if (wanted.has(seriesId)) continue;
        await this.removeScheduler(seriesId);
        schedulersRemoved++;
      }
    }
    if (schedulersAdded || schedulersRemoved) {
      this.logger.log(`Meeting series schedulers: ${schedulersAdded} added, ${schedulersRemoved} removed`);
    }
    if (failure !== undefined) throw failure as Error;
    return { ...totals, schedulersAdded, schedulersRemoved };
  }

  private async removeScheduler(seriesId: string): Promise<void> {
    await this.queue.removeJobScheduler(seriesSchedulerId(seriesId));
    await forgetSchedulerRun(await this.queue.getBackend().client, 'scheduling', seriesSchedulerId(seriesId));
  }

  private async upsertScheduler(tenantId: string, seriesId: string): Promise<void> {
    await this.queue.upsertJobScheduler(
      seriesSchedulerId(seriesId),
      { pattern: SERIES_PATTERN, tz: SERIES_TZ },
      { name: SERIES_JOB, data: { tenantId, seriesId }, opts: SCHEDULING_RETRY },
    );
  }
}
