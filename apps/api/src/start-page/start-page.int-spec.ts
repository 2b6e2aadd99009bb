/**
 * The start page through GraphQL: what needs attention today. A member sees their own plan
 * follow-ups; a leader also sees, per team they lead, the waiting list, members at capacity,
 * exceptions about to end, citizens not seen and the next meeting. Nothing of other teams;
 * every citizen named is in the access log.
 */
import { VisitOutcome } from '@act/db';
import { createVisit, ownerDataSource, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import { type ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { accessLogRows, type Cookies, errorCodes } from '../testing/db-state';

const START_PAGE = `query { startPage { today
  carePlanFollowUps { citizenId citizenName versionId dueOn overdue }
  ledTeams { teamId teamName waitingCount waiting { citizenId citizenName days }
    membersAtCapacity { memberId name load allowed overCapacity }
    expiringExceptions { memberId memberName extra validUntil }
    notSeenThresholdDays notSeenCount notSeen { citizenId citizenName days }
    nextTeamMeeting { id startsAt endsAt place } nextSupervision { id startsAt place } }
  nextSteeringMeeting { id startsAt place } } }`;

describe('start page through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  useApiSuite((s) => ({ api, t, c } = s));

  const startPage = async (cookie: string) => {
    const res = await api.gql(START_PAGE, {}, cookie);
    expect(res.errors).toBeUndefined();
    return { page: res.data!.startPage, requestId: res.headers.get('x-request-id')! };
  };
  const ok = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const res = await api.gql(query, variables, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it('shows the leader the waiting citizen and the citizen never seen, and logs both', async () => {
    const { page, requestId } = await startPage(c.leader);
    expect(page.today).toBe(copenhagenToday());
    expect(page.ledTeams).toHaveLength(1);
    expect(page.ledTeams[0]).toMatchObject({
      teamId: t.team.id,
      teamName: t.team.name,
      waitingCount: 1,
      waiting: [{ citizenId: t.citizen.id, citizenName: t.citizen.name, days: 0 }],
      membersAtCapacity: [],
      expiringExceptions: [],
      notSeenThresholdDays: 7,
      notSeenCount: 1,
      notSeen: [{ citizenId: t.citizen.id, citizenName: t.citizen.name, days: null }],
      nextTeamMeeting: null,
      nextSupervision: null,
    });
    const rows = await accessLogRows(requestId);
    expect(rows.map((r) => [r.operation, r.citizen_id]).sort()).toEqual([
      ['citizen.list', t.citizen.id],
      ['visit.list', t.citizen.id],
    ]);
  });

  it('gives members, other teams and the steering group nothing of a team they do not lead', async () => {
    for (const cookie of [c.member, c.otherMember, c.steeringGroup, c.admin]) {
      const { page, requestId } = await startPage(cookie);
      expect(page).toMatchObject({ carePlanFollowUps: [], ledTeams: [] });
      expect(await accessLogRows(requestId)).toEqual([]);
    }
    expect(errorCodes(await api.gql(START_PAGE, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('follows the team as it changes: assignment, capacity, exception, plan follow-up, visit, meeting', async () => {
    const today = copenhagenToday();
    await ok(`mutation($i: AssignPrimaryContactInput!) { assignPrimaryContact(input: $i) { id } }`, { i: { citizenId: t.citizen.id, memberId: t.member.memberId } }, c.leader);
    await ok(`mutation($i: SetMemberFteInput!) { setMemberFte(input: $i) { id } }`, { i: { memberId: t.member.memberId, fte: 0.1 } }, c.leader);
    let team = (await startPage(c.leader)).page.ledTeams[0];
    expect(team).toMatchObject({ waitingCount: 0, waiting: [] });
    expect(team.membersAtCapacity).toEqual([{ memberId: t.member.memberId, name: t.member.name, load: 1, allowed: 1, overCapacity: false }]);

    const until = addDays(today, 10);
    await ok(
      `mutation($i: GrantCaseloadExceptionInput!) { grantCaseloadException(input: $i) { id } }`,
      { i: { memberId: t.member.memberId, extra: 1, reason: 'Midlertidig travlhed', validUntil: until } },
      c.leader,
    );
    await ok(
      `mutation($i: GrantCaseloadExceptionInput!) { grantCaseloadException(input: $i) { id } }`,
      { i: { memberId: t.leader.memberId, extra: 1, reason: 'Længe endnu', validUntil: addDays(today, 60) } },
      c.leader,
    );
    team = (await startPage(c.leader)).page.ledTeams[0];
    expect(team.membersAtCapacity).toEqual([]);
    expect(team.expiringExceptions).toEqual([{ memberId: t.member.memberId, memberName: t.member.name, extra: 1, validUntil: until }]);

    // The member's own citizen gets an agreed plan with a follow-up in 3 days.
    const lifeArea = (await ok(`query { lifeAreas { id } }`, {}, c.member)).lifeAreas[0].id;
    const draft = (await ok(`mutation($i: CitizenRefInput!) { startCarePlanDraft(input: $i) { id revision } }`, { i: { citizenId: t.citizen.id } }, c.member)).startCarePlanDraft;
    const saved = (
      await ok(
        `mutation($i: SaveCarePlanDraftInput!) { saveCarePlanDraft(input: $i) { id revision } }`,
        { i: { versionId: draft.id, expectedRevision: draft.revision, citizenWords: 'Egen bolig', nextFollowUpOn: addDays(today, 3), goals: [{ lifeAreaId: lifeArea, citizenWords: 'Bolig', steps: [] }] } },
        c.member,
      )
    ).saveCarePlanDraft;
    await ok(
      `mutation($i: AgreeCarePlanInput!) { agreeCarePlan(input: $i) { id } }`,
      { i: { versionId: draft.id, expectedRevision: saved.revision, agreedOn: today, agreedHow: 'HOME_VISIT', participants: 'Borgeren' } },
      c.member,
    );
    const mine = await startPage(c.member);
    expect(mine.page.carePlanFollowUps).toEqual([
      { citizenId: t.citizen.id, citizenName: t.citizen.name, versionId: draft.id, dueOn: addDays(today, 3), overdue: false },
    ]);
    expect((await accessLogRows(mine.requestId)).map((r) => [r.operation, r.citizen_id])).toEqual([['citizen.list', t.citizen.id]]);
    // The leader is not the primary contact: the follow-up is the member's, not theirs.
    expect((await startPage(c.leader)).page.carePlanFollowUps).toEqual([]);

    // Seen face to face two days ago: off the "not seen" list.
    await createVisit(await ownerDataSource(), t.tenantId, {
      citizenId: t.citizen.id,
      memberIds: [t.member.memberId],
      start: new Date(Date.now() - 2 * 86_400_000),
      outcome: VisitOutcome.Done,
    });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const meeting = (
      await ok(
        `mutation($i: CreateTeamMeetingInput!) { createTeamMeeting(input: $i) { id } }`,
        { i: { teamId: t.team.id, startsAt, endsAt: new Date(startsAt.getTime() + 5_400_000), place: 'Mødelokalet' } },
        c.leader,
      )
    ).createTeamMeeting;
    team = (await startPage(c.leader)).page.ledTeams[0];
    expect(team).toMatchObject({ notSeenCount: 0, notSeen: [], nextTeamMeeting: { id: meeting.id, place: 'Mødelokalet', startsAt: startsAt.toISOString() } });
  });

  it("shows the leader the team's next supervision and the steering group its next meeting, not a cancelled one", async () => {
    const owner = await ownerDataSource();
    const occurrence = async (kind: string, teamId: string | null, startsAt: Date, status = 'planned') => {
      const [series] = await owner.query(
        `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place, materialised_until, created_by)
         VALUES ($1, $2, $3, 'Møde', 'FREQ=MONTHLY;BYDAY=2TU', $4::date, '13:00', 60, 'Rådhuset', $4::date, $5) RETURNING id`,
        [t.tenantId, kind, teamId, startsAt.toISOString().slice(0, 10), t.leader.id],
      );
      const [o] = await owner.query(
        `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place, status, status_reason)
         VALUES ($1, $2, $3, $4, $5::date, $6, $7, 'Rådhuset', $8::occurrence_status, CASE WHEN $8::occurrence_status = 'planned' THEN NULL ELSE 'Supervisor syg' END) RETURNING id`,
        [t.tenantId, series.id, kind, teamId, startsAt.toISOString().slice(0, 10), startsAt, new Date(startsAt.getTime() + 3_600_000), status],
      );
      return o.id as string;
    };
    const soon = new Date(Date.now() + 5 * 86_400_000);
    await occurrence('supervision', t.team.id, new Date(Date.now() + 2 * 86_400_000), 'cancelled');
    const supervision = await occurrence('supervision', t.team.id, soon);
    await occurrence('supervision', t.otherTeam.id, new Date(Date.now() + 86_400_000));
    const steering = await occurrence('steering_meeting', null, soon);

    const leader = (await startPage(c.leader)).page;
    expect(leader.ledTeams[0].nextSupervision).toEqual({ id: supervision, startsAt: soon.toISOString(), place: 'Rådhuset' });
    expect(leader.nextSteeringMeeting).toBeNull();
    expect((await startPage(c.steeringGroup)).page).toMatchObject({ ledTeams: [], nextSteeringMeeting: { id: steering, place: 'Rådhuset' } });
  });
});
