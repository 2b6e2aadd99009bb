/**
 * Team meetings through GraphQL as the real API runs them (application role, RLS, request
 * transactions, audit): rhythm and meetings, the prepared agenda, citizens' own items kept apart,
 * attendance, decisions and tasks linked to citizens and visible only to the team, minutes as
 * audited reads, crisis flags, and typed refusals that write nothing.
 */
import { CitizenStatus } from '@act/db';
import { closeOwnerDataSource, createCitizen, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { toCopenhagenIsoDate } from '@act/domain';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { accessLogRows, type Cookies, errorCodes, insertCitizens, loginAll, looksDanish, tenantChecksum } from '../testing/db-state';

const DAY_MS = 24 * 60 * 60 * 1000;

const SET_RHYTHM = `mutation($input: SetMeetingRhythmInput!) { setTeamMeetingRhythm(input: $input) {
  teamId cadence weekday startTime endTime place reviewEveryMeetings } }`;
const CREATE = `mutation($input: CreateTeamMeetingInput!) { createTeamMeeting(input: $input) { id whenText agendaPreparedAt heldAt } }`;
const FROM_RHYTHM = `mutation($input: CreateMeetingsFromRhythmInput!) { createTeamMeetingsFromRhythm(input: $input) { id startsAt endsAt whenText place } }`;
const DETAIL_FIELDS = `id teamId teamName whenText heldAt agendaPreparedAt
  items { id source reason citizenId citizenName title position note citizenAttends
          decisions { id text citizenId decidedByName } tasks { id description dueDate assigneeName citizenId done } }
  citizenItems { id source citizenId citizenName title citizenAttends }
  attendance { memberId name present }`;
const MEETING = `query($id: ID!) { teamMeeting(id: $id) { ${DETAIL_FIELDS} } }`;
const MINUTES = `query($id: ID!) { teamMeetingMinutes(id: $id) { ${DETAIL_FIELDS} } }`;
const PREPARE = `mutation($id: ID!) { prepareTeamMeetingAgenda(meetingId: $id) { ${DETAIL_FIELDS} } }`;
const ADD_ITEM = `mutation($input: AddMeetingItemInput!) { addTeamMeetingItem(input: $input) { ${DETAIL_FIELDS} } }`;
const UPDATE_ITEM = `mutation($input: UpdateMeetingItemInput!) { updateTeamMeetingItem(input: $input) { id note citizenAttends } }`;
const ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordTeamMeetingAttendance(input: $input) { attendance { memberId present } } }`;
const DECIDE = `mutation($input: AddDecisionInput!) { addMeetingDecision(input: $input) { id text citizenId decidedByName } }`;
const TASK = `mutation($input: AddFollowUpTaskInput!) { addFollowUpTask(input: $input) {
  id description dueDate assigneeMemberId assigneeName citizenId citizenName done overdue } }`;
const COMPLETE = `mutation($input: CompleteFollowUpTaskInput!) { completeFollowUpTask(input: $input) { id done doneAt } }`;
const CLOSE = `mutation($id: ID!) { closeTeamMeeting(meetingId: $id) { id heldAt } }`;
const MY_TASKS = `query($done: Boolean) { myFollowUpTasks(includeDone: $done) { edges { node { id description citizenName dueDate done } } pageInfo { hasNextPage } } }`;
const CITIZEN = `query($id: ID!) { citizen(id: $id) { id
  followUpTasks { id description assigneeName dueDate }
  meetingDecisions { id text }
  crisisFlag { reason raisedByName } } }`;
const RAISE = `mutation($input: RaiseCrisisFlagInput!) { raiseCrisisFlag(input: $input) { id crisisFlag { reason } } }`;
const CLEAR = `mutation($id: ID!) { clearCrisisFlag(citizenId: $id) { id crisisFlag { reason } } }`;
const BOARD_ON = `mutation($input: PutOnTeamBoardInput!) { putCitizenOnTeamBoard(input: $input) { id } }`;
const LIST = `query($teamId: ID!, $period: MeetingPeriod) { teamMeetings(teamId: $teamId, period: $period) { edges { node { id heldAt } } } }`;

describe('team meetings through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  let other: TestTenant;
  let oc: Cookies;
  let slot = 0;

  beforeAll(async () => {
    api = await startApi();
    [t, other] = await Promise.all([createTestTenant(), createTestTenant()]);
    [c, oc] = await Promise.all([loginAll(api, t), loginAll(api, other)]);
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  /** A fresh meeting on `t.team`, a week apart from every other one this suite makes. */
  async function newMeeting(cookie = c.leader, teamId = t.team.id): Promise<string> {
    slot += 1;
    const startsAt = new Date(Date.now() + slot * 7 * DAY_MS);
    const res = await api.gql(CREATE, { input: { teamId, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000), place: 'Mødelokalet' } }, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.createTeamMeeting.id;
  }

  const detail = async (id: string, cookie = c.leader) => {
    const res = await api.gql(MEETING, { id }, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.teamMeeting;
  };

  describe('rhythm and creating meetings', () => {
    it('sets the rhythm and creates the next meetings from it, once', async () => {
      const rhythm = await api.gql(
        SET_RHYTHM,
        { input: { teamId: t.team.id, cadence: 'WEEKLY', weekday: 2, startTime: '13:00', endTime: '14:30', place: 'Teamets mødelokale', reviewEveryMeetings: 3 } },
        c.leader,
      );
      expect(rhythm.errors).toBeUndefined();
      expect(rhythm.data!.setTeamMeetingRhythm).toMatchObject({ cadence: 'WEEKLY', weekday: 2, reviewEveryMeetings: 3 });
      // Use another team (the other tenant's leader's own team) to keep this suite's meeting slots apart.
      await api.gql(SET_RHYTHM, { input: { teamId: other.team.id, cadence: 'BIWEEKLY', weekday: 2, startTime: '13:00', endTime: '14:30', place: 'Rådhuset', reviewEveryMeetings: 4 } }, oc.leader);
      // The rhythm is the team's team-meeting series: its next meetings exist already (issue 11).
      const owner = await ownerDataSource();
      const count = async () => (await owner.query(`SELECT count(*)::int AS n FROM team_meeting WHERE team_id = $1`, [other.team.id]))[0].n;
      const made = await count();
      expect(made).toBeGreaterThanOrEqual(3);
      const first = await api.gql(FROM_RHYTHM, { input: { teamId: other.team.id, count: 3 } }, oc.leader);
      expect(first.errors).toBeUndefined();
      const meetings = first.data!.createTeamMeetingsFromRhythm as Array<{ startsAt: string; whenText: string; place: string }>;
      expect(meetings).toHaveLength(3);
      for (const m of meetings) expect(m.whenText).toMatch(/^tirsdag den \d+\. \w+ kl\. 13\.00–14\.30$/);
      expect(Date.parse(meetings[1].startsAt) - Date.parse(meetings[0].startsAt)).toBeGreaterThanOrEqual(13 * DAY_MS);
      // "The next N meetings" is idempotent: they are the series' meetings, and asking again for 1 or 4 adds only what is missing.
      expect(await count()).toBe(made);
      expect((await api.gql(FROM_RHYTHM, { input: { teamId: other.team.id, count: 1 } }, oc.leader)).errors).toBeUndefined();
      expect(await count()).toBe(made);
      const four = await api.gql(FROM_RHYTHM, { input: { teamId: other.team.id, count: 4 } }, oc.leader);
      expect(four.data!.createTeamMeetingsFromRhythm.map((m: { startsAt: string }) => m.startsAt).slice(0, 3)).toEqual(meetings.map((m) => m.startsAt));
      expect(await count()).toBe(Math.max(made, 4));
    });

    it('refuses creating from a rhythm that is not set, with a Danish message', async () => {
      const res = await api.gql(FROM_RHYTHM, { input: { teamId: t.otherTeam.id, count: 2 } }, c.leader);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']); // not the leader of that team
      const x = await createTestTenant();
      const xc = await api.login(x.leader.email, x.password);
      const none = await api.gql(FROM_RHYTHM, { input: { teamId: x.team.id, count: 2 } }, xc);
      expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
      expect(looksDanish(none.errors![0].message)).toBe(true);
    });

    it('only the team leader plans meetings; members and other teams are refused', async () => {
      const input = { teamId: t.team.id, startsAt: new Date(Date.now() + 400 * DAY_MS), endsAt: new Date(Date.now() + 400 * DAY_MS + 3600_000), place: 'X' };
      expect(errorCodes(await api.gql(CREATE, { input }, c.member))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(CREATE, { input }, c.otherMember))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(CREATE, { input }, c.steeringGroup))).toEqual(['FORBIDDEN']);
    });
  });

  describe('the prepared agenda', () => {
    it('puts the team board first, then crisis, overdue plan follow-up, lapsed contact, then the longest not discussed', async () => {
      const owner = await ownerDataSource();
      const x = await createTestTenant();
      const xc = await loginAll(api, x);
      const mk = (name: string) => createCitizen(owner, x.tenantId, x.team.id, { name, status: CitizenStatus.Active });
      const board = await mk('Bo Tavle');
      const crisis = await mk('Karin Krise');
      const plan = await mk('Palle Plan');
      const later = await mk('Lone Senere');
      const lapsed = await mk('Sigurd Længe');
      for (let i = 0; i < 5; i++) await mk(`Rolig ${i}`);
      // Visits (from the visits capability): everyone seen face to face two days ago, except Sigurd
      // (20 days ago) and the tenant's own citizen (never) — the team's "not seen" threshold is 7 days.
      await owner.query(
        `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face, outcome_logged_at)
         SELECT $1, c.id, now() - make_interval(days => CASE WHEN c.id = $3 THEN 20 ELSE 2 END),
                now() - make_interval(days => CASE WHEN c.id = $3 THEN 20 ELSE 2 END) + interval '1 hour',
                'home', 'done', 60, true, now()
         FROM citizen c WHERE c.team_id = $2 AND c.id <> $4`,
        [x.tenantId, x.team.id, lapsed.id, x.citizen.id],
      );
      // Agreed plans (from the care-plan capability): one follow-up 3 days overdue, one in a month.
      for (const [citizen, days] of [[plan, -3], [later, 30]] as const) {
        await owner.query(
          `INSERT INTO care_plan_version (tenant_id, citizen_id, number, status, citizen_words, next_follow_up_on, agreed_on, agreed_how, participants, agreed_by, updated_by)
           VALUES ($1, $2, 1, 'agreed', 'Ro på', current_date + $3::int, current_date - 60, 'meeting', 'Borgeren', $4, $4)`,
          [x.tenantId, citizen.id, days, x.member.id],
        );
      }
      const today = toCopenhagenIsoDate(new Date());
      expect((await api.gql(BOARD_ON, { input: { citizenId: board.id, reason: 'Indlagt og udskrevet igen', placedOn: today } }, xc.member)).errors).toBeUndefined();
      expect((await api.gql(RAISE, { input: { citizenId: crisis.id, reason: 'Mistet sin bolig' } }, xc.member)).errors).toBeUndefined();
      // The rhythm's weekly meetings fall on the weekday five days from today, so none of them lies
      // between now and the meeting created 3 days ahead (an earlier open meeting would be prepared instead).
      const rhythmDay = new Date(`${toCopenhagenIsoDate(new Date(Date.now() + 5 * DAY_MS))}T12:00:00Z`).getUTCDay() || 7;
      await api.gql(SET_RHYTHM, { input: { teamId: x.team.id, cadence: 'WEEKLY', weekday: rhythmDay, startTime: '09:00', endTime: '10:00', place: 'Huset', reviewEveryMeetings: 4 } }, xc.leader);
      const startsAt = new Date(Date.now() + 3 * DAY_MS);
      const created = await api.gql(CREATE, { input: { teamId: x.team.id, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), place: 'Huset' } }, xc.leader);
      expect(created.data!.createTeamMeeting.agendaPreparedAt).not.toBeNull();
      const m = await detail(created.data!.createTeamMeeting.id, xc.leader);
      const items = m.items as Array<{ citizenName: string; reason: string; source: string }>;
      expect(items.slice(0, 3).map((i) => [i.citizenName, i.reason])).toEqual([
        ['Bo Tavle', 'TEAM_BOARD'],
        ['Karin Krise', 'CRISIS'],
        ['Palle Plan', 'PLAN_FOLLOW_UP_OVERDUE'],
      ]);
      expect(items.find((i) => i.citizenName === 'Lone Senere')?.reason ?? 'not urgent').not.toBe('PLAN_FOLLOW_UP_OVERDUE');
      expect(items.filter((i) => i.reason === 'CONTACT_LAPSED').map((i) => i.citizenName).sort()).toEqual(
        ['Sigurd Længe', x.citizen.name].sort(),
      );
      expect(items.findIndex((i) => i.reason === 'CONTACT_LAPSED')).toBe(3);
      // 11 active citizens, every 4 meetings: ceil(11 / 4) = 3 from the rotation.
      expect(items.filter((i) => i.reason === 'LONGEST_NOT_DISCUSSED')).toHaveLength(3);
      expect(items.every((i) => i.source === 'PREPARED')).toBe(true);

      // Preparing again gives the same agenda (deterministic) and keeps a touched item.
      await api.gql(UPDATE_ITEM, { input: { itemId: m.items[0].id, note: 'Ringet til hospitalet' } }, xc.member);
      const again = (await api.gql(PREPARE, { id: m.id }, xc.leader)).data!.prepareTeamMeetingAgenda;
      expect(again.items.map((i: { citizenId: string }) => i.citizenId)).toEqual(items.map((i: any) => i.citizenId));
      expect(again.items[0].note).toBe('Ringet til hospitalet');

      // Clearing the crisis takes the reason away at the next preparation.
      await api.gql(CLEAR, { id: crisis.id }, xc.member);
      const cleared = (await api.gql(PREPARE, { id: m.id }, xc.leader)).data!.prepareTeamMeetingAgenda;
      expect(cleared.items.find((i: any) => i.citizenId === crisis.id)?.reason ?? 'not on').not.toBe('CRISIS');
    });
  });

  describe('during and after the meeting', () => {
    let meetingId: string;
    let itemId: string;
    let taskId: string;

    beforeAll(async () => {
      meetingId = await newMeeting();
      const res = await api.gql(ADD_ITEM, { input: { meetingId, citizenId: t.citizen.id, title: 'Flytning', askedByCitizen: false, citizenAttends: false } }, c.member);
      expect(res.errors).toBeUndefined();
      itemId = (res.data!.addTeamMeetingItem.items as Array<{ id: string; source: string; citizenId: string }>).find(
        (i) => i.source === 'MEMBER' && i.citizenId === t.citizen.id,
      )!.id;
    });

    it("keeps the citizen's own items apart from staff items", async () => {
      const res = await api.gql(
        ADD_ITEM,
        { input: { meetingId, citizenId: t.citizen.id, title: 'Jeg vil gerne tale om min økonomi', askedByCitizen: true, citizenAttends: true } },
        c.member,
      );
      expect(res.errors).toBeUndefined();
      const m = res.data!.addTeamMeetingItem;
      expect(m.citizenItems).toEqual([
        expect.objectContaining({ source: 'CITIZEN', citizenId: t.citizen.id, title: 'Jeg vil gerne tale om min økonomi', citizenAttends: true }),
      ]);
      expect(m.items.some((i: { source: string }) => i.source === 'CITIZEN')).toBe(false);
      const refused = await api.gql(ADD_ITEM, { input: { meetingId, title: 'Uden borger', askedByCitizen: true, citizenAttends: false } }, c.member);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].extensions!.field).toBe('citizenId');
    });

    it('records attendance, a note, a decision and a task linked to the citizen', async () => {
      const att = await api.gql(ATTENDANCE, { input: { meetingId, attendance: [{ memberId: t.leader.memberId, present: true }, { memberId: t.member.memberId, present: false }] } }, c.leader);
      expect(att.errors).toBeUndefined();
      expect(att.data!.recordTeamMeetingAttendance.attendance).toEqual(
        expect.arrayContaining([
          { memberId: t.leader.memberId, present: true },
          { memberId: t.member.memberId, present: false },
        ]),
      );
      const note = await api.gql(UPDATE_ITEM, { input: { itemId, note: 'Borgeren vil gerne flytte tættere på sin søster.' } }, c.leader);
      expect(note.data!.updateTeamMeetingItem.note).toBe('Borgeren vil gerne flytte tættere på sin søster.');
      const decision = await api.gql(DECIDE, { input: { itemId, text: 'Vi søger om bolig sammen med borgeren.' } }, c.leader);
      expect(decision.errors).toBeUndefined();
      expect(decision.data!.addMeetingDecision).toMatchObject({ citizenId: t.citizen.id });
      const due = toCopenhagenIsoDate(new Date(Date.now() + 7 * DAY_MS));
      const task = await api.gql(TASK, { input: { itemId, assigneeMemberId: t.member.memberId, description: 'Ring til boligkontoret', dueDate: due } }, c.leader);
      expect(task.errors).toBeUndefined();
      expect(task.data!.addFollowUpTask).toMatchObject({ citizenId: t.citizen.id, citizenName: t.citizen.name, assigneeName: t.member.name, dueDate: due, done: false, overdue: false });
      taskId = task.data!.addFollowUpTask.id;
    });

    it("shows the task on the assignee's list and on the citizen overview; not to the other team", async () => {
      const mine = await api.gql(MY_TASKS, {}, c.member);
      expect(mine.data!.myFollowUpTasks.edges.map((e: any) => e.node.description)).toContain('Ring til boligkontoret');
      const leaders = await api.gql(MY_TASKS, {}, c.leader);
      expect(leaders.data!.myFollowUpTasks.edges.map((e: any) => e.node.description)).not.toContain('Ring til boligkontoret');

      const overview = await api.gql(CITIZEN, { id: t.citizen.id }, c.leader);
      expect(overview.data!.citizen.followUpTasks.map((x: any) => x.description)).toContain('Ring til boligkontoret');
      expect(overview.data!.citizen.meetingDecisions.map((x: any) => x.text)).toContain('Vi søger om bolig sammen med borgeren.');

      for (const cookie of [c.otherMember, c.steeringGroup, c.admin, oc.leader, oc.member]) {
        const res = await api.gql(MEETING, { id: meetingId }, cookie);
        expect(res.data).toBeNull();
        expect(errorCodes(res)[0]).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
        expect(JSON.stringify(res)).not.toContain('Ring til boligkontoret');
        const theirs = await api.gql(MY_TASKS, {}, cookie);
        expect(JSON.stringify(theirs)).not.toContain('Ring til boligkontoret');
      }
      // Another tenant cannot even find it.
      expect(errorCodes(await api.gql(MEETING, { id: meetingId }, oc.leader))).toEqual(['NOT_FOUND']);
    });

    it('completes a task once, whatever the number of taps', async () => {
      const [a, b] = await Promise.all([
        api.gql(COMPLETE, { input: { taskId } }, c.member),
        api.gql(COMPLETE, { input: { taskId } }, c.member),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(a.data!.completeFollowUpTask.doneAt).toBe(b.data!.completeFollowUpTask.doneAt);
      const open = await api.gql(MY_TASKS, {}, c.member);
      expect(open.data!.myFollowUpTasks.edges.map((e: any) => e.node.id)).not.toContain(taskId);
      const all = await api.gql(MY_TASKS, { done: true }, c.member);
      expect(all.data!.myFollowUpTasks.edges.find((e: any) => e.node.id === taskId).node.done).toBe(true);
    });

    it('has no minutes before it is closed; after, the minutes are final and every read is logged', async () => {
      expect(errorCodes(await api.gql(MINUTES, { id: meetingId }, c.member))).toEqual(['CONFLICT']);
      expect(errorCodes(await api.gql(CLOSE, { id: meetingId }, c.member))).toEqual(['FORBIDDEN']);
      expect((await api.gql(CLOSE, { id: meetingId }, c.leader)).errors).toBeUndefined();

      const res = await api.gql(MINUTES, { id: meetingId }, c.member);
      expect(res.errors).toBeUndefined();
      expect(res.data!.teamMeetingMinutes.heldAt).not.toBeNull();
      const rows = await accessLogRows(res.headers.get('x-request-id')!);
      const minutesRows = rows.filter((r) => r.operation === 'meeting.minutes.read');
      expect(minutesRows.map((r) => r.citizen_id)).toContain(t.citizen.id);
      expect(minutesRows.every((r) => r.actor_user_id === t.member.id && r.criterion === `meeting:${meetingId}`)).toBe(true);
      // One row per citizen in the minutes, not per item.
      expect(new Set(minutesRows.map((r) => r.citizen_id)).size).toBe(minutesRows.length);

      const late = await api.gql(DECIDE, { input: { itemId, text: 'For sent' } }, c.leader);
      expect(errorCodes(late)).toEqual(['CONFLICT']);
      const past = await api.gql(LIST, { teamId: t.team.id, period: 'PAST' }, c.member);
      expect(past.data!.teamMeetings.edges.map((e: any) => e.node.id)).toContain(meetingId);
    });
  });

  describe('crisis flags', () => {
    it('raises and clears a flag on the citizen overview; a second raise is a conflict', async () => {
      const owner = await ownerDataSource();
      const citizen = await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Active });
      const raised = await api.gql(RAISE, { input: { citizenId: citizen.id, reason: 'Truet med udsættelse' } }, c.member);
      expect(raised.data!.raiseCrisisFlag.crisisFlag.reason).toBe('Truet med udsættelse');
      expect(errorCodes(await api.gql(RAISE, { input: { citizenId: citizen.id, reason: 'Igen' } }, c.member))).toEqual(['CONFLICT']);
      expect(errorCodes(await api.gql(RAISE, { input: { citizenId: citizen.id, reason: 'Fremmed' } }, c.otherMember))).toEqual(['FORBIDDEN']);
      const cleared = await api.gql(CLEAR, { id: citizen.id }, c.member);
      expect(cleared.data!.clearCrisisFlag.crisisFlag).toBeNull();
      expect(errorCodes(await api.gql(CLEAR, { id: citizen.id }, c.member))).toEqual(['CONFLICT']);
    });
  });

  describe('bad input gives typed Danish errors and writes nothing', () => {
    let meetingId: string;
    beforeAll(async () => {
      meetingId = await newMeeting();
    });

    const cases: Array<[string, string, () => Record<string, unknown>, string, string?]> = [
      ['end before start', CREATE, () => ({ input: { teamId: t.team.id, startsAt: new Date(Date.now() + 900 * DAY_MS), endsAt: new Date(Date.now() + 899 * DAY_MS), place: 'X' } }), 'BAD_USER_INPUT', 'endsAt'],
      ['empty place', CREATE, () => ({ input: { teamId: t.team.id, startsAt: new Date(Date.now() + 901 * DAY_MS), endsAt: new Date(Date.now() + 901 * DAY_MS + 3600_000), place: '   ' } }), 'BAD_USER_INPUT', 'place'],
      ['rhythm end before start', SET_RHYTHM, () => ({ input: { teamId: t.team.id, cadence: 'WEEKLY', weekday: 2, startTime: '14:00', endTime: '13:00', place: 'X', reviewEveryMeetings: 4 } }), 'BAD_USER_INPUT', 'endTime'],
      ['rhythm time 25:00', SET_RHYTHM, () => ({ input: { teamId: t.team.id, cadence: 'WEEKLY', weekday: 2, startTime: '25:00', endTime: '26:00', place: 'X', reviewEveryMeetings: 4 } }), 'BAD_USER_INPUT', 'startTime'],
      ['rhythm weekday 8', SET_RHYTHM, () => ({ input: { teamId: t.team.id, cadence: 'WEEKLY', weekday: 8, startTime: '09:00', endTime: '10:00', place: 'X', reviewEveryMeetings: 4 } }), 'BAD_USER_INPUT', 'weekday'],
      ['review every 0 meetings', SET_RHYTHM, () => ({ input: { teamId: t.team.id, cadence: 'WEEKLY', weekday: 2, startTime: '09:00', endTime: '10:00', place: 'X', reviewEveryMeetings: 0 } }), 'BAD_USER_INPUT', 'reviewEveryMeetings'],
      ['13 meetings at once', FROM_RHYTHM, () => ({ input: { teamId: t.team.id, count: 13 } }), 'BAD_USER_INPUT', 'count'],
      ['item without subject', ADD_ITEM, () => ({ input: { meetingId, askedByCitizen: false, citizenAttends: false } }), 'BAD_USER_INPUT', 'title'],
      ['item for another team\'s citizen', ADD_ITEM, () => ({ input: { meetingId, citizenId: t.otherCitizen.id, askedByCitizen: false, citizenAttends: false } }), 'FORBIDDEN'],
      ['item for an unknown meeting', ADD_ITEM, () => ({ input: { meetingId: '00000000-0000-4000-8000-000000000000', title: 'X', askedByCitizen: false, citizenAttends: false } }), 'NOT_FOUND'],
      ['item title with control characters', ADD_ITEM, () => ({ input: { meetingId, title: 'A\u0007B', askedByCitizen: false, citizenAttends: false } }), 'BAD_USER_INPUT', 'title'],
      ['attendance of a stranger', ATTENDANCE, () => ({ input: { meetingId, attendance: [{ memberId: t.otherMember.memberId, present: true }] } }), 'BAD_USER_INPUT', 'attendance.0.memberId'],
      ['attendance id not a uuid', ATTENDANCE, () => ({ input: { meetingId, attendance: [{ memberId: "'; DROP TABLE team_meeting; --", present: true }] } }), 'BAD_USER_INPUT'],
      ['decision 10,000 characters', DECIDE, () => ({ input: { itemId: '00000000-0000-4000-8000-000000000000', text: 'x'.repeat(10_000) } }), 'BAD_USER_INPUT', 'text'],
      ['task for an unknown item', TASK, () => ({ input: { itemId: '00000000-0000-4000-8000-000000000000', assigneeMemberId: t.member.memberId, description: 'X', dueDate: '2030-01-01' } }), 'NOT_FOUND'],
      ['task with an impossible date', TASK, () => ({ input: { itemId: '00000000-0000-4000-8000-000000000000', assigneeMemberId: t.member.memberId, description: 'X', dueDate: '2030-02-31' } }), 'BAD_USER_INPUT', 'dueDate'],
      ['crisis without a reason', RAISE, () => ({ input: { citizenId: t.citizen.id, reason: '' } }), 'BAD_USER_INPUT', 'reason'],
    ];

    it.each(cases.map((c) => [c[0], c] as const))('%s', async (_label, [, doc, vars, code, field]) => {
      const before = await tenantChecksum(t.tenantId);
      const res = await api.gql(doc, vars(), c.leader);
      expect(res.status).toBeLessThan(500);
      expect(res.data).toBeNull();
      expect(errorCodes(res)[0]).toBe(code);
      if (field) expect(res.errors![0].extensions!.field).toBe(field);
      expect(looksDanish(res.errors![0].message)).toBe(true);
      expect(JSON.stringify(res.errors)).not.toContain('x'.repeat(1000));
      const after = await tenantChecksum(t.tenantId);
      if (code === 'FORBIDDEN') {
        // A refused read of another team's citizen stays in the access log; nothing else is written.
        const rows = await accessLogRows(res.headers.get('x-request-id')!);
        expect(rows.map((r) => r.operation)).toEqual(['citizen.read.denied']);
        expect({ ...after, access_log: null }).toEqual({ ...before, access_log: null });
      } else {
        expect(after).toEqual(before);
      }
    });

    it('a task for a member of another team is refused and writes nothing', async () => {
      const m = await detail(meetingId);
      const add = await api.gql(ADD_ITEM, { input: { meetingId, title: 'Fælles punkt', askedByCitizen: false, citizenAttends: false } }, c.leader);
      const id = add.data!.addTeamMeetingItem.items.find((i: any) => i.title === 'Fælles punkt').id;
      void m;
      const before = await tenantChecksum(t.tenantId);
      const res = await api.gql(TASK, { input: { itemId: id, assigneeMemberId: t.otherMember.memberId, description: 'X', dueDate: '2030-01-01' } }, c.leader);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe('assigneeMemberId');
      expect(await tenantChecksum(t.tenantId)).toEqual(before);
    });
  });

  describe('statement counts', () => {
    it('a meeting with 10 or 60 items, and a citizen list with tasks, cost the same number of statements', async () => {
      const x = await createTestTenant();
      const xc = await api.login(x.leader.email, x.password);
      const counts: number[] = [];
      for (const n of [10, 60]) {
        const ids = await insertCitizens(x.tenantId, x.team.id, n, `Møde${n}`);
        const startsAt = new Date(Date.now() + n * DAY_MS);
        const created = await api.gql(CREATE, { input: { teamId: x.team.id, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), place: 'X' } }, xc);
        const id = created.data!.createTeamMeeting.id;
        for (const citizenId of ids) {
          const owner = await ownerDataSource();
          await owner.query(
            `INSERT INTO team_meeting_item (tenant_id, meeting_id, citizen_id, source, title, position) VALUES ($1, $2, $3, 'member', 'X', 1)`,
            [x.tenantId, id, citizenId],
          );
        }
        counts.push(await api.countQueries(() => api.gql(MEETING, { id }, xc)));
        // Clean the team so the second round starts from the same shape.
        const owner = await ownerDataSource();
        await owner.query(`UPDATE citizen SET status = 'ended' WHERE id = ANY($1)`, [ids]);
      }
      expect(counts[0]).toBe(counts[1]);
    });
  });
});
