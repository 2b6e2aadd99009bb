/**
 * The steering dashboard on generated data with hand-worked answers. The period is the four
 * weeks Monday 23 March – Sunday 19 April 2026: 28 days, the first week has the spring DST change
 * (Sunday 29 March), and it lies in the past, so its "reading day" is its last day, 19 April.
 *
 * Team A (the factory's team, plus a part-timer who joins mid-period) and team B (three
 * citizens: below the minimum group) — see `seed` for the data and each test for the arithmetic.
 */
import { copenhagenWallTimeToUtc } from '@act/domain';
import { ownerDataSource, shortId, testPasswordHash, uniqueFictionalCpr } from '@act/db/testing';
import type { ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, leaks, looksDanish } from '../testing/db-state';
import type { TestTenant } from '@act/db/testing';

const PERIOD = { from: '2026-03-23', to: '2026-04-19' };
const at = (date: string, time: string) => copenhagenWallTimeToUtc(date, time);

const COUNT = 'value suppressed';
const TEAM = `teamId teamName suppressed averagePrimaryFte membersOverCapacity exceptionsInForce notSeenThresholdDays
    caseloadRatio { value suppressed } citizensActive { value suppressed } citizensWaiting { value suppressed }
    faceToFacePerCitizenWeek { value suppressed } notSeenShare { value suppressed }
    meetings { kind planned held } transitions { admissions { value suppressed } medianWaitDays { value suppressed } }`;
const DASHBOARD = `query($from: String!, $to: String!) { steeringDashboard(from: $from, to: $to) {
  from to days weeks readingDay minGroupSize
  allTeams { ${TEAM} }
  teams { teamId teamName suppressed averagePrimaryFte membersOverCapacity exceptionsInForce notSeenThresholdDays
    caseloadRatio { ${COUNT} } averageCitizens { ${COUNT} }
    citizensActive { ${COUNT} } citizensWaiting { ${COUNT} } citizensStarted { ${COUNT} } citizensEnded { ${COUNT} }
    faceToFacePerCitizenWeek { ${COUNT} } agreedPlanShare { ${COUNT} } followUpOnTimeShare { ${COUNT} } notSeenShare { ${COUNT} }
    meetings { kind planned held notHeld notMarked cancelled }
    transitions { referrals { ${COUNT} } admissions { ${COUNT} } discharges { ${COUNT} } returns { ${COUNT} } withdrawn { ${COUNT} }
                  medianWaitDays { ${COUNT} } } }
  phases { phase items done notRelevant inProgress progress }
  latestReadinessRound { title opensOn closesOn submitted invited suppressed drivers { driver mean { ${COUNT} } } }
} }`;
const SET_MIN = `mutation($n: Int!) { setMinGroupSize(input: { minGroupSize: $n }) { minGroupSize } }`;

interface Seeded {
  citizenIds: string[];
  citizenNames: string[];
  cprs: string[];
  partTimerMemberId: string;
}

/** Everything through the owner role (bypasses RLS, keeps triggers and checks). */
type RoundAnswer = { submitted: boolean; scores: Array<number | null> };

/** A readiness round of three statements (two on intervention, one on leadership), answered and closed as given. */
async function addRound(t: TestTenant, title: string, opensOn: string, closesOn: string, answers: RoundAnswer[], close: boolean): Promise<string> {
  const db = await ownerDataSource();
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const hash = await testPasswordHash();
  const [{ id }] = await q(
    `INSERT INTO readiness_round (tenant_id, title, opens_on, closes_on, created_by) VALUES ($1, $2, $3, '2099-01-01', $4) RETURNING id`,
    [t.tenantId, title, opensOn, t.steeringGroup.id],
  );
  const statements: string[] = [];
  for (const [i, driver] of ['intervention', 'intervention', 'leadership'].entries()) {
    const [{ id: s }] = await q(
      `INSERT INTO readiness_round_statement (tenant_id, round_id, driver, text, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [t.tenantId, id, driver, `Udsagn ${i}`, i],
    );
    statements.push(s);
  }
  for (const a of answers) {
    const [{ id: userId }] = await q(
      `INSERT INTO app_user (tenant_id, email, name, role, password_hash) VALUES ($1, $2, 'Deltager', 'team_member', $3) RETURNING id`,
      [t.tenantId, `deltager-${shortId()}@test.dk`, hash],
    );
    const [{ id: p }] = await q(
      `INSERT INTO readiness_participant (tenant_id, round_id, user_id, participant_group) VALUES ($1, $2, $3, 'team_member') RETURNING id`,
      [t.tenantId, id, userId],
    );
    for (const [i, score] of a.scores.entries()) {
      await q(
        `INSERT INTO readiness_answer (tenant_id, participant_id, round_statement_id, score, dont_know) VALUES ($1, $2, $3, $4, $5)`,
        [t.tenantId, p, statements[i], score, score === null],
      );
    }
    if (a.submitted) await q(`UPDATE readiness_participant SET submitted_at = now() WHERE id = $1`, [p]);
  }
  await q(`UPDATE readiness_round SET closes_on = $2, closed_at = CASE WHEN $3 THEN now() END WHERE id = $1`, [id, closesOn, close]);
  return id;
}

async function seed(t: TestTenant): Promise<Seeded> {
  const db = await ownerDataSource();
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const hash = await testPasswordHash();
  const citizenIds: string[] = [];
  const citizenNames: string[] = [];
  const cprs: string[] = [];
  const citizen = async (teamId: string, status: string, referredAt: Date): Promise<string> => {
    const name = `Dashborger ${shortId()}`;
    const cpr = uniqueFictionalCpr(t.tenantId);
    const [{ id }] = await q(
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, status_reason, referred_at, version)
       VALUES ($1, $2, $3, $4, $5::text::citizen_status, CASE WHEN $5::text = 'ended' THEN 'Flyttet' END, $6, 1) RETURNING id`,
      [t.tenantId, teamId, name, cpr, status, referredAt],
    );
    citizenIds.push(id);
    citizenNames.push(name);
    cprs.push(cpr);
    return id;
  };
  const assign = (citizenId: string, memberId: string, start: Date, end: Date | null = null) =>
    q(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at, ended_at) VALUES ($1, $2, $3, $4, $5)`, [
      t.tenantId, citizenId, memberId, start, end,
    ]);
  const member = async (teamId: string, fte: number, createdAt: Date): Promise<string> => {
    const [{ id: userId }] = await q(
      `INSERT INTO app_user (tenant_id, email, name, role, password_hash) VALUES ($1, $2, 'Dashmedarbejder', 'team_member', $3) RETURNING id`,
      [t.tenantId, `dash-${shortId()}@test.dk`, hash],
    );
    const [{ id }] = await q(
      `INSERT INTO team_member (tenant_id, team_id, user_id, discipline, fte, created_at, joined_on)
       VALUES ($1, $2, $3, 'social_pedagogy', $4, $5, ($5::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date) RETURNING id`,
      [t.tenantId, teamId, userId, fte, createdAt],
    );
    return id;
  };
  const visit = async (citizenId: string, memberId: string, start: Date, outcome: string, faceToFace: boolean) => {
    const [{ id }] = await q(
      `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face, outcome_logged_at)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '1 hour', 'home', $4::text::visit_outcome, CASE WHEN $4::text = 'done' THEN 45 END,
               CASE WHEN $4::text = 'done' THEN $5::boolean END, $3::timestamptz + interval '2 hours') RETURNING id`,
      [t.tenantId, citizenId, start, outcome, faceToFace],
    );
    await q(`INSERT INTO visit_member (tenant_id, visit_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, id, memberId]);
  };
  const plan = (citizenId: string, n: number, agreedOn: string, nextFollowUp: string | null, status = 'agreed') =>
    q(
      `INSERT INTO care_plan_version (tenant_id, citizen_id, number, status, next_follow_up_on, agreed_on, agreed_how, participants, agreed_by)
       VALUES ($1, $2, $3, $4::text::care_plan_status, $5::date, CASE WHEN $4::text = 'agreed' THEN $6::date END, CASE WHEN $4::text = 'agreed' THEN 'home_visit'::care_plan_agreed_how END,
               CASE WHEN $4::text = 'agreed' THEN 'Borgeren' END, $7)`,
      [t.tenantId, citizenId, n, status, nextFollowUp, agreedOn, t.leader.id],
    );

  // ── Team A: leader 1.0 and member 0.8 all period; a part-timer 0.5 from Monday 6 April (14 days).
  const longAgo = new Date('2025-01-01T12:00:00Z');
  // The first day (the staffing history's first span) moves with it: FTE-days are read from the spans.
  await q(`UPDATE team_member SET created_at = $2, joined_on = ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date WHERE team_id = $1`, [t.team.id, longAgo]);
  const partTimer = await member(t.team.id, 0.5, at('2026-04-06', '08:00'));
  const L = t.leader.memberId;
  const M = t.member.memberId;
  const referred = new Date('2025-12-01T12:00:00Z');
  const c: string[] = [];
  // C1–C5: the leader's, all period (5 × 28 = 140 citizen-days).
  for (let i = 0; i < 5; i++) {
    c.push(await citizen(t.team.id, 'active', referred));
    await assign(c[i], L, at('2026-01-05', '10:00'));
  }
  // C6: waits until Monday 6 April, then the member's: 6–19 April = 14 days.
  c.push(await citizen(t.team.id, 'active', referred));
  await assign(c[5], M, at('2026-04-06', '09:00'));
  // C7: the member's until Thursday 2 April (course ended): 23 March – 1 April = 10 days.
  c.push(await citizen(t.team.id, 'ended', referred));
  await assign(c[6], M, at('2026-01-10', '10:00'), at('2026-04-02', '12:00'));
  // C8: changes primary contact on Monday 30 March at 14:00 — still 28 days, not 29.
  c.push(await citizen(t.team.id, 'active', referred));
  await assign(c[7], L, at('2026-02-01', '10:00'), at('2026-03-30', '14:00'));
  await assign(c[7], M, at('2026-03-30', '14:00'));
  // C9: referred 1 March, still waiting. C10: referred 10 March, the part-timer's from Wednesday 8 April (12 days).
  c.push(await citizen(t.team.id, 'referred', new Date('2026-03-01T10:00:00Z')));
  c.push(await citizen(t.team.id, 'active', new Date('2026-03-10T10:00:00Z')));
  await assign(c[9], partTimer, at('2026-04-08', '10:00'));

  // Face-to-face contacts, at the edges of the period and of the DST night.
  await visit(c[0], L, at('2026-03-23', '00:30'), 'done', true); // first day, 00:30 CET → counts
  await visit(c[0], L, at('2026-03-22', '23:30'), 'done', true); // the evening before → outside
  await visit(c[1], L, at('2026-03-29', '23:30'), 'done', true); // DST Sunday, 23:30 CEST (21:30 UTC) → counts
  await visit(c[2], L, at('2026-04-19', '23:30'), 'done', true); // last day, 23:30 CEST → counts
  await visit(c[2], L, at('2026-04-20', '00:30'), 'done', true); // the day after → outside
  await visit(c[5], M, at('2026-04-01', '10:00'), 'done', true); // C6 before their primary contact → not counted
  await visit(c[5], M, at('2026-04-07', '10:00'), 'done', true); // counts
  await visit(c[3], L, at('2026-04-01', '10:00'), 'done', false); // a phone call → not face to face
  await visit(c[4], L, at('2026-04-02', '10:00'), 'not_met', false); // not met → not a contact
  for (const d of ['2026-03-25', '2026-04-01', '2026-04-15']) await visit(c[7], M, at(d, '10:00'), 'done', true); // 3 count
  await visit(c[6], M, at('2026-04-01', '10:00'), 'done', true); // C7 on their last day → counts
  await visit(c[6], M, at('2026-04-03', '10:00'), 'done', true); // after the end → not counted
  await visit(c[9], partTimer, at('2026-04-12', '10:00'), 'done', true); // C10, exactly 7 days before the reading day → counts

  // Plans as of Sunday 19 April.
  await plan(c[0], 1, '2026-01-10', '2026-02-01');
  await plan(c[0], 2, '2026-02-01', '2026-05-01'); // in force, follow-up ahead → on time
  await plan(c[1], 1, '2026-02-01', '2026-04-10'); // in force on 19 April, follow-up passed → late
  await plan(c[1], 2, '2026-04-25', '2026-10-01'); // agreed after the reading day → not yet
  await plan(c[2], 1, '2026-02-01', null); // no follow-up date → not on time
  await plan(c[3], 1, '2026-02-01', '2026-04-19'); // due on the reading day itself → on time
  await plan(c[4], 1, '2026-05-01', '2026-08-01'); // agreed after the reading day → no plan then
  await plan(c[5], 1, '2026-04-10', '2026-06-01'); // on time
  await plan(c[7], 1, '2026-04-10', '2026-06-01', 'draft'); // a draft is not an agreed plan

  // Caseload exceptions of team A's leader: in force 1–30 April (counts); Jan–Feb (before); revoked before the period.
  const exception = (from: string, until: string, revokedAt: Date | null) =>
    q(
      `INSERT INTO caseload_exception (tenant_id, member_id, extra, reason, valid_from, valid_until, granted_by, revoked_at)
       VALUES ($1, $2, 2, 'Ferieafløsning', $3, $4, $5, $6)`,
      [t.tenantId, L, from, until, t.leader.id, revokedAt],
    );
  await exception('2026-01-01', '2026-02-28', null);
  await exception('2026-03-01', '2026-05-01', new Date('2026-03-05T10:00:00Z'));
  await exception('2026-04-01', '2026-04-30', null);

  // Regional treatment courses of team A.
  const episode = (citizenId: string, dates: Partial<Record<'referred_on' | 'admitted_on' | 'discharged_on' | 'returned_on' | 'withdrawn_on', string>>) =>
    q(
      `INSERT INTO regional_treatment_episode (tenant_id, citizen_id, team_id, unit, referred_on, admitted_on, discharged_on, returned_on, withdrawn_on, recorded_by, version)
       VALUES ($1, $2, $3, 'Dobbeltdiagnoseafsnittet', $4, $5, $6, $7, $8, $9, 1)`,
      [t.tenantId, citizenId, t.team.id, dates.referred_on, dates.admitted_on ?? null, dates.discharged_on ?? null,
        dates.returned_on ?? null, dates.withdrawn_on ?? null, t.leader.id],
    );
  await episode(c[0], { referred_on: '2026-03-01', admitted_on: '2026-03-25', discharged_on: '2026-04-10', returned_on: '2026-04-12' }); // wait 24
  await episode(c[1], { referred_on: '2026-03-24', admitted_on: '2026-04-03' }); // wait 10
  await episode(c[2], { referred_on: '2026-04-01', withdrawn_on: '2026-04-15' });
  await episode(c[3], { referred_on: '2026-04-10' });
  await episode(c[4], { referred_on: '2026-03-20', admitted_on: '2026-04-16' }); // wait 27
  await episode(c[5], { referred_on: '2026-01-01', admitted_on: '2026-02-01', discharged_on: '2026-03-01' }); // all before

  // Team meetings of team A: held ×2, not held ×1, unmarked ×1, cancelled ×1 in the period; one before it.
  const [{ id: series }] = await q(
    `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place, materialised_until, created_by)
     VALUES ($1, 'team_meeting', $2, 'Teammøde', 'FREQ=WEEKLY;BYDAY=MO', '2026-03-16', '09:00', 60, 'Kontoret', '2026-04-30', $3) RETURNING id`,
    [t.tenantId, t.team.id, t.leader.id],
  );
  const occurrence = (date: string, status: string) =>
    q(
      `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place, status, status_reason)
       VALUES ($1, $2, 'team_meeting', $3, $4, $5::timestamptz, $5::timestamptz + interval '1 hour', 'Kontoret', $6::text::occurrence_status,
               CASE WHEN $6::text IN ('cancelled', 'not_held') THEN 'Sygdom' END)`,
      [t.tenantId, series, t.team.id, date, at(date, '09:00'), status],
    );
  await occurrence('2026-03-16', 'held');
  await occurrence('2026-03-23', 'held');
  await occurrence('2026-03-30', 'held');
  await occurrence('2026-04-06', 'not_held');
  await occurrence('2026-04-13', 'planned');
  await occurrence('2026-04-20', 'cancelled'); // the day after the period
  await occurrence('2026-04-14', 'cancelled');

  // ── Team B: a member at 1.0 all period and one at 0.2 (capacity 2) carrying 3 citizens — over capacity.
  await q(`UPDATE team_member SET created_at = $2, joined_on = ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date WHERE team_id = $1`, [t.otherTeam.id, longAgo]);
  const small = await member(t.otherTeam.id, 0.2, longAgo);
  for (let i = 0; i < 3; i++) {
    const id = await citizen(t.otherTeam.id, 'active', referred);
    await assign(id, small, at('2026-01-05', '10:00'), at('2026-06-01', '10:00')); // ended later: no trigger for closed rows
  }

  // ── Phases: decide 3 done + 1 not relevant; plan 2 done, 1 in progress, 3 not started and 1 removed.
  const item = (phase: string, position: number, status: string, removed = false) =>
    q(
      `INSERT INTO implementation_checklist_item (tenant_id, phase, text, position, status, status_reason, removed_at, version)
       VALUES ($1, $2::text::implementation_phase, $3, $4, $5::text::checklist_status, CASE WHEN $5::text = 'not_relevant' THEN 'Gælder ikke os' END, CASE WHEN $6::boolean THEN now() END, 1)`,
      [t.tenantId, phase, `Punkt ${position}`, position, status, removed],
    );
  for (const [i, s] of ['done', 'done', 'done', 'not_relevant'].entries()) await item('decide', i, s);
  for (const [i, s] of ['done', 'done', 'in_progress', 'not_started', 'not_started', 'not_started'].entries()) await item('plan', i, s);
  await item('plan', 9, 'done', true);

  // ── Readiness: an older closed round, the newest closed one (6 submitted, 1 not), and an open one.
  const round = (title: string, opensOn: string, closesOn: string, answers: RoundAnswer[], close: boolean) =>
    addRound(t, title, opensOn, closesOn, answers, close);
  const five = Array.from({ length: 6 }, () => ({ submitted: true, scores: [1, 1, 1] }));
  await round('Første måling', '2025-11-01', '2025-11-20', five, true);
  await round(
    'Anden måling',
    '2026-10-01',
    '2026-11-01',
    [
      { submitted: true, scores: [4, 2, 5] },
      { submitted: true, scores: [4, 3, 4] },
      { submitted: true, scores: [5, 3, 4] },
      { submitted: true, scores: [3, 2, 4] },
      { submitted: true, scores: [null, 2, 5] },
      { submitted: true, scores: [4, 3, 4] },
      { submitted: false, scores: [1, 1, 1] }, // not submitted: not counted
    ],
    true,
  );
  await round('Tredje måling (åben)', '2026-11-20', '2099-01-01', five, false);

  return { citizenIds, citizenNames, cprs, partTimerMemberId: partTimer };
}

describe('steeringDashboard', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  let seeded: Seeded;
  useApiSuite((s) => ({ api, t, c } = s));

  beforeAll(async () => {
    seeded = await seed(t);
  });

  const load = async (cookie = c.steeringGroup, period = PERIOD) => {
    const res = await api.gql(DASHBOARD, period, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.steeringDashboard;
  };
  const shown = (value: number | null) => ({ value, suppressed: false });
  const hidden = { value: null, suppressed: true };

  it('describes the period: 28 days, 4 weeks although the first week has 167 hours; read on its last day', async () => {
    const d = await load();
    expect(d).toMatchObject({ from: PERIOD.from, to: PERIOD.to, days: 28, weeks: 4, readingDay: '2026-04-19', minGroupSize: 5 });
  });

  it('computes team A by hand: partial citizens, a part-time member joining mid-period, the DST week', async () => {
    const a = (await load()).teams.find((x: any) => x.teamId === t.team.id);
    // Citizen-days: C1–C5 140 + C6 14 + C7 10 + C8 28 + C10 12 = 204. FTE-days (hundredths):
    // 100 × 28 + 80 × 28 + 50 × 14 = 5740. Ratio 204 / 57.40 = 3.55; average citizens 204 / 28 = 7.29.
    expect(a.suppressed).toBe(false);
    expect(a.caseloadRatio).toEqual(shown(3.55));
    expect(a.averageCitizens).toEqual(shown(7.29));
    expect(a.averagePrimaryFte).toBe(2.05);
    // Active: C1–C8 and C10 = 9; waiting at some point: C6, C9, C10 = 3; started: C6, C10; ended: C7.
    expect(a.citizensActive).toEqual(shown(9));
    expect(a.citizensWaiting).toEqual(shown(3));
    expect(a.citizensStarted).toEqual(shown(2));
    expect(a.citizensEnded).toEqual(shown(1));
    // Face-to-face contacts counted: C1, C2 (DST Sunday), C3 (last day), C6, C8 × 3, C7, C10 = 9 → 9 × 7 / 204 = 0.31.
    expect(a.faceToFacePerCitizenWeek).toEqual(shown(0.31));
    // Reading day 19 April: with a primary contact C1–C6, C8, C10 = 8. Agreed plan: C1, C2, C3, C4, C6 = 5/8.
    expect(a.agreedPlanShare).toEqual(shown(0.625));
    // Follow-up on time among the 5: C1, C4 (due that day), C6 = 3/5.
    expect(a.followUpOnTimeShare).toEqual(shown(0.6));
    // Not seen > 7 days: C1 (27), C2 (21), C4 (never), C5 (never), C6 (12) = 5/8; C10 at exactly 7 is seen.
    expect(a.notSeenShare).toEqual(shown(0.625));
    expect(a.notSeenThresholdDays).toBe(7);
    // At the period's end: leader 5/10, member 2/8, part-timer 1/5 → none over; one exception in force in the period.
    expect(a.membersOverCapacity).toBe(0);
    expect(a.exceptionsInForce).toBe(1);
    expect(a.meetings.find((m: any) => m.kind === 'team_meeting')).toEqual({
      kind: 'team_meeting', planned: 4, held: 2, notHeld: 1, notMarked: 1, cancelled: 1,
    });
    expect(a.meetings.find((m: any) => m.kind === 'supervision')).toMatchObject({ planned: 0, held: 0 });
    // Referrals 24 Mar, 1 Apr, 10 Apr = 3; admissions 25 Mar, 3 Apr, 16 Apr = 3; one discharge, return, withdrawal.
    // The median wait (24, 10, 27 → 24) rests on 3 admissions: below the minimum of 5.
    expect(a.transitions).toEqual({
      referrals: shown(3), admissions: shown(3), discharges: shown(1), returns: shown(1), withdrawn: shown(1), medianWaitDays: hidden,
    });
  });

  it('hides team B (3 citizens) but shows its staff figures', async () => {
    const b = (await load()).teams.find((x: any) => x.teamId === t.otherTeam.id);
    expect(b.suppressed).toBe(true);
    for (const key of ['caseloadRatio', 'averageCitizens', 'citizensActive', 'citizensWaiting', 'faceToFacePerCitizenWeek', 'agreedPlanShare', 'notSeenShare']) {
      expect([key, b[key]]).toEqual([key, hidden]);
    }
    expect(b.transitions.referrals).toEqual(hidden);
    // Staff: the 0.2 member carries 3 with capacity 2 at the period's end; FTE 1.0 + 0.2.
    expect(b.membersOverCapacity).toBe(1);
    expect(b.averagePrimaryFte).toBe(1.2);
  });

  it('counts FTE-days from the staffing history: an FTE change and a last day within the period', async () => {
    // A member of team B since January at 0.8; 0.5 from Monday 6 April; last day Wednesday 15 April.
    // FTE-days (hundredths): 80 × 14 (23 March – 5 April) + 50 × 10 (6–15 April) = 1620. Team B:
    // (100 + 20) × 28 + 1620 = 4980 → 4980 / 28 = 1.78. Today's FTE (0.5) over the whole period
    // would have given 1.70.
    const db = await ownerDataSource();
    const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
    const [{ id: userId }] = await q(
      `INSERT INTO app_user (tenant_id, email, name, role, password_hash) VALUES ($1, $2, 'Tidligere kollega', 'team_member', $3) RETURNING id`,
      [t.tenantId, `dash-left-${shortId()}@test.dk`, await testPasswordHash()],
    );
    const [{ id: memberId }] = await q(
      `INSERT INTO team_member (tenant_id, team_id, user_id, discipline, fte, joined_on) VALUES ($1, $2, $3, 'nursing', 0.8, '2026-01-01') RETURNING id`,
      [t.tenantId, t.otherTeam.id, userId],
    );
    try {
      // As changeTeamMemberTerms and endTeamMembership leave it: the spans first, then the member row.
      await db.transaction(async (m) => {
        await m.query(`UPDATE team_member_span SET valid_to = '2026-04-05' WHERE member_id = $1`, [memberId]);
        await m.query(
          `INSERT INTO team_member_span (tenant_id, member_id, valid_from, fte, discipline) VALUES ($1, $2, '2026-04-06', 0.5, 'nursing')`,
          [t.tenantId, memberId],
        );
        await m.query(`UPDATE team_member SET fte = 0.5, left_on = '2026-04-15', leave_reason = 'resigned' WHERE id = $1`, [memberId]);
      });
      const spans = await q(`SELECT valid_from::text, valid_to::text, fte::float FROM team_member_span WHERE member_id = $1 ORDER BY valid_from`, [memberId]);
      expect(spans).toEqual([
        { valid_from: '2026-01-01', valid_to: '2026-04-05', fte: 0.8 },
        { valid_from: '2026-04-06', valid_to: '2026-04-15', fte: 0.5 },
      ]);
      const d = await load();
      expect(d.teams.find((x: any) => x.teamId === t.otherTeam.id).averagePrimaryFte).toBe(1.78);
      // All teams: 5740 + 3360 + 1620 = 10720 → 3.83; ratio 288 / 107.20 = 2.69.
      expect(d.allTeams).toMatchObject({ averagePrimaryFte: 3.83, caseloadRatio: shown(2.69) });
    } finally {
      await q(`DELETE FROM team_member WHERE id = $1`, [memberId]);
      await q(`DELETE FROM app_user WHERE id = $1`, [userId]);
    }
  });

  it('adds all teams together by the same rules', async () => {
    const all = (await load()).allTeams;
    // Citizen-days 204 + 3 × 28 = 288; FTE-days 5740 + (100 + 20) × 28 = 9100 → 3.16. Group 10 + 3 = 13.
    expect(all).toMatchObject({
      teamId: null, teamName: null, suppressed: false, notSeenThresholdDays: null, averagePrimaryFte: 3.25, membersOverCapacity: 1, exceptionsInForce: 1,
      caseloadRatio: shown(3.16), citizensActive: shown(12), citizensWaiting: shown(3),
      // Team B's citizens had no visits: 9 contacts × 7 / 288 citizen-days = 0.22. Not seen: 5 of 8 in A + 3 of 3 in B.
      faceToFacePerCitizenWeek: shown(0.22), notSeenShare: shown(0.727),
      transitions: { admissions: shown(3), medianWaitDays: hidden },
    });
    expect(all.meetings.find((m: any) => m.kind === 'team_meeting')).toEqual({ kind: 'team_meeting', planned: 4, held: 2 });
  });

  it('gives the phases and the newest closed readiness round, its means from submitted answers only', async () => {
    const d = await load();
    expect(d.phases).toEqual([
      { phase: 'decide', items: 4, done: 3, notRelevant: 1, inProgress: 0, progress: 1 },
      { phase: 'plan', items: 6, done: 2, notRelevant: 0, inProgress: 1, progress: 0.333 },
      { phase: 'carry_out', items: 0, done: 0, notRelevant: 0, inProgress: 0, progress: null },
      { phase: 'anchor', items: 0, done: 0, notRelevant: 0, inProgress: 0, progress: null },
    ]);
    // Intervention: (4+4+5+3+4) + (2+3+3+2+2+3) = 35 over 11 scores = 3.18 ("ved ikke" left out);
    // leadership 26 / 6 = 4.33; the unsubmitted participant's 1s are not counted.
    expect(d.latestReadinessRound).toEqual({
      title: 'Anden måling', opensOn: '2026-10-01', closesOn: '2026-11-01', submitted: 6, invited: 7, suppressed: false,
      drivers: [
        { driver: 'intervention', mean: shown(3.18) },
        { driver: 'organisation', mean: shown(null) },
        { driver: 'leadership', mean: shown(4.33) },
        { driver: 'people', mean: shown(null) },
        { driver: 'context', mean: shown(null) },
      ],
    });
  });

  it('follows the minimum group size the admin sets', async () => {
    try {
      expect((await api.gql(SET_MIN, { n: 3 }, c.admin)).data?.setMinGroupSize).toEqual({ minGroupSize: 3 });
      let d = await load();
      const b = d.teams.find((x: any) => x.teamId === t.otherTeam.id);
      expect(b.suppressed).toBe(false);
      expect(b.citizensActive).toEqual(shown(3));
      expect(d.teams.find((x: any) => x.teamId === t.team.id).transitions.medianWaitDays).toEqual(shown(24));

      await api.gql(SET_MIN, { n: 7 }, c.admin);
      d = await load();
      const a = d.teams.find((x: any) => x.teamId === t.team.id);
      expect(a.citizensActive).toEqual(shown(9)); // 10 in the group ≥ 7
      expect(a.followUpOnTimeShare).toEqual(hidden); // its own denominator is 5
      expect(d.latestReadinessRound).toMatchObject({ submitted: 6, suppressed: true });
      expect(d.latestReadinessRound.drivers.every((x: any) => x.mean.suppressed && x.mean.value === null)).toBe(true);
    } finally {
      await api.gql(SET_MIN, { n: 5 }, c.admin);
    }
  });

  it('gives the steering group no citizen id, name or CPR', async () => {
    const res = await api.gql(DASHBOARD, PERIOD, c.steeringGroup);
    const secrets = [...seeded.citizenIds, ...seeded.citizenNames, ...seeded.cprs, t.citizen.id, t.citizen.name, t.leader.name];
    expect(leaks(res.data, secrets)).toEqual([]);
  });

  it('is for the steering group only; refuses a reversed or over-long period in Danish', async () => {
    for (const cookie of [c.leader, c.member, c.admin]) expect(errorCodes(await api.gql(DASHBOARD, PERIOD, cookie))).toEqual(['FORBIDDEN']);
    for (const period of [{ from: '2026-04-19', to: '2026-03-23' }, { from: '2020-01-01', to: '2026-01-01' }]) {
      const res = await api.gql(DASHBOARD, period, c.steeringGroup);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(looksDanish(res.errors![0].message)).toBe(true);
    }
  });

  it('lets only the admin read and set the minimum group size, within 3–50', async () => {
    expect((await api.gql(`{ tenantSettings { minGroupSize } }`, {}, c.admin)).data?.tenantSettings).toEqual({ minGroupSize: 5 });
    for (const cookie of [c.steeringGroup, c.leader]) expect(errorCodes(await api.gql(SET_MIN, { n: 6 }, cookie))).toEqual(['FORBIDDEN']);
    for (const n of [2, 51]) {
      const res = await api.gql(SET_MIN, { n }, c.admin);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(looksDanish(res.errors![0].message)).toBe(true);
    }
    expect((await api.gql(`{ tenantSettings { minGroupSize } }`, {}, c.admin)).data?.tenantSettings).toEqual({ minGroupSize: 5 });
  });

  it("withholds a driver's mean scored by fewer than the minimum, as the readiness page does (\"ved ikke\" thins the group)", async () => {
    // Newest closed round: 5 submitted; leadership scored by 3 of them (2 answered "ved ikke").
    const answers = [[4, 4, 5], [4, 3, null], [3, 3, null], [5, 4, 4], [4, 4, 3]].map((scores) => ({ submitted: true, scores }));
    const id = await addRound(t, 'Fjerde måling', '2026-11-02', '2026-11-10', answers, true);
    try {
      const d = await load();
      expect(d.latestReadinessRound).toMatchObject({ title: 'Fjerde måling', submitted: 5, suppressed: false });
      const mean = (driver: string) => d.latestReadinessRound.drivers.find((x: any) => x.driver === driver).mean;
      expect(mean('intervention')).toEqual(shown(3.8)); // 38 / 10
      expect(mean('leadership')).toEqual(hidden);
    } finally {
      await (await ownerDataSource()).query(`DELETE FROM readiness_round WHERE id = $1`, [id]);
    }
  });

  it('costs the same six statements whatever the data (no N+1)', async () => {
    await load();
    const statements = await api.countQueries(() => load());
    const other = await api.countQueries(() => load(c.steeringGroup, { from: '2025-01-01', to: '2026-12-31' }));
    if (process.env.DASHBOARD_VERBOSE) console.log(`steeringDashboard statements: ${statements}`);
    expect(statements).toBe(other);
    // The request's own statements (session, transaction, tenant) measured on an empty query.
    const overhead = await api.countQueries(() => api.gql(`{ __typename }`, {}, c.steeringGroup));
    expect(statements - overhead).toBe(6);
  });
});
