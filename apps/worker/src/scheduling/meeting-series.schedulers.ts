import type { JobsOptions } from 'bullmq';

/** Every meeting series has its own job scheduler, `meeting-series:<seriesId>` (ADR 0013). */
export const SERIES_SCHEDULER_PREFIX = 'meeting-series:';
/**
 * 01:20 Copenhagen time, daily: the horizon has moved a day. Before 02:00, so the hour that is
 * skipped (spring) or repeated (autumn) on DST nights never touches it.
 */
export const SERIES_PATTERN = '20 1 * * *';
export const SERIES_TZ = 'Europe/Copenhagen';

export const RECONCILE_SCHEDULER_ID = 'meeting-series-reconcile';
export const RECONCILE_EVERY_MS = 5 * 60_000;

/** Retries with backoff; the handlers are idempotent, so a retry can never double anything. */
export const SCHEDULING_RETRY: JobsOptions = { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } };

export function seriesSchedulerId(seriesId: string): string {
  return `${SERIES_SCHEDULER_PREFIX}${seriesId}`;
}

/** The series id of a `meeting-series:<id>` scheduler, or null for any other scheduler. */
export function seriesIdOfScheduler(schedulerId: string): string | null {
  return schedulerId.startsWith(SERIES_SCHEDULER_PREFIX) ? schedulerId.slice(SERIES_SCHEDULER_PREFIX.length) : null;
}
