import type { NotificationKindName } from '@act/domain';
import type { EntityManager } from 'typeorm';

export interface NotificationRow {
  id: string;
  kind: NotificationKindName;
  subject_id: string | null;
  team_id: string | null;
  occurs_at: Date | null;
  item_count: number | null;
  created_at: Date;
  read_at: Date | null;
  /** created_at at full precision, for the cursor. */
  cursor_at: string;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const none = <T>() => Promise.resolve(new Map<string, T>());

export interface OccurrenceSubject {
  id: string;
  team_id: string | null;
  starts_at: Date;
  status: string;
  team_meeting_id: string | null;
}

export async function occurrenceSubjects(db: EntityManager, ids: string[]): Promise<Map<string, OccurrenceSubject>> {
  if (!ids.length) return none();
  return byId(await db.query(`SELECT id, team_id, starts_at, status, team_meeting_id FROM meeting_occurrence WHERE id = ANY($1)`, [ids]));
}

export interface CarePlanSubject {
  id: string;
  citizen_id: string;
  citizen_name: string;
  team_id: string;
  next_follow_up_on: string | null;
}

export async function carePlanSubjects(db: EntityManager, ids: string[]): Promise<Map<string, CarePlanSubject>> {
  if (!ids.length) return none();
  return byId(
    await db.query(
      `SELECT v.id, v.citizen_id, c.name AS citizen_name, c.team_id, to_char(v.next_follow_up_on, 'YYYY-MM-DD') AS next_follow_up_on
       FROM care_plan_version v JOIN citizen c ON c.id = v.citizen_id WHERE v.id = ANY($1)`,
      [ids],
    ),
  );
}

export interface TaskSubject {
  id: string;
  team_id: string;
  citizen_id: string | null;
  description: string;
  due_date: string;
}

export async function taskSubjects(db: EntityManager, ids: string[]): Promise<Map<string, TaskSubject>> {
  if (!ids.length) return none();
  return byId(
    await db.query(
      `SELECT id, team_id, citizen_id, description, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM follow_up_task WHERE id = ANY($1)`,
      [ids],
    ),
  );
}

export interface ExceptionSubject {
  id: string;
  team_id: string;
  member_name: string;
  valid_until: string;
}

export async function exceptionSubjects(db: EntityManager, ids: string[]): Promise<Map<string, ExceptionSubject>> {
  if (!ids.length) return none();
  return byId(
    await db.query(
      `SELECT e.id, m.team_id, u.name AS member_name, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until
       FROM caseload_exception e JOIN team_member m ON m.id = e.member_id JOIN app_user u ON u.id = m.user_id
       WHERE e.id = ANY($1)`,
      [ids],
    ),
  );
}

export interface MemberSubject {
  id: string;
  team_id: string;
  name: string;
  supervision_interval_days: number;
}

export async function memberSubjects(db: EntityManager, ids: string[]): Promise<Map<string, MemberSubject>> {
  if (!ids.length) return none();
  return byId(
    await db.query(
      `SELECT m.id, m.team_id, u.name, t.supervision_interval_days
       FROM team_member m JOIN app_user u ON u.id = m.user_id JOIN team t ON t.id = m.team_id WHERE m.id = ANY($1)`,
      [ids],
    ),
  );
}

export interface AgreementSubject {
  id: string;
  partner_name: string;
  review_on: string | null;
}

export async function agreementSubjects(db: EntityManager, ids: string[]): Promise<Map<string, AgreementSubject>> {
  if (!ids.length) return none();
  return byId(await db.query(`SELECT id, partner_name, to_char(review_on, 'YYYY-MM-DD') AS review_on FROM cooperation_agreement WHERE id = ANY($1)`, [ids]));
}

export interface TeamSubject {
  id: string;
  not_seen_threshold_days: number;
}

export async function teamSubjects(db: EntityManager, ids: string[]): Promise<Map<string, TeamSubject>> {
  if (!ids.length) return none();
  return byId(await db.query(`SELECT id, not_seen_threshold_days FROM team WHERE id = ANY($1)`, [ids]));
}

const SELECT = `SELECT id, kind, subject_id, team_id, occurs_at, item_count, created_at, read_at, created_at::text AS cursor_at FROM notification`;

/** One page of the user's notifications, newest first (keyset on created_at, id). */
export function notificationPage(
  db: EntityManager,
  userId: string,
  unreadOnly: boolean,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<NotificationRow[]> {
  const params: unknown[] = [userId, limit];
  const where = ['user_id = $1'];
  if (unreadOnly) where.push('read_at IS NULL');
  if (after) {
    params.push(after.at, after.id);
    where.push('(created_at, id) < ($3::timestamptz, $4::uuid)');
  }
  return db.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $2`, params);
}

export async function countNotifications(db: EntityManager, userId: string, unreadOnly: boolean): Promise<number> {
  const rows: Array<{ n: number }> = await db.query(
    `SELECT count(*)::int AS n FROM notification WHERE user_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}`,
    [userId],
  );
  return rows[0].n;
}

export async function notificationOfUser(db: EntityManager, id: string, userId: string): Promise<NotificationRow | null> {
  const rows: NotificationRow[] = await db.query(`${SELECT} WHERE id = $1 AND user_id = $2`, [id, userId]);
  return rows[0] ?? null;
}
