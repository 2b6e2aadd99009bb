/**
 * The daily notifications against real PostgreSQL as the application role (RLS on): each kind
 * to the right person, once (a second run the same day adds nothing), mail per the defaults.
 */
import { addDays, copenhagenToday, copenhagenWallTimeToUtc } from '@act/domain';
import { closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import type { DataSource } from 'typeorm';
import type { WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { DailySweep } from './daily-sweep';

let owner: DataSource;
let database: DatabaseService;
let sweep: DailySweep;
const today = copenhagenToday();

beforeAll(async () => {
  owner = await ownerDataSource();
  database = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
  sweep = new DailySweep(database);
});

afterAll(async () => {
  await database.onApplicationShutdown();
  await closeOwnerDataSource();
});

const notifications = (t: TestTenant) =>
  owner.query<Array<{ user_id: string; kind: string; subject_id: string; item_count: number | null; occurs_at: Date | null }>>(
    `SELECT user_id, kind::text AS kind, subject_id, item_count, occurs_at FROM notification WHERE tenant_id = $1 ORDER BY kind, user_id`,
    [t.tenantId],
  );
const mailKinds = async (t: TestTenant) =>
  (await owner.query<Array<{ kind: string }>>(`SELECT kind::text AS kind FROM mail_delivery WHERE tenant_id = $1 ORDER BY kind`, [t.tenantId])).map(
    (r) => r.kind,
  );

/** The team's member is primary contact for the team's citizen. */
const assignCitizen = (t: TestTenant) =>
  owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, assigned_by) VALUES ($1, $2, $3, $4)`, [
    t.tenantId,
    t.citizen.id,
    t.member.memberId,
    t.leader.id,
  ]);

/** Nothing else due: members joined today (no supervision overdue yet), no assignments. */
async function quietTenant(): Promise<TestTenant> {
  return createTestTenant();
}

describe('daily notifications (real PostgreSQL, application role)', () => {
  it('tells the primary contact of a plan follow-up due within a week, once per version and date', async () => {
    const t = await quietTenant();
    await assignCitizen(t);
    // No visits yet, so the not-seen digest comes too.
    const [version] = await owner.query<Array<{ id: string }>>(
      `INSERT INTO care_plan_version (tenant_id, citizen_id, number, status, next_follow_up_on, agreed_on, agreed_how, participants)
       VALUES ($1, $2, 1, 'agreed', $3, $4, 'meeting', 'Borger og kontaktperson') RETURNING id`,
      [t.tenantId, t.citizen.id, addDays(today, 3), today],
    );
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 2, mails: 0 }); // neither kind mails by default
    const rows = await notifications(t);
    expect(rows.map((r) => [r.kind, r.user_id, r.subject_id, r.item_count])).toEqual([
      ['care_plan_follow_up_due', t.member.id, version.id, null],
      ['citizens_not_seen', t.member.id, t.member.memberId, 1],
    ]);
    expect(rows[0].occurs_at).toEqual(copenhagenWallTimeToUtc(addDays(today, 3), '00:00'));
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 0, mails: 0 });
  });

  it('tells the assignee of a meeting task due within two days, not of a done one or a later one', async () => {
    const t = await quietTenant();
    const [meeting] = await owner.query<Array<{ id: string }>>(
      `INSERT INTO team_meeting (tenant_id, team_id, starts_at, ends_at, place, created_by)
       VALUES ($1, $2, now() - interval '2 days', now() - interval '47 hours', 'Mødelokalet', $3) RETURNING id`,
      [t.tenantId, t.team.id, t.leader.id],
    );
    const [agendaItem] = await owner.query<Array<{ id: string }>>(
      `INSERT INTO team_meeting_item (tenant_id, meeting_id, source, title, position) VALUES ($1, $2, 'member', 'Punkt', 1) RETURNING id`,
      [t.tenantId, meeting.id],
    );
    const task = (due: string, done: boolean) =>
      owner.query<Array<{ id: string }>>(
        `INSERT INTO follow_up_task (tenant_id, team_id, meeting_id, item_id, assignee_member_id, description, due_date, done_at, created_by)
         VALUES ($1, $2, $3, $4, $5, 'Ring til borgeren', $6, $7, $8) RETURNING id`,
        [t.tenantId, t.team.id, meeting.id, agendaItem.id, t.member.memberId, due, done ? new Date() : null, t.leader.id],
      );
    const [due] = await task(addDays(today, 2), false);
    await task(addDays(today, 1), true);
    await task(addDays(today, 5), false);
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 1, mails: 0 });
    expect((await notifications(t)).map((r) => [r.kind, r.user_id, r.subject_id])).toEqual([['follow_up_task_due', t.member.id, due.id]]);
  });

  it('tells the team leader of an exception ending within a week (by mail too), not of a revoked one', async () => {
    const t = await quietTenant();
    const exception = (until: string, revoked: boolean) =>
      owner.query<Array<{ id: string }>>(
        `INSERT INTO caseload_exception (tenant_id, member_id, extra, reason, valid_from, valid_until, granted_by, revoked_at)
         VALUES ($1, $2, 1, 'Overdragelse aftalt', $3, $4, $5, $6) RETURNING id`,
        [t.tenantId, t.member.memberId, addDays(today, -20), until, t.leader.id, revoked ? new Date() : null],
      );
    const [ending] = await exception(addDays(today, 6), false);
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 1, mails: 1 });
    expect((await notifications(t)).map((r) => [r.kind, r.user_id, r.subject_id])).toEqual([['caseload_exception_expiring', t.leader.id, ending.id]]);
    expect(await mailKinds(t)).toEqual(['caseload_exception_expiring']);
  });

  it('tells the leader once per overdue period of a member without supervision, and not after a held one', async () => {
    const t = await quietTenant();
    await owner.query(`UPDATE team_member SET created_at = now() - interval '60 days' WHERE id = $1`, [t.member.memberId]);
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 1, mails: 1 });
    expect((await notifications(t)).map((r) => [r.kind, r.user_id, r.subject_id])).toEqual([['supervision_overdue', t.leader.id, t.member.memberId]]);
    expect(await sweep.sweepTenant(t.tenantId, new Date(Date.now() + 86_400_000))).toEqual({ notifications: 0, mails: 0 }); // tomorrow: same period

    // A held supervision 10 days ago, attended: no longer overdue.
    const [series] = await owner.query<Array<{ id: string }>>(
      `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place, materialised_until, created_by)
       VALUES ($1, 'supervision', $2, 'Supervision', 'FREQ=MONTHLY;BYMONTHDAY=1', '2026-01-01', '10:00', 60, 'Mødelokalet', '2026-01-01', $3) RETURNING id`,
      [t.tenantId, t.team.id, t.leader.id],
    );
    const [occurrence] = await owner.query<Array<{ id: string }>>(
      `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place, status)
       VALUES ($1, $2, 'supervision', $3, $4, now() - interval '10 days', now() - interval '10 days' + interval '1 hour', 'Mødelokalet', 'held') RETURNING id`,
      [t.tenantId, series.id, t.team.id, addDays(today, -10)],
    );
    await owner.query(`INSERT INTO meeting_occurrence_attendee (tenant_id, occurrence_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, occurrence.id, t.member.memberId]);
    await owner.query(`DELETE FROM notification WHERE tenant_id = $1`, [t.tenantId]);
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 0, mails: 0 });
  });

  it('respects a user who turned the digest on by mail', async () => {
    const t = await quietTenant();
    await assignCitizen(t);
    await owner.query(`INSERT INTO notification_preference (tenant_id, user_id, kind, channel, enabled) VALUES ($1, $2, 'citizens_not_seen', 'email', true)`, [
      t.tenantId,
      t.member.id,
    ]);
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 1, mails: 1 });
    expect(await mailKinds(t)).toEqual(['citizens_not_seen']);
  });
  it('reminds the steering group and the admin of a signed agreement due for review within 30 days, once per review date', async () => {
    const t = await quietTenant();
    const agreement = async (status: string, signedOn: string | null, reviewOn: string | null) =>
      (
        await owner.query<Array<{ id: string }>>(
          `INSERT INTO cooperation_agreement (tenant_id, partner_kind, partner_name, parties, status, signed_on, review_on, created_by, version)
           VALUES ($1, 'jobcenter', 'Jobcenteret', 'Cheferne', $2, $3, $4, $5, 1) RETURNING id`,
          [t.tenantId, status, signedOn, reviewOn, t.steeringGroup.id],
        )
      )[0].id;
    const signed = addDays(today, -300);
    const soon = await agreement('signed', signed, addDays(today, 30));
    const past = await agreement('signed', signed, addDays(today, -2));
    await agreement('signed', signed, addDays(today, 40)); // not yet (nor in five days)
    await agreement('signed', signed, null); // no review date
    await agreement('draft', null, addDays(today, 5)); // not signed
    await agreement('ended', signed, addDays(today, 5)); // ended
    const disabled = await owner.query<Array<{ id: string }>>(
      `INSERT INTO app_user (tenant_id, email, name, role, password_hash, disabled_at) SELECT tenant_id, 'slukket-' || id || '@test.dk', 'Slukket', 'steering_group', password_hash, now() FROM app_user WHERE id = $1 RETURNING id`,
      [t.steeringGroup.id],
    );
    expect(disabled).toHaveLength(1);

    // E-mail is on by default for this kind: one mail per notification.
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 4, mails: 4 });
    const rows = (await notifications(t)).map((r) => [r.kind, r.user_id, r.subject_id, r.occurs_at?.toISOString()]);
    const at = (d: string) => copenhagenWallTimeToUtc(d, '00:00').toISOString();
    expect(rows.sort()).toEqual(
      [
        ['agreement_review_due', t.admin.id, soon, at(addDays(today, 30))],
        ['agreement_review_due', t.admin.id, past, at(addDays(today, -2))],
        ['agreement_review_due', t.steeringGroup.id, soon, at(addDays(today, 30))],
        ['agreement_review_due', t.steeringGroup.id, past, at(addDays(today, -2))],
      ].sort(),
    );
    expect(await mailKinds(t)).toEqual(Array(4).fill('agreement_review_due'));
    // The next days: the same reviews, nothing new.
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 0, mails: 0 });
    expect(await sweep.sweepTenant(t.tenantId, new Date(Date.now() + 5 * 86_400_000))).toEqual({ notifications: 0, mails: 0 });
    // Reviewed and given a new review date within the notice period: a new reminder for it alone.
    await owner.query(`UPDATE cooperation_agreement SET review_on = $2 WHERE id = $1`, [past, addDays(today, 10)]);
    expect(await sweep.sweepTenant(t.tenantId)).toEqual({ notifications: 2, mails: 2 });
  });
});
