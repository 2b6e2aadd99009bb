/**
 * Every job the worker knows, in one list: its name and the queue it runs on.
 *
 * Job payloads carry ids only (tenant id, occurrence id, …) — never CPR numbers, names or health
 * data: BullMQ stores job data in clear text in Redis, and Redis must be wipeable without loss.
 * Handlers load what they need from PostgreSQL inside `DatabaseService.withTenant`.
 *
 * Adding a job: add it here, add its payload type to JobPayloads, and write one handler class
 * decorated with `@HandlesJob('<name>')`. The worker refuses to start otherwise.
 */
export const QUEUE_NAMES = ['system', 'caseload', 'visits', 'scheduling', 'notifications', 'mail', 'audit', 'fidelity'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobDefinition {
  readonly name: string;
  readonly queue: QueueName;
}

export const JOB_DEFINITIONS = [
  { name: 'system.heartbeat', queue: 'system' },
  { name: 'caseload.exception-expiry-sweep', queue: 'caseload' },
  { name: 'visits.series-top-up', queue: 'visits' },
  { name: 'scheduling.series-materialise', queue: 'scheduling' },
  { name: 'scheduling.series-reconcile', queue: 'scheduling' },
  { name: 'scheduling.series-changed', queue: 'scheduling' },
  { name: 'notifications.reminders-dispatch', queue: 'notifications' },
  { name: 'notifications.daily-sweep', queue: 'notifications' },
  { name: 'mail.send', queue: 'mail' },
  { name: 'audit.access-log-seal', queue: 'audit' },
  { name: 'audit.access-log-purge', queue: 'audit' },
  { name: 'fidelity.weekly-snapshots', queue: 'fidelity' },
] as const satisfies readonly JobDefinition[];

export type JobName = (typeof JOB_DEFINITIONS)[number]['name'];

/** Ids and plain values only. */
type IdsOnly = Readonly<Record<string, string | number | boolean | null>>;

/** Payload per job name (checked below: every job has one, and each is ids only). */
export interface JobPayloads {
  'system.heartbeat': Record<string, never>;
  /** Visits every tenant; nothing to carry. */
  'caseload.exception-expiry-sweep': Record<string, never>;
  /** Visits every tenant's open series; nothing to carry. */
  'visits.series-top-up': Record<string, never>;
  /** A meeting series' own daily job (scheduler `meeting-series:<seriesId>`): top it up. */
  'scheduling.series-materialise': { tenantId: string; seriesId: string };
  /** Makes Redis match PostgreSQL: one scheduler per open meeting series; nothing to carry. */
  'scheduling.series-reconcile': Record<string, never>;
  /** The API's nudge after a series was created, changed or ended. */
  'scheduling.series-changed': { tenantId: string; seriesId: string };
  /** Claims every tenant's due reminders; nothing to carry. */
  'notifications.reminders-dispatch': Record<string, never>;
  /** The daily notifications (follow-ups, tasks, exceptions, not-seen digest, supervision overdue) of every tenant. */
  'notifications.daily-sweep': Record<string, never>;
  /** Sends the mail outbox (claimed in PostgreSQL); nothing to carry. */
  'mail.send': Record<string, never>;
  /** Seals every tenant's finished access-log rows (ADR 0015); nothing to carry. */
  'audit.access-log-seal': Record<string, never>;
  /** Deletes sealed access-log rows past each tenant's retention; nothing to carry. */
  'audit.access-log-purge': Record<string, never>;
  /** Every tenant's teams: the fidelity report of the 12 whole weeks to last Sunday (ADR 0021); nothing to carry. */
  'fidelity.weekly-snapshots': Record<string, never>;
}

// Compile-time checks: a payload per declared job, none extra, and every payload ids-only.
type Missing = Exclude<JobName, keyof JobPayloads>;
type Extra = Exclude<keyof JobPayloads, JobName>;
type NotIdsOnly = { [K in keyof JobPayloads]: JobPayloads[K] extends IdsOnly ? never : K }[keyof JobPayloads];
const payloadsMatchJobs: [Missing, Extra, NotIdsOnly] extends [never, never, never] ? true : never = true;
void payloadsMatchJobs;

export function queueOf(name: JobName): QueueName {
  return JOB_DEFINITIONS.find((definition) => definition.name === name)!.queue;
}
