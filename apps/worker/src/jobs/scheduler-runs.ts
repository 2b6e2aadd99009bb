/**
 * The last run of each job scheduler, for the admin's queue health page: one small Redis hash per
 * queue, `act-ops:scheduler-runs:<queue>`, field = scheduler id, value = {"at": ISO time,
 * "outcome": "completed" | "failed"}. BullMQ keeps no such record (finished jobs are trimmed);
 * like all of Redis it may be wiped — it is an operations aid, not data. The API reads the same
 * keys (apps/api/src/scheduling/queue-health.service.ts).
 */
export const SCHEDULER_RUNS_KEY_PREFIX = 'act-ops:scheduler-runs:';

export type SchedulerRunOutcome = 'completed' | 'failed';

export interface SchedulerRun {
  at: string;
  outcome: SchedulerRunOutcome;
}

export function schedulerRunsKey(queue: string): string {
  return `${SCHEDULER_RUNS_KEY_PREFIX}${queue}`;
}

/** Just the commands used, so any Redis client fits. */
export interface HashClient {
  hset(key: string, data: Record<string, string>): Promise<unknown>;
  hdel(key: string, ...fields: string[]): Promise<unknown>;
}

export async function recordSchedulerRun(
  client: HashClient,
  queue: string,
  schedulerId: string,
  outcome: SchedulerRunOutcome,
  at = new Date(),
): Promise<void> {
  const run: SchedulerRun = { at: at.toISOString(), outcome };
  await client.hset(schedulerRunsKey(queue), { [schedulerId]: JSON.stringify(run) });
}

export async function forgetSchedulerRun(client: HashClient, queue: string, schedulerId: string): Promise<void> {
  await client.hdel(schedulerRunsKey(queue), schedulerId);
}
