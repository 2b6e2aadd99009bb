/**
 * Scheduling beyond the series screens: the team meeting rhythm is the team's team-meeting series
 * (its meetings appear by themselves, a change moves the untouched ones), a change nudges the
 * worker's queue after commit, and occurrences show in "my week", the team week and the personal
 * calendar feed with the kind's name, time and place — never a title or a sparring citizen.
 */
import { ownerDataSource, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday, isoWeekStart } from '@act/domain';
import IORedis from 'ioredis';
import { loadConfig } from '../config';
import type { ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import type { Cookies } from '../testing/db-state';

const SET_RHYTHM = `mutation($input: SetMeetingRhythmInput!) { setTeamMeetingRhythm(input: $input) { teamId } }`;
const CREATE = `mutation($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id nextOccurrences(first: 3) { id date startsAt } } }`;
const CASE = `mutation($input: SetSparringCaseInput!) { setSparringCase(input: $input) { id } }`;
const WEEK = `query($weekOf: String) { myWeek(weekOf: $weekOf) { from to meetings { id kind kindLabel startsAt place status } } }`;
const TEAM_WEEK = `query($teamId: ID!, $weekOf: String) { teamWeek(teamId: $teamId, weekOf: $weekOf) { meetings { id kind } } }`;

const localTime = (d: Date) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hour12: false }).format(d).replace('.', ':');

describe('scheduling in the rhythm, the queue, my week and the calendar feed', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  useApiSuite((s) => ({ api, t, c } = s));

  const ok = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const res = await api.gql(query, variables, cookie);
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, any>;
  };
  const rhythm = (over: Record<string, unknown> = {}) => ({
    input: { teamId: t.team.id, cadence: 'WEEKLY', weekday: 3, startTime: '09:00', endTime: '10:30', place: 'Mødelokalet', reviewEveryMeetings: 4, ...over },
  });
  type Row = { id: string; starts_at: Date; place: string; status: string; team_meeting_id: string | null; tm_starts_at: Date | null; tm_place: string | null };
  const teamMeetingRows = async (): Promise<Row[]> =>
    (await ownerDataSource()).query(
      `SELECT o.id, o.starts_at, o.place, o.status, o.team_meeting_id, tm.starts_at AS tm_starts_at, tm.place AS tm_place
       FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id LEFT JOIN team_meeting tm ON tm.id = o.team_meeting_id
       WHERE s.team_id = $1 AND s.kind = 'team_meeting' AND s.ended_on IS NULL AND o.starts_at > now() ORDER BY o.starts_at`,
      [t.team.id],
    );

  it('setting the rhythm creates the team meetings ahead, once; a change moves the untouched ones and keeps the rest', async () => {
    await ok(SET_RHYTHM, rhythm(), c.leader);
    const first = await teamMeetingRows();
    expect(first.length).toBeGreaterThanOrEqual(7);
    for (const r of first) {
      expect([new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', weekday: 'short' }).format(r.starts_at), localTime(r.starts_at)]).toEqual(['Wed', '09:00']);
      expect(r.team_meeting_id).toBeTruthy();
      expect(r.tm_starts_at?.getTime()).toBe(r.starts_at.getTime());
    }
    const owner = await ownerDataSource();
    const count = async () => (await owner.query(`SELECT count(*)::int AS n FROM team_meeting WHERE team_id = $1`, [t.team.id]))[0].n;
    const meetings = await count();
    await ok(SET_RHYTHM, rhythm(), c.leader); // the same rhythm again changes nothing
    expect((await teamMeetingRows()).map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(await count()).toBe(meetings);
    // The hand-made path stays for an extra meeting.
    const extra = new Date(first[0].starts_at.getTime() + 26 * 3_600_000);
    await ok(`mutation($input: CreateTeamMeetingInput!) { createTeamMeeting(input: $input) { id } }`, { input: { teamId: t.team.id, startsAt: extra, endsAt: new Date(extra.getTime() + 3_600_000), place: 'Ekstra' } }, c.leader);

    // A meeting with an agenda item is kept; the untouched ones move to Thursday 13:00.
    const kept = first[1];
    await ok(`mutation($input: AddMeetingItemInput!) { addTeamMeetingItem(input: $input) { id } }`, { input: { meetingId: kept.team_meeting_id, title: 'Eget punkt' } }, c.member);
    await ok(SET_RHYTHM, rhythm({ weekday: 4, startTime: '13:00', endTime: '14:00', place: 'Rådhuset' }), c.leader);
    const moved = await teamMeetingRows();
    expect(moved.length).toBeGreaterThanOrEqual(7);
    expect(moved.every((r) => localTime(r.starts_at) === '13:00' && r.place === 'Rådhuset')).toBe(true);
    const stillThere = await owner.query(`SELECT starts_at FROM team_meeting WHERE id = $1`, [kept.team_meeting_id]);
    expect(stillThere[0].starts_at.getTime()).toBe(kept.starts_at.getTime());
    const untouched = await owner.query(`SELECT id FROM team_meeting WHERE id = $1`, [first[2].team_meeting_id]);
    expect(untouched).toEqual([]);
    expect(await owner.query(`SELECT count(*)::int AS n FROM team_meeting WHERE team_id = $1 AND place = 'Ekstra'`, [t.team.id])).toEqual([{ n: 1 }]);

    // A new place only: same meetings, new place on them and on their team meetings.
    const ids = moved.map((r) => r.id);
    await ok(SET_RHYTHM, rhythm({ weekday: 4, startTime: '13:00', endTime: '14:00', place: 'Biblioteket' }), c.leader);
    const placed = await teamMeetingRows();
    expect(placed.map((r) => r.id)).toEqual(ids);
    expect(placed.every((r) => r.place === 'Biblioteket' && r.tm_place === 'Biblioteket')).toBe(true);
  });

  it('the team meetings list, the start page and the next agenda leave out a cancelled meeting and evaluation days', async () => {
    await ok(SET_RHYTHM, rhythm({ weekday: 5, startTime: '08:30', endTime: '10:00', place: 'Kontoret' }), c.leader);
    const [first, second] = await teamMeetingRows();
    const LIST = `query($teamId: ID!) { teamMeetings(teamId: $teamId, first: 50) { edges { node { id } } } }`;
    const listed = async () => (await ok(LIST, { teamId: t.team.id }, c.member)).teamMeetings.edges.map((e: any) => e.node.id as string);
    expect(await listed()).toContain(first.team_meeting_id);
    await ok(`mutation($input: OccurrenceReasonInput!) { cancelOccurrence(input: $input) { id } }`, { input: { id: first.id, reason: 'Personaledag' } }, c.leader);
    expect(await listed()).not.toContain(first.team_meeting_id);
    expect(await listed()).toContain(second.team_meeting_id);
    const start = await ok(`query { startPage { ledTeams { nextTeamMeeting { id } } } }`, {}, c.leader);
    expect(JSON.stringify(start)).not.toContain(first.team_meeting_id);

    const evaluation = await ok(
      CREATE,
      { input: { kind: 'EVALUATION_DAY', teamId: t.team.id, title: 'Evalueringsdag', rule: { frequency: 'MONTHLY', interval: 6 }, startDate: copenhagenToday(), startTime: '09:00', durationMinutes: 360, place: 'Kursuscentret' } },
      c.leader,
    );
    const [day] = await (await ownerDataSource()).query(`SELECT team_meeting_id FROM meeting_occurrence WHERE id = $1`, [evaluation.createMeetingSeries.nextOccurrences[0].id]);
    expect(day.team_meeting_id).toBeTruthy();
    expect(await listed()).not.toContain(day.team_meeting_id);
  });

  it('a new or changed series puts one ids-only nudge on the worker queue after commit', async () => {
    const config = loadConfig();
    const redis = new IORedis(config.redisUrl, { db: config.redisDb, maxRetriesPerRequest: 1 });
    try {
      const created = await ok(
        CREATE,
        { input: { kind: 'SUPERVISION', teamId: t.team.id, title: 'Supervision', rule: { frequency: 'MONTHLY', interval: 1, nth: 1, weekday: 1 }, startDate: copenhagenToday(), startTime: '10:00', durationMinutes: 60, place: 'Huset' } },
        c.leader,
      );
      const seriesId = created.createMeetingSeries.id;
      const deadline = Date.now() + 5000;
      let found: Record<string, string> | undefined;
      while (!found && Date.now() < deadline) {
        const keys = await redis.keys('act:scheduling:*');
        for (const key of keys) {
          if ((await redis.type(key)) !== 'hash') continue;
          const job = await redis.hgetall(key);
          if (job.name === 'scheduling.series-changed' && job.data?.includes(seriesId)) found = job;
        }
        if (!found) await new Promise((r) => setTimeout(r, 100));
      }
      expect(found).toBeDefined();
      expect(JSON.parse(found!.data)).toEqual({ tenantId: t.tenantId, seriesId });
    } finally {
      redis.disconnect();
    }
  });

  it('my week, the team week and the calendar feed show the kind, time and place — never a title or a sparring citizen', async () => {
    const owner = await ownerDataSource();
    const start = addDays(copenhagenToday(), 7);
    const sparring = await ok(
      CREATE,
      { input: { kind: 'SPARRING', teamId: t.team.id, title: `Sparring om ${t.citizen.name}`, rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5] }, startDate: start, startTime: '11:00', durationMinutes: 90, place: 'Lokale 3' } },
      c.leader,
    );
    const occ = sparring.createMeetingSeries.nextOccurrences[0];
    await ok(CASE, { input: { occurrenceId: occ.id, presenterMemberId: t.member.memberId, citizenId: t.citizen.id } }, c.member);
    const otherTeam = await owner.query(
      `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place, materialised_until, created_by)
       VALUES ($1, 'sparring', $2, 'Andet team', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR', $3, '11:00', 60, 'Andet sted', $3::date - 1, $4) RETURNING id`,
      [t.tenantId, t.otherTeam.id, start, t.leader.id],
    );
    await owner.query(`INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place) VALUES ($1, $2, 'sparring', $3, $4, $5, $6, 'Andet sted')`, [
      t.tenantId, otherTeam[0].id, t.otherTeam.id, occ.date, new Date(occ.startsAt), new Date(Date.parse(occ.startsAt) + 3_600_000),
    ]);

    const week = (await ok(WEEK, { weekOf: occ.date }, c.member)).myWeek;
    const mine = week.meetings.find((m: any) => m.id === occ.id);
    expect(mine).toMatchObject({ kind: 'SPARRING', kindLabel: 'Sparringsmøde', place: 'Lokale 3', status: 'PLANNED' });
    expect(week.meetings.every((m: any) => m.place !== 'Andet sted')).toBe(true);
    expect(week.from).toBe(isoWeekStart(occ.date));
    const others = (await ok(WEEK, { weekOf: occ.date }, c.otherMember)).myWeek.meetings;
    expect(others.map((m: any) => m.id)).not.toContain(occ.id);
    expect(others.some((m: any) => m.kind === 'SPARRING')).toBe(true);
    const teamWeek = (await ok(TEAM_WEEK, { teamId: t.team.id, weekOf: occ.date }, c.leader)).teamWeek.meetings;
    expect(teamWeek.map((m: any) => m.id)).toContain(occ.id);

    const feed = await ok(`mutation { createCalendarFeed { path } }`, {}, c.member);
    const res = await fetch(api.url.replace(/\/graphql$/, '') + feed.createCalendarFeed.path);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain(`UID:${occ.id}@act-moede`);
    expect(body).toContain('SUMMARY:Sparringsmøde');
    expect(body).toContain('LOCATION:Lokale 3');
    expect(body).toContain(`DTSTART:${new Date(occ.startsAt).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    for (const secret of [t.citizen.name, t.citizen.id, t.member.name, 'Sparring om', 'Andet sted']) expect(body).not.toContain(secret);
  });
});
