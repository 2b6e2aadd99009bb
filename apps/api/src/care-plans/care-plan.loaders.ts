import { CarePlanDeclinedArea, CarePlanGoal, CarePlanStep, CarePlanVersion, Consent, LifeArea, Relative } from '@act/db';
import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';

/** Groups rows by a key, in the order of `keys` (empty list when none). */
function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

export interface CitizenChangeRow {
  id: string;
  citizenId: string;
  operation: string;
  actorName: string | null;
  occurredAt: Date;
}

/** Writes shown as "latest changes" on the citizen overview (reads are not changes). */
export const CHANGE_OPERATIONS = [
  'citizen.create',
  'citizen.update',
  'citizen.assign',
  'citizen.unassign',
  'care-plan.start',
  'care-plan.save',
  'care-plan.agree',
  'consent.create',
  'consent.withdraw',
  'relative.create',
  'relative.update',
];
export const LATEST_CHANGES = 8;

/** Request-scoped loaders of the care-plan capability (one statement per batch each). */
export function createCarePlanLoaders(db: EntityManager) {
  let allLifeAreas: Promise<Map<string, LifeArea>> | undefined;
  return {
    /** Every version of each citizen, newest first. */
    carePlanVersionsByCitizen: new DataLoader<string, CarePlanVersion[]>(async (citizenIds) => {
      const rows = await db.find(CarePlanVersion, { where: { citizenId: In([...citizenIds]) }, order: { number: 'DESC' } });
      return grouped(citizenIds, rows, (r) => r.citizenId);
    }),
    carePlanGoalsByVersion: new DataLoader<string, CarePlanGoal[]>(async (versionIds) => {
      const rows = await db.find(CarePlanGoal, { where: { versionId: In([...versionIds]) }, order: { position: 'ASC' } });
      return grouped(versionIds, rows, (r) => r.versionId);
    }),
    carePlanStepsByGoal: new DataLoader<string, CarePlanStep[]>(async (goalIds) => {
      const rows = await db.find(CarePlanStep, { where: { goalId: In([...goalIds]) }, order: { position: 'ASC' } });
      return grouped(goalIds, rows, (r) => r.goalId);
    }),
    declinedAreasByVersion: new DataLoader<string, CarePlanDeclinedArea[]>(async (versionIds) => {
      const rows = await db.find(CarePlanDeclinedArea, { where: { versionId: In([...versionIds]) } });
      return grouped(versionIds, rows, (r) => r.versionId);
    }),
    /** A tenant has a handful of life areas: the first use loads them all, once per request. */
    lifeAreaById: new DataLoader<string, LifeArea | null>(async (ids) => {
      allLifeAreas ??= db.find(LifeArea).then((rows) => new Map(rows.map((r) => [r.id, r])));
      const map = await allLifeAreas;
      return ids.map((id) => map.get(id) ?? null);
    }),
    consentsByCitizen: new DataLoader<string, Consent[]>(async (citizenIds) => {
      const rows = await db.find(Consent, { where: { citizenId: In([...citizenIds]) }, order: { validFrom: 'DESC', createdAt: 'DESC' } });
      return grouped(citizenIds, rows, (r) => r.citizenId);
    }),
    relativesByCitizen: new DataLoader<string, Relative[]>(async (citizenIds) => {
      const rows = await db.find(Relative, { where: { citizenId: In([...citizenIds]) }, order: { name: 'ASC' } });
      return grouped(citizenIds, rows, (r) => r.citizenId);
    }),
    /** The newest writes per citizen from the access log, with the actor's name. */
    latestChangesByCitizen: new DataLoader<string, CitizenChangeRow[]>(async (citizenIds) => {
      const rows: Array<{ id: string; citizen_id: string; operation: string; actor_name: string | null; occurred_at: Date }> = await db.query(
        // Both shapes (ADR 0026): rows about the citizen alone, and rows about several naming them.
        `SELECT x.id::text AS id, x.citizen_id, x.operation, u.name AS actor_name, x.occurred_at
         FROM unnest($1::uuid[]) AS c(id)
         CROSS JOIN LATERAL (
           SELECT l.id, c.id AS citizen_id, l.operation, l.actor_user_id, l.occurred_at
           FROM access_log l
           WHERE (l.citizen_id = c.id OR l.citizen_ids @> ARRAY[c.id]) AND l.operation = ANY($2)
           ORDER BY l.occurred_at DESC, l.id DESC
           LIMIT $3) x
         LEFT JOIN app_user u ON u.id = x.actor_user_id
         ORDER BY x.occurred_at DESC, x.id DESC`,
        [[...citizenIds], CHANGE_OPERATIONS, LATEST_CHANGES],
      );
      const mapped = rows.map((r) => ({ id: r.id, citizenId: r.citizen_id, operation: r.operation, actorName: r.actor_name, occurredAt: r.occurred_at }));
      return grouped(citizenIds, mapped, (r) => r.citizenId);
    }),
  };
}
