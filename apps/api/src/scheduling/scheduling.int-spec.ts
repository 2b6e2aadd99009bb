/**
 * Meeting series and occurrences through GraphQL as the real API runs them (application role,
 * RLS, request transactions, audit): create with the first occurrences at once, DST-proof local
 * times, change and end a series, move / cancel / held / not held, the sparring case kept to the
 * team, the evaluation day's guide and linked team meeting, held/planned aggregates, and typed
 * refusals in Danish that write nothing.
 */
import { createTestTenant, ownerDataSource } from '@act/db/testing';
import { addDays, copenhagenToday, toCopenhagenIsoDate } from '@act/domain';
import type { ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';
import type { TestTenant } from '@act/db/testing';

const OCC = `id seriesId kind kindLabel title teamId originalDate date startsAt endsAt place moved status statusReason teamMeetingId remindAt
  attendees { memberId name }`;
const SERIES = `id kind kindLabel teamId memberId memberName title startDate startTime durationMinutes place supervisorName supervisorEmail
  remindMinutesBefore endedOn rule { rrule frequency interval weekdays monthDay nth weekday until count text }
  nextOccurrences(first: 6) { ${OCC} }`;
const CREATE = `mutation($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { ${SERIES} } }`;
const UPDATE = `mutation($input: UpdateMeetingSeriesInput!) { updateMeetingSeries(input: $input) { ${SERIES} } }`;
const END = `mutation($input: EndMeetingSeriesInput!) { endMeetingSeries(input: $input) { ${SERIES} } }`;
const BY_ID = `query($id: ID!) { meetingSeriesById(id: $id) { ${SERIES} } }`;
const LIST = `query($teamId: ID) { meetingSeries(teamId: $teamId) { id kind title } }`;
const OCCURRENCE = `query($id: ID!) { meetingOccurrence(id: $id) { ${OCC} guide { key title points { key text } } } }`;
const TEAM_OCC = `query($teamId: ID!, $from: String!, $to: String!, $kinds: [MeetingKind!], $first: Int, $after: String) {
  teamOccurrences(teamId: $teamId, from: $from, to: $to, kinds: $kinds, first: $first, after: $after) {
    edges { cursor node { ${OCC} } } pageInfo { hasNextPage endCursor } } }`;
const STEERING_OCC = `query($from: String!, $to: String!) { steeringOccurrences(from: $from, to: $to) { edges { node { ${OCC} } } } }`;
const MOVE = `mutation($input: MoveOccurrenceInput!) { moveOccurrence(input: $input) { ${OCC} } }`;
const CANCEL = `mutation($input: OccurrenceReasonInput!) { cancelOccurrence(input: $input) { ${OCC} } }`;
const HELD = `mutation($input: MarkOccurrenceHeldInput!) { markOccurrenceHeld(input: $input) { ${OCC} } }`;
const NOT_HELD = `mutation($input: OccurrenceReasonInput!) { markOccurrenceNotHeld(input: $input) { ${OCC} } }`;
const REOPEN = `mutation($id: ID!) { reopenOccurrence(id: $id) { ${OCC} } }`;
const CASE = `mutation($input: SetSparringCaseInput!) { setSparringCase(input: $input) { id sparringCase { presenterMemberId presenterName citizen { id name } } } }`;
const READ_CASE = `query($id: ID!) { meetingOccurrence(id: $id) { id sparringCase { presenterName citizen { id name } } } }`;
const STATS = `query($from: String!, $to: String!, $teamId: ID) { heldPlannedStats(from: $from, to: $to, teamId: $teamId) {
  teamId teamName kind month planned held notHeld cancelled total } }`;

const localTime = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso)).replace('.', ':');

describe('meeting series and occurrences through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  useApiSuite((s) => ({ api, t, c } = s));

  const today = () => copenhagenToday();
  const ok = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const res = await api.gql(query, variables, cookie);
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, any>;
  };
  const base = (over: Record<string, unknown> = {}) => ({
    kind: 'SUPERVISION',
    teamId: t.team.id,
    title: 'Supervision med ekstern supervisor',
    rule: { frequency: 'MONTHLY', interval: 1, nth: 2, weekday: 2 },
    startDate: today(),
    startTime: '13:00',
    durationMinutes: 90,
    place: 'Mødelokalet',
    supervisorName: 'Karen Ekstern',
    supervisorEmail: 'karen@supervision.dk',
    ...over,
  });
  type OccurrenceRow = { id: string; original_date: string; starts_at: Date; status: string; moved: boolean; remind_at: Date | null; reminded_at: Date | null; team_meeting_id: string | null };
  /** Occurrences of a series (owner role), oldest first. */
  const rowsOf = async (seriesId: string): Promise<OccurrenceRow[]> =>
    (await ownerDataSource()).query(
      `SELECT id, original_date::text, starts_at, status, moved, remind_at, reminded_at, team_meeting_id FROM meeting_occurrence WHERE series_id = $1 ORDER BY starts_at`,
      [seriesId],
    );

  describe('creating a series', () => {
    it('a monthly "second Tuesday 13:00" supervision shows its next occurrences at once, each at 13:00 local time', async () => {
      const data = await ok(CREATE, { input: base({ memberId: t.member.memberId }) }, c.leader);
      const s = data.createMeetingSeries;
      expect(s).toMatchObject({
        kind: 'SUPERVISION',
        kindLabel: 'Supervision',
        memberId: t.member.memberId,
        memberName: t.member.name,
        supervisorName: 'Karen Ekstern',
        remindMinutesBefore: 1440,
        rule: { rrule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU', frequency: 'MONTHLY', interval: 1, nth: 2, weekday: 2, text: 'Hver måned, anden tirsdag i måneden' },
      });
      expect(s.nextOccurrences.length).toBeGreaterThanOrEqual(3);
      for (const o of s.nextOccurrences) {
        const day = Number(o.date.slice(8, 10));
        expect([new Date(`${o.date}T12:00:00Z`).getUTCDay(), day >= 8 && day <= 14, localTime(o.startsAt)]).toEqual([2, true, '13:00']);
        expect((Date.parse(o.endsAt) - Date.parse(o.startsAt)) / 60_000).toBe(90);
        expect(Date.parse(o.remindAt)).toBe(Date.parse(o.startsAt) - 1440 * 60_000);
        expect(o).toMatchObject({ status: 'PLANNED', moved: false, kindLabel: 'Supervision', title: 'Supervision med ekstern supervisor' });
      }
    });

    it('a weekly 09:00 series across the October DST change stays at 09:00 local time', async () => {
      const now = new Date();
      const year = now.getUTCMonth() >= 10 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
      const data = await ok(
        CREATE,
        { input: base({ kind: 'SPARRING', supervisorName: null, supervisorEmail: null, startDate: `${year}-10-12`, startTime: '09:00', durationMinutes: 60, rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 3, 7], until: `${year}-11-08` } }) },
        c.leader,
      );
      const list = await ok(TEAM_OCC, { teamId: t.team.id, from: `${year}-10-12`, to: `${year}-11-08`, kinds: ['SPARRING'], first: 100 }, c.member);
      const mine = list.teamOccurrences.edges.map((e: any) => e.node).filter((o: any) => o.seriesId === data.createMeetingSeries.id);
      expect(mine).toHaveLength(12);
      expect(new Set(mine.map((o: any) => localTime(o.startsAt)))).toEqual(new Set(['09:00']));
      const utcHours = mine.map((o: any) => new Date(o.startsAt).getUTCHours());
      expect(utcHours).toContain(7); // summer time
      expect(utcHours).toContain(8); // winter time
      // The last Sunday of October (the change itself) has its one occurrence at 09:00 local, 08:00 UTC.
      const change = mine.find((o: any) => o.date === lastSundayOfOctober(year))!;
      expect(new Date(change.startsAt).getUTCHours()).toBe(8);
      expect(new Set(mine.map((o: any) => o.originalDate)).size).toBe(12);
    });

    it('refuses bad rules and bad combinations in Danish, writing nothing', async () => {
      const before = await tenantChecksum(t.tenantId);
      const cases: Array<[Record<string, unknown>, string]> = [
        [base({ rule: { frequency: 'WEEKLY', interval: 1 } }), 'BAD_USER_INPUT'],
        [base({ rule: { frequency: 'WEEKLY', interval: 0, weekdays: [1] } }), 'BAD_USER_INPUT'],
        [base({ rule: { frequency: 'WEEKLY', interval: 6, weekdays: [1] } }), 'BAD_USER_INPUT'],
        [base({ rule: { frequency: 'MONTHLY', interval: 1, monthDay: 3, nth: 2, weekday: 2 } }), 'BAD_USER_INPUT'],
        [base({ rule: { frequency: 'MONTHLY', interval: 3, until: '2020-01-01' } }), 'BAD_USER_INPUT'],
        [base({ rule: { frequency: 'MONTHLY', interval: 1, until: addDays(today(), 400), count: 3 } }), 'BAD_USER_INPUT'],
        [base({ kind: 'TEAM_MEETING', supervisorName: null, supervisorEmail: null }), 'BAD_USER_INPUT'],
        [base({ kind: 'SPARRING' }), 'BAD_USER_INPUT'], // a supervisor on sparring
        [base({ memberId: t.otherMember.memberId }), 'BAD_USER_INPUT'],
        [base({ startTime: '25:00' }), 'BAD_USER_INPUT'],
        [base({ durationMinutes: 5 }), 'BAD_USER_INPUT'],
        [base({ supervisorEmail: 'ikke-en-adresse' }), 'BAD_USER_INPUT'],
      ];
      for (const [input, code] of cases) {
        const res = await api.gql(CREATE, { input }, c.leader);
        expect([JSON.stringify(input.rule), errorCodes(res)]).toEqual([JSON.stringify(input.rule), [code]]);
        expect([res.errors![0].message, looksDanish(res.errors![0].message)]).toEqual([res.errors![0].message, true]);
      }
      expect(await tenantChecksum(t.tenantId)).toEqual(before);
    });

    it('only the leader plans a team\'s series and only the steering group its own; other teams are refused', async () => {
      const before = await tenantChecksum(t.tenantId);
      expect(errorCodes(await api.gql(CREATE, { input: base() }, c.member))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(CREATE, { input: base({ teamId: t.otherTeam.id }) }, c.leader))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(CREATE, { input: base() }, c.steeringGroup))).toEqual(['FORBIDDEN']);
      const steering = base({ kind: 'STEERING_MEETING', teamId: null, supervisorName: null, supervisorEmail: null, title: 'Styregruppe' });
      expect(errorCodes(await api.gql(CREATE, { input: steering }, c.leader))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(CREATE, { input: { ...steering, teamId: t.team.id } }, c.steeringGroup))).toEqual(['BAD_USER_INPUT']);
      expect(await tenantChecksum(t.tenantId)).toEqual(before);

      const created = (await ok(CREATE, { input: { ...steering, rule: { frequency: 'MONTHLY', interval: 3, monthDay: 15 } } }, c.steeringGroup)).createMeetingSeries;
      expect(created).toMatchObject({ kind: 'STEERING_MEETING', teamId: null, kindLabel: 'Styregruppemøde', rule: { text: 'Hvert kvartal den 15.' } });
      const mine = await ok(STEERING_OCC, { from: today(), to: addDays(today(), 380) }, c.steeringGroup);
      expect(mine.steeringOccurrences.edges.length).toBeGreaterThanOrEqual(4);
      // Without a team id, the steering group lists its own series (the argument is optional, not a bad id).
      expect((await ok(LIST, {}, c.steeringGroup)).meetingSeries.map((s: any) => s.id)).toEqual([created.id]);
      expect((await ok(LIST, { teamId: null }, c.steeringGroup)).meetingSeries.map((s: any) => s.id)).toEqual([created.id]);
      expect(errorCodes(await api.gql(LIST, { teamId: 'nope' }, c.steeringGroup))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(STEERING_OCC, { from: today(), to: addDays(today(), 30) }, c.leader))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(BY_ID, { id: created.id }, c.leader))).toEqual(['FORBIDDEN']);

      // A team's series: its own members read them; another team's member and the steering group do not.
      const team = (await ok(CREATE, { input: base() }, c.leader)).createMeetingSeries;
      expect((await ok(LIST, { teamId: t.team.id }, c.member)).meetingSeries.map((s: any) => s.id)).toContain(team.id);
      expect(errorCodes(await api.gql(BY_ID, { id: team.id }, c.otherMember))).toEqual(['NOT_FOUND']); // as an id that exists nowhere
      expect(errorCodes(await api.gql(LIST, { teamId: t.team.id }, c.otherMember))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(BY_ID, { id: team.id }, c.steeringGroup))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(OCCURRENCE, { id: team.nextOccurrences[0].id }, c.otherMember))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(BY_ID, { id: '00000000-0000-4000-8000-000000000000' }, c.leader))).toEqual(['NOT_FOUND']);
    });

    it('pages a team\'s occurrences with cursors', async () => {
      const from = today();
      const to = addDays(today(), 120);
      const all = await ok(TEAM_OCC, { teamId: t.team.id, from, to, first: 100 }, c.member);
      const first = await ok(TEAM_OCC, { teamId: t.team.id, from, to, first: 2 }, c.member);
      expect(first.teamOccurrences.pageInfo.hasNextPage).toBe(true);
      const second = await ok(TEAM_OCC, { teamId: t.team.id, from, to, first: 2, after: first.teamOccurrences.pageInfo.endCursor }, c.member);
      const ids = [...first.teamOccurrences.edges, ...second.teamOccurrences.edges].map((e: any) => e.node.id);
      expect(ids).toEqual(all.teamOccurrences.edges.slice(0, 4).map((e: any) => e.node.id));
      expect(errorCodes(await api.gql(TEAM_OCC, { teamId: t.team.id, from, to: addDays(from, 500) }, c.member))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('changing and ending a series', () => {
    it('a new time applies to future planned occurrences; held, moved and cancelled ones stay', async () => {
      const start = addDays(today(), -14);
      const s = (await ok(CREATE, { input: base({ kind: 'SPARRING', supervisorName: null, supervisorEmail: null, startDate: start, startTime: '10:00', rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] } }) }, c.leader)).createMeetingSeries;
      const rows = await rowsOf(s.id);
      const past = rows.find((r) => r.original_date === start)!;
      await ok(HELD, { input: { id: past.id, attendeeMemberIds: [t.member.memberId] } }, c.leader);
      const [a, b] = s.nextOccurrences.filter((o: any) => o.date > addDays(today(), 2));
      await ok(MOVE, { input: { id: a.id, date: a.date, startTime: '15:00', durationMinutes: 60 } }, c.leader);
      await ok(CANCEL, { input: { id: b.id, reason: 'Ferie' } }, c.leader);

      const updated = (await ok(UPDATE, { input: { id: s.id, startTime: '08:30', title: 'Sparring om forløb' } }, c.leader)).updateMeetingSeries;
      expect(updated).toMatchObject({ startTime: '08:30', title: 'Sparring om forløb' });
      const after = await rowsOf(s.id);
      expect(after.find((r) => r.id === past.id)?.status).toBe('held');
      expect(after.find((r) => r.id === a.id)).toMatchObject({ moved: true });
      expect(localTime(after.find((r) => r.id === a.id)!.starts_at.toISOString())).toBe('15:00');
      expect(after.find((r) => r.id === b.id)?.status).toBe('cancelled');
      const futurePlanned = after.filter((r) => r.status === 'planned' && !r.moved && r.starts_at.getTime() > Date.now());
      expect(futurePlanned.length).toBeGreaterThan(20);
      expect(new Set(futurePlanned.map((r) => localTime(r.starts_at.toISOString())))).toEqual(new Set(['08:30']));
      expect(new Set(after.map((r) => r.original_date)).size).toBe(after.length);

      // A new place only: same occurrences, the planned ones take the place.
      const ids = after.map((r) => r.id).sort();
      await ok(UPDATE, { input: { id: s.id, place: 'Lokale 2' } }, c.leader);
      expect((await rowsOf(s.id)).map((r) => r.id).sort()).toEqual(ids);
      const next = (await ok(BY_ID, { id: s.id }, c.member)).meetingSeriesById.nextOccurrences;
      // Today's occurrence may already have started (its place stays); every later one takes the new place.
      const upcoming = next.filter((o: any) => !o.moved && o.status === 'PLANNED' && new Date(o.startsAt).getTime() > Date.now());
      expect(upcoming.length).toBeGreaterThan(0);
      expect(upcoming.every((o: any) => o.place === 'Lokale 2')).toBe(true);
    });

    it('ending a series removes planned occurrences after the last date, and it can no longer be changed', async () => {
      const s = (await ok(CREATE, { input: base({ kind: 'SPARRING', supervisorName: null, supervisorEmail: null, rule: { frequency: 'WEEKLY', interval: 1, weekdays: [2, 4] } }) }, c.leader)).createMeetingSeries;
      const lastDate = addDays(today(), 14);
      expect(errorCodes(await api.gql(END, { input: { id: s.id, lastDate: addDays(today(), -30) } }, c.leader))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(END, { input: { id: s.id, lastDate } }, c.member))).toEqual(['FORBIDDEN']);
      const ended = (await ok(END, { input: { id: s.id, lastDate } }, c.leader)).endMeetingSeries;
      expect(ended.endedOn).toBe(lastDate);
      const rows = await rowsOf(s.id);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => toCopenhagenIsoDate(r.starts_at) <= lastDate)).toBe(true);
      expect(errorCodes(await api.gql(UPDATE, { input: { id: s.id, title: 'Ny' } }, c.leader))).toEqual(['CONFLICT']);
    });
  });

  describe('one occurrence', () => {
    it('moving updates the times and the reminder; a reminder already sent is sent again for a new time ahead', async () => {
      const s = (await ok(CREATE, { input: base({ kind: 'SPARRING', supervisorName: null, supervisorEmail: null, remindMinutesBefore: 60, rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5] } }) }, c.leader)).createMeetingSeries;
      const o = s.nextOccurrences.at(-1);
      await (await ownerDataSource()).query(`UPDATE meeting_occurrence SET reminded_at = now() WHERE id = $1`, [o.id]);
      const date = addDays(o.date, 10);
      const moved = (await ok(MOVE, { input: { id: o.id, date, startTime: '14:15', durationMinutes: 45, place: 'Kantinen' } }, c.leader)).moveOccurrence;
      expect(moved).toMatchObject({ date, originalDate: o.originalDate, moved: true, place: 'Kantinen', status: 'PLANNED' });
      expect(localTime(moved.startsAt)).toBe('14:15');
      expect(Date.parse(moved.remindAt)).toBe(Date.parse(moved.startsAt) - 60 * 60_000);
      expect((await rowsOf(s.id)).find((r) => r.id === o.id)?.reminded_at).toBeNull();
      expect(errorCodes(await api.gql(MOVE, { input: { id: o.id, date, startTime: '14:15', durationMinutes: 45 } }, c.member))).toEqual(['FORBIDDEN']);
    });

    it('cancel, held with attendees, not held with a reason, reopen — and what is refused', async () => {
      const s = (await ok(CREATE, { input: base({ kind: 'SPARRING', supervisorName: null, supervisorEmail: null, startDate: addDays(today(), -3), startTime: '00:15', rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] } }) }, c.leader)).createMeetingSeries;
      const rows = await rowsOf(s.id);
      const past = rows[0];
      const future = s.nextOccurrences.find((o: any) => Date.parse(o.startsAt) > Date.now() + 86_400_000);

      const notStarted = await api.gql(HELD, { input: { id: future.id, attendeeMemberIds: [] } }, c.leader);
      expect(errorCodes(notStarted)).toEqual(['BAD_USER_INPUT']);
      expect(looksDanish(notStarted.errors![0].message)).toBe(true);
      expect(errorCodes(await api.gql(HELD, { input: { id: past.id, attendeeMemberIds: [t.otherMember.memberId] } }, c.leader))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(HELD, { input: { id: past.id, attendeeMemberIds: [] } }, c.member))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(HELD, { input: { id: past.id, attendeeMemberIds: [] } }, c.otherMember))).toEqual(['FORBIDDEN']); // a member plans nothing

      const held = (await ok(HELD, { input: { id: past.id, attendeeMemberIds: [t.member.memberId, t.leader.memberId] } }, c.leader)).markOccurrenceHeld;
      expect(held.status).toBe('HELD');
      expect(held.attendees.map((a: any) => a.memberId).sort()).toEqual([t.member.memberId, t.leader.memberId].sort());
      const notHeld = (await ok(NOT_HELD, { input: { id: past.id, reason: 'Supervisor syg' } }, c.leader)).markOccurrenceNotHeld;
      expect(notHeld).toMatchObject({ status: 'NOT_HELD', statusReason: 'Supervisor syg', attendees: [] });
      expect(errorCodes(await api.gql(NOT_HELD, { input: { id: past.id, reason: '   ' } }, c.leader))).toEqual(['BAD_USER_INPUT']);

      const cancelled = (await ok(CANCEL, { input: { id: future.id, reason: 'Ferie' } }, c.leader)).cancelOccurrence;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReason: 'Ferie' });
      expect(errorCodes(await api.gql(MOVE, { input: { id: future.id, date: future.date, startTime: '10:00', durationMinutes: 60 } }, c.leader))).toEqual(['CONFLICT']);
      const reopened = (await ok(REOPEN, { id: future.id }, c.leader)).reopenOccurrence;
      expect(reopened).toMatchObject({ status: 'PLANNED', statusReason: null });
    });

    it('the sparring case: a citizen of the team, seen by the team only, and logged', async () => {
      const s = (await ok(CREATE, { input: base({ kind: 'SPARRING', supervisorName: null, supervisorEmail: null }) }, c.leader)).createMeetingSeries;
      const o = s.nextOccurrences[0];
      expect(errorCodes(await api.gql(CASE, { input: { occurrenceId: o.id, presenterMemberId: t.member.memberId, citizenId: t.otherCitizen.id } }, c.member))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(CASE, { input: { occurrenceId: o.id, presenterMemberId: t.otherMember.memberId, citizenId: t.citizen.id } }, c.member))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(CASE, { input: { occurrenceId: o.id, presenterMemberId: t.member.memberId, citizenId: t.citizen.id } }, c.otherMember))).toEqual(['NOT_FOUND']);
      const set = await api.gql(CASE, { input: { occurrenceId: o.id, presenterMemberId: t.member.memberId, citizenId: t.citizen.id } }, c.member);
      expect(set.errors).toBeUndefined();
      expect(set.data!.setSparringCase.sparringCase).toMatchObject({ presenterName: t.member.name, citizen: { id: t.citizen.id, name: t.citizen.name } });
      const owner = await ownerDataSource();
      const logged = await owner.query(`SELECT operation FROM access_log WHERE request_id = $1 AND citizen_id = $2`, [set.headers.get('x-request-id'), t.citizen.id]);
      expect(logged.map((r: any) => r.operation)).toEqual(expect.arrayContaining(['sparring-case.set', 'sparring-case.read']));

      const read = await api.gql(READ_CASE, { id: o.id }, c.leader);
      expect(read.data!.meetingOccurrence.sparringCase.citizen.name).toBe(t.citizen.name);
      // Not a case for another kind of meeting.
      const sup = (await ok(CREATE, { input: base() }, c.leader)).createMeetingSeries;
      expect(errorCodes(await api.gql(CASE, { input: { occurrenceId: sup.nextOccurrences[0].id, presenterMemberId: t.member.memberId, citizenId: t.citizen.id } }, c.leader))).toEqual(['BAD_USER_INPUT']);
    });

    it('an evaluation day carries the meeting guide and a team meeting whose items, decisions and tasks work', async () => {
      const s = (await ok(CREATE, { input: base({ kind: 'EVALUATION_DAY', supervisorName: null, supervisorEmail: null, title: 'Evalueringsdag', startTime: '09:00', durationMinutes: 360, rule: { frequency: 'MONTHLY', interval: 6, monthDay: 20 } }) }, c.leader)).createMeetingSeries;
      const o = (await ok(OCCURRENCE, { id: s.nextOccurrences[0].id }, c.member)).meetingOccurrence;
      expect(o.kindLabel).toBe('Evaluerings- og refleksionsdag');
      expect(o.guide.map((g: any) => g.key)).toEqual(['bring', 'reflect', 'decide']);
      expect(o.guide[0].points.length).toBeGreaterThan(0);
      expect(o.teamMeetingId).toBeTruthy();
      const item = await ok(`mutation($input: AddMeetingItemInput!) { addTeamMeetingItem(input: $input) { items { id title } } }`, { input: { meetingId: o.teamMeetingId, title: 'Hvad ændrer vi?' } }, c.member);
      const itemId = item.addTeamMeetingItem.items.find((i: any) => i.title === 'Hvad ændrer vi?').id;
      await ok(`mutation($input: AddDecisionInput!) { addMeetingDecision(input: $input) { id } }`, { input: { itemId, text: 'Vi mødes om morgenen' } }, c.member);
      await ok(
        `mutation($input: AddFollowUpTaskInput!) { addFollowUpTask(input: $input) { id } }`,
        { input: { itemId, assigneeMemberId: t.member.memberId, description: 'Ret mødeplanen', dueDate: addDays(today(), 30) } },
        c.member,
      );
      const meeting = await ok(`query($id: ID!) { teamMeeting(id: $id) { items { title decisions { text } tasks { description } } } }`, { id: o.teamMeetingId }, c.leader);
      expect(meeting.teamMeeting.items.find((i: any) => i.title === 'Hvad ændrer vi?')).toMatchObject({ decisions: [{ text: 'Vi mødes om morgenen' }], tasks: [{ description: 'Ret mødeplanen' }] });
      // Moving the day moves its team meeting.
      const moved = (await ok(MOVE, { input: { id: o.id, date: addDays(o.date, 1), startTime: '10:00', durationMinutes: 300 } }, c.leader)).moveOccurrence;
      const tm = await (await ownerDataSource()).query(`SELECT starts_at, ends_at FROM team_meeting WHERE id = $1`, [o.teamMeetingId]);
      expect([tm[0].starts_at.toISOString(), tm[0].ends_at.toISOString()]).toEqual([moved.startsAt, moved.endsAt]);
    });
  });

  describe('statements per request', () => {
    it('a team\'s occurrences with title, attendees and guide, and series with their next occurrences, cost the same for 5 or 40', async () => {
      const x = await createTestTenant();
      const xc = await api.login(x.leader.email, x.password);
      const start = addDays(today(), -2);
      const fields = `edges { node { id title kindLabel attendees { name } guide { key } sparringCase { presenterName } } }`;
      const occ = (first: number) => api.countQueries(() => api.gql(`query($t: ID!, $f: String!, $to: String!, $n: Int) { teamOccurrences(teamId: $t, from: $f, to: $to, first: $n) { ${fields} } }`, { t: x.team.id, f: start, to: addDays(start, 60), n: first }, xc));
      const series = () => api.countQueries(() => api.gql(`query($t: ID!) { meetingSeries(teamId: $t) { id memberName nextOccurrences(first: 5) { id title attendees { name } } } }`, { t: x.team.id }, xc));
      const make = async (kind: string, startTime: string) => {
        const s = (await ok(CREATE, { input: { ...base({ teamId: x.team.id, supervisorName: null, supervisorEmail: null }), kind, startDate: start, startTime, rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] } } }, xc)).createMeetingSeries;
        const [past] = await rowsOf(s.id);
        await ok(HELD, { input: { id: past.id, attendeeMemberIds: [x.leader.memberId, x.member.memberId] } }, xc);
      };
      await make('SPARRING', '00:05');
      const few = [await occ(5), await series()];
      await make('EVALUATION_DAY', '00:10');
      await make('SUPERVISION', '00:15');
      const many = [await occ(40), await series()];
      expect(many).toEqual(few);
      console.log(`[scheduling] statements: teamOccurrences ${few[0]} (5 and 40 occurrences), meetingSeries ${few[1]} (1 and 3 series)`);
    });
  });

  describe('held versus planned', () => {
    it('counts per team, kind and month; the steering group sees every team, a leader their own, names never', async () => {
      const start = addDays(today(), -10);
      const s = (await ok(CREATE, { input: base({ kind: 'SPARRING', supervisorName: null, supervisorEmail: null, startDate: start, startTime: '00:30', rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7], count: 4 } }) }, c.leader)).createMeetingSeries;
      const rows = await rowsOf(s.id);
      expect(rows).toHaveLength(4);
      const range = { from: start, to: addDays(start, 3), teamId: t.team.id };
      const before = (await ok(STATS, range, c.leader)).heldPlannedStats.filter((r: any) => r.kind === 'SPARRING');
      await ok(HELD, { input: { id: rows[0].id, attendeeMemberIds: [t.member.memberId] } }, c.leader);
      await ok(HELD, { input: { id: rows[1].id, attendeeMemberIds: [] } }, c.leader);
      await ok(NOT_HELD, { input: { id: rows[2].id, reason: 'Travlt' } }, c.leader);
      await ok(CANCEL, { input: { id: rows[3].id, reason: 'Helligdag' } }, c.leader);
      const sum = (list: any[], k: string) => list.filter((r) => r.kind === 'SPARRING').reduce((n, r) => n + r[k], 0);
      const after = (await ok(STATS, range, c.leader)).heldPlannedStats;
      expect({ held: sum(after, 'held') - sum(before, 'held'), notHeld: sum(after, 'notHeld') - sum(before, 'notHeld'), cancelled: sum(after, 'cancelled') - sum(before, 'cancelled'), planned: sum(after, 'planned') - sum(before, 'planned') })
        .toEqual({ held: 2, notHeld: 1, cancelled: 1, planned: -4 });
      expect(after.every((r: any) => r.total === r.planned + r.held + r.notHeld + r.cancelled && /^\d{4}-\d{2}$/.test(r.month))).toBe(true);

      const steering = await api.gql(STATS, { from: start, to: addDays(start, 3) }, c.steeringGroup);
      expect(steering.errors).toBeUndefined();
      expect(steering.data!.heldPlannedStats.filter((r: any) => r.teamId === t.team.id && r.kind === 'SPARRING').reduce((n: number, r: any) => n + r.held, 0)).toBe(sum(after, 'held'));
      const text = JSON.stringify(steering.data);
      for (const secret of [t.member.name, t.leader.name, t.citizen.name, t.member.memberId, s.id]) expect(text).not.toContain(secret);

      expect(errorCodes(await api.gql(STATS, range, c.member))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(STATS, { ...range, teamId: t.otherTeam.id }, c.leader))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(STATS, range, c.admin))).toEqual(['FORBIDDEN']);
      // A leader without teamId sees only the teams they lead.
      const own = (await ok(STATS, { from: start, to: addDays(start, 3) }, c.leader)).heldPlannedStats;
      expect(new Set(own.map((r: any) => r.teamId))).toEqual(new Set([t.team.id]));
    });
  });
});

function lastSundayOfOctober(year: number): string {
  const d = new Date(Date.UTC(year, 9, 31));
  d.setUTCDate(31 - d.getUTCDay());
  return d.toISOString().slice(0, 10);
}
