import { toCopenhagenIsoDate } from '@act/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { CrisisFlagModel, FollowUpTaskModel, MeetingDecisionModel } from './meetings.model';
import { DECISION_SELECT, TASK_SELECT, type DecisionRow, type TaskRow, toDecisionModel, toTaskModel } from './meetings.queries';

const DECISIONS_PER_CITIZEN = 10;

function group<T>(ids: readonly string[], rows: T[], key: (r: T) => string | null): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(r);
    map.set(k, list);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** Open follow-up tasks per citizen, by due date — one statement for any number of citizens. */
export function openTasksByCitizen(db: EntityManager) {
  return new DataLoader<string, FollowUpTaskModel[]>(async (ids) => {
    const rows = (await db.query<TaskRow[]>(`${TASK_SELECT} WHERE t.citizen_id = ANY($1) AND t.done_at IS NULL ORDER BY t.due_date, t.id`, [[...ids]]));
    const today = toCopenhagenIsoDate(new Date());
    return group(ids, rows, (r) => r.citizen_id).map((list) => list.map((r) => toTaskModel(r, today)));
  });
}

/** The latest decisions per citizen, newest first. */
export function decisionsByCitizen(db: EntityManager) {
  return new DataLoader<string, MeetingDecisionModel[]>(async (ids) => {
    const rows = (await db.query<DecisionRow[]>(
      `SELECT * FROM (
         SELECT x.*, row_number() OVER (PARTITION BY x.citizen_id ORDER BY x.meeting_starts_at DESC, x.created_at DESC, x.id) AS n
         FROM (${DECISION_SELECT} WHERE d.citizen_id = ANY($1)) x
       ) y WHERE n <= $2 ORDER BY meeting_starts_at DESC, created_at DESC, id`,
      [[...ids], DECISIONS_PER_CITIZEN],
    ));
    return group(ids, rows, (r) => r.citizen_id).map((list) => list.map(toDecisionModel));
  });
}

export function crisisFlagByCitizen(db: EntityManager) {
  return new DataLoader<string, CrisisFlagModel | null>(async (ids) => {
    const rows = (await db.query<Array<{ id: string; citizen_id: string; reason: string; raised_by_name: string; raised_at: Date }>>(
      `SELECT f.id, f.citizen_id, f.reason, u.name AS raised_by_name, f.raised_at
       FROM citizen_crisis_flag f JOIN app_user u ON u.id = f.raised_by
       WHERE f.citizen_id = ANY($1) AND f.cleared_at IS NULL`,
      [[...ids]],
    ));
    const map = new Map(rows.map((r) => [r.citizen_id, { id: r.id, reason: r.reason, raisedByName: r.raised_by_name, raisedAt: r.raised_at }]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
