/**
 * The reminder dispatcher against real PostgreSQL as the application role (RLS on): who is
 * reminded of what, exactly once, preferences, late reminders, a crash before COMMIT, and two
 * dispatchers at once.
 */
import { closeOwnerDataSource, createTestTenant, createUser, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import { Role } from '@act/db';
import type { DataSource } from 'typeorm';
import type { WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { createDueOccurrences, createSeries } from '../testing/scheduling-fixtures';
import { dispatchReminderBatch } from './reminder-dispatch';
import { ReminderDispatcher } from './reminder-dispatcher';

let owner: DataSource;
let database: DatabaseService;
let dispatcher: ReminderDispatcher;

beforeAll(async () => {
  owner = await ownerDataSource();
  database = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
  dispatcher = new ReminderDispatcher(database);
});

afterAll(async () => {
  await database.onApplicationShutdown();
  await closeOwnerDataSource();
});

interface NotificationRow {
  user_id: string;
  kind: string;
  subject_id: string;
  team_id: string | null;
  dedupe_key: string;
}
const notifications = (tenantId: string) =>
  owner.query<NotificationRow[]>(
    `SELECT user_id, kind::text AS kind, subject_id, team_id, dedupe_key FROM notification WHERE tenant_id = $1 ORDER BY user_id`,
    [tenantId],
  );
const mails = (tenantId: string) =>
  owner.query<Array<{ user_id: string | null; external_email: string | null; notification_id: string | null; status: string; kind: string; message_id: string }>>(
    `SELECT user_id, external_email, notification_id, status::text AS status, kind::text AS kind, message_id FROM mail_delivery WHERE tenant_id = $1
     ORDER BY user_id NULLS LAST`,
    [tenantId],
  );
const reminded = async (ids: string[]) =>
  (await owner.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM meeting_occurrence WHERE id = ANY($1) AND reminded_at IS NOT NULL`, [ids]))[0].n;
const sorted = (ids: string[]) => [...ids].sort();

describe('reminder dispatch (real PostgreSQL, application role)', () => {
  let t: TestTenant;
  beforeEach(async () => {
    t = await createTestTenant();
  });

  it('reminds the team (leader included) of a team meeting once, in the app and by mail', async () => {
    const series = await createSeries(owner, t.tenantId, { kind: 'team_meeting', teamId: t.team.id, createdBy: t.leader.id });
    const [occurrence] = await createDueOccurrences(owner, series, 1);

    expect(await dispatcher.dispatchTenant(t.tenantId)).toEqual({ claimed: 1, tooLate: 0, notifications: 2, mails: 2 });
    const rows = await notifications(t.tenantId);
    expect(rows.map((r) => r.user_id)).toEqual(sorted([t.leader.id, t.member.id]));
    expect(rows.every((r) => r.kind === 'meeting_upcoming' && r.subject_id === occurrence && r.team_id === t.team.id)).toBe(true);
    expect(rows[0].dedupe_key).toMatch(new RegExp(`^reminder:${occurrence}:`));
    const queued = await mails(t.tenantId);
    expect(queued).toHaveLength(2);
    expect(queued.every((m) => m.status === 'pending' && m.notification_id && /^<[0-9a-f]{40}@act\.invalid>$/.test(m.message_id))).toBe(true);
    expect(await reminded([occurrence])).toBe(1);

    expect(await dispatcher.dispatchTenant(t.tenantId)).toEqual({ claimed: 0, tooLate: 0, notifications: 0, mails: 0 });
    expect(await notifications(t.tenantId)).toHaveLength(2);
  });

  it('reminds one member of their supervision and mails the external supervisor (no notification for them)', async () => {
    const series = await createSeries(owner, t.tenantId, {
      kind: 'supervision',
      teamId: t.team.id,
      memberId: t.member.memberId,
      supervisorEmail: 'supervisor@ekstern.dk',
      createdBy: t.leader.id,
    });
    await createDueOccurrences(owner, series, 1);
    expect(await dispatcher.dispatchTenant(t.tenantId)).toMatchObject({ notifications: 1, mails: 2 });
    expect((await notifications(t.tenantId)).map((r) => [r.user_id, r.kind])).toEqual([[t.member.id, 'supervision_upcoming']]);
    expect((await mails(t.tenantId)).map((m) => [m.user_id, m.external_email, m.notification_id === null])).toEqual([
      [t.member.id, null, false],
      [null, 'supervisor@ekstern.dk', true],
    ]);
  });

  it('reminds the whole team of a team supervision, and the steering group (only) of a steering meeting', async () => {
    const supervision = await createSeries(owner, t.tenantId, { kind: 'supervision', teamId: t.team.id, createdBy: t.leader.id });
    const steering = await createSeries(owner, t.tenantId, { kind: 'steering_meeting', teamId: null, createdBy: t.admin.id });
    const disabled = await createUser(owner, t.tenantId, { role: Role.SteeringGroup, disabledAt: new Date() });
    const [s] = await createDueOccurrences(owner, supervision, 1);
    const [m] = await createDueOccurrences(owner, steering, 1);
    await dispatcher.dispatchTenant(t.tenantId);
    const rows = await notifications(t.tenantId);
    expect(sorted(rows.filter((r) => r.subject_id === s).map((r) => r.user_id))).toEqual(sorted([t.leader.id, t.member.id]));
    expect(rows.filter((r) => r.subject_id === m).map((r) => [r.user_id, r.kind, r.team_id])).toEqual([
      [t.steeringGroup.id, 'steering_meeting_upcoming', null],
    ]);
    expect(rows.some((r) => r.user_id === disabled.id)).toBe(false);
  });

  it('respects preferences: e-mail off gives no mail; in-app off gives a mail without a notification', async () => {
    await owner.query(
      `INSERT INTO notification_preference (tenant_id, user_id, kind, channel, enabled)
       VALUES ($1, $2, 'sparring_upcoming', 'email', false), ($1, $3, 'sparring_upcoming', 'in_app', false)`,
      [t.tenantId, t.leader.id, t.member.id],
    );
    const series = await createSeries(owner, t.tenantId, { kind: 'sparring', teamId: t.team.id, createdBy: t.leader.id });
    await createDueOccurrences(owner, series, 1);
    expect(await dispatcher.dispatchTenant(t.tenantId)).toMatchObject({ notifications: 1, mails: 1 });
    expect((await notifications(t.tenantId)).map((r) => r.user_id)).toEqual([t.leader.id]);
    expect((await mails(t.tenantId)).map((m) => [m.user_id, m.notification_id])).toEqual([[t.member.id, null]]);
  });

  it('marks a reminder for a meeting that has already begun without reminding anyone; leaves future ones alone', async () => {
    const series = await createSeries(owner, t.tenantId, { kind: 'team_meeting', teamId: t.team.id, createdBy: t.leader.id });
    const late = await createDueOccurrences(owner, series, 1, { startsInMinutes: -5 });
    const notYet = await createDueOccurrences(owner, series, 1, { dueSecondsAgo: -600, firstDate: '2031-01-01' });
    expect(await dispatcher.dispatchTenant(t.tenantId)).toEqual({ claimed: 1, tooLate: 1, notifications: 0, mails: 0 });
    expect(await reminded(late)).toBe(1);
    expect(await reminded(notYet)).toBe(0);
  });

  it('a crash before COMMIT leaves nothing; the next run writes everything once', async () => {
    const series = await createSeries(owner, t.tenantId, { kind: 'evaluation_day', teamId: t.team.id, createdBy: t.leader.id });
    const ids = await createDueOccurrences(owner, series, 3);
    await expect(
      database.withTenant(t.tenantId, async (tx) => {
        expect(await dispatchReminderBatch(tx, t.tenantId)).toMatchObject({ claimed: 3, notifications: 6 });
        throw new Error('worker killed');
      }),
    ).rejects.toThrow('worker killed');
    expect(await notifications(t.tenantId)).toEqual([]);
    expect(await mails(t.tenantId)).toEqual([]);
    expect(await reminded(ids)).toBe(0);

    expect(await dispatcher.dispatchTenant(t.tenantId)).toMatchObject({ claimed: 3, notifications: 6, mails: 6 });
  });

  it('two dispatchers at once, in small batches, still remind each recipient exactly once', async () => {
    const series = await createSeries(owner, t.tenantId, { kind: 'team_meeting', teamId: t.team.id, createdBy: t.leader.id });
    const ids = await createDueOccurrences(owner, series, 60);
    const otherDatabase = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
    const other = new ReminderDispatcher(otherDatabase);
    const [a, b] = await Promise.all([dispatcher.dispatchTenant(t.tenantId, 7), other.dispatchTenant(t.tenantId, 7)]).finally(() =>
      otherDatabase.onApplicationShutdown(),
    );
    expect(a.claimed + b.claimed).toBe(60);
    expect(a.notifications + b.notifications).toBe(120);
    const [{ n, distinct }] = await owner.query<Array<{ n: number; distinct: number }>>(
      `SELECT count(*)::int AS n, count(DISTINCT (user_id, subject_id))::int AS distinct FROM notification WHERE tenant_id = $1`,
      [t.tenantId],
    );
    expect({ n, distinct }).toEqual({ n: 120, distinct: 120 });
    expect((await mails(t.tenantId)).length).toBe(120);
    expect(await reminded(ids)).toBe(60);
  });
});
