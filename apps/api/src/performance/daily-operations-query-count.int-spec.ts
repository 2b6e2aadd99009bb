/**
 * No N+1 in the daily operations the benchmark measures (bench/common.ts SCENARIOS), with the
 * fields the web app asks for: my day, my week, the team week page (team, not-seen list and team
 * week in one request) for 10 and 100 citizens with visits, and the steering aggregates
 * (fidelity) for 6 and 40 citizens. Same statements for the short and the long list; the fidelity
 * report's per-team cost is pinned as an upper bound (see the test).
 */
import { addTeamMember, closeOwnerDataSource, createTeam, createTestTenant, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import { Discipline, Role } from '@act/db';
import { addDays, copenhagenToday, isoWeekStart } from '@act/domain';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { loginAll } from '../testing/db-state';

/** The web app's VisitFields fragment (apps/web/src/features/visits/graphql/visits.ts). */
const VISIT_FIELDS = `id plannedStart plannedEnd placeKind placeText purpose seriesId outcome actualMinutes faceToFace supportNetwork
  substanceTreatment outcomeNote outcomeLoggedAt participants { memberId userId name }
  citizen { id name phone address { street postalCode city accessNote } }`;
const MY_DAY = `query($date: String) { myDay(date: $date) { from to visits { ${VISIT_FIELDS} } doubleBookings { memberId visitIds } } }`;
const MY_WEEK = `query($weekOf: String) { myWeek(weekOf: $weekOf) { from to visits { ${VISIT_FIELDS} } doubleBookings { memberId visitIds } } }`;
const TEAM_VISITS = `query($teamId: ID!, $weekOf: String) {
  team(id: $teamId) { id name notSeenThresholdDays }
  notSeenCitizens(teamId: $teamId) { thresholdDays citizens { daysSince lastFaceToFaceAt nextVisitAt citizen { id name } } }
  teamWeek(teamId: $teamId, weekOf: $weekOf) { from to visits { ${VISIT_FIELDS} } doubleBookings { memberId memberName visitIds } } }`;
/** The web app's SteeringFidelity document (apps/web/src/features/fidelity/graphql/fidelity.ts). */
const STEERING_FIDELITY = `query($from: String, $to: String) { steeringFidelity(from: $from, to: $to) {
  teamId teamName withheld total { score ratedItems items } subscales { subscale name score ratedItems items }
  items { itemId subscale name unit kind value rating unratedReason } } }`;

const owner = () => ownerDataSource();

/**
 * n citizens on the tenant's team (or `teamId`), each with a done face-to-face visit 20 days ago
 * (so on the not-seen list), one today and one tomorrow with the member (and the leader on every
 * second one).
 */
async function citizensWithVisits(t: TestTenant, n: number, teamId = t.team.id, memberIds = [t.member.memberId, t.leader.memberId]): Promise<void> {
  const db = await owner();
  const ids: string[] = (await db.query(
    `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, version)
     SELECT $1, $2, 'Tælleborger ' || lpad(i::text, 3, '0'), lpad((1000000000 + i * 7919 + $4)::text, 10, '0'), 'active', 1
     FROM generate_series(1, $3::int) AS i RETURNING id`,
    [t.tenantId, teamId, n, Math.floor(Math.random() * 1e6) * 100],
  )).map((r: { id: string }) => r.id);
  await db.query(
    `WITH c AS (SELECT c, row_number() OVER () AS i FROM unnest($2::uuid[]) c),
     v AS (
       INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face, outcome_logged_at)
       SELECT $1::uuid, c, now() - interval '20 days', now() - interval '20 days' + interval '1 hour', 'home'::visit_place_kind, 'done'::visit_outcome, 60, true, now() FROM c
       UNION ALL
       SELECT $1::uuid, c, date_trunc('day', now()) + interval '1 minute' * i, date_trunc('day', now()) + interval '1 minute' * i + interval '30 minutes',
         'street'::visit_place_kind, NULL::visit_outcome, NULL::int, NULL::boolean, NULL::timestamptz FROM c
       UNION ALL
       SELECT $1::uuid, c, now() + interval '1 day', now() + interval '1 day 1 hour', 'home'::visit_place_kind, NULL, NULL, NULL, NULL FROM c
       RETURNING id, citizen_id)
     INSERT INTO visit_member (visit_id, member_id, tenant_id)
     SELECT v.id, $3::uuid, $1::uuid FROM v
     UNION ALL SELECT v.id, $4::uuid, $1::uuid FROM v JOIN c ON c.c = v.citizen_id WHERE c.i % 2 = 0 AND $4::uuid IS NOT NULL`,
    [t.tenantId, ids, memberIds[0], memberIds[1] ?? null],
  );
}

describe('statements per daily operation do not grow with the data (the bench scenarios)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('my day, my week and the team week page cost the same for 10 and 100 citizens with visits', async () => {
    const measure = async (n: number) => {
      const t = await createTestTenant();
      const c = await loginAll(api, t);
      await citizensWithVisits(t, n);
      const today = copenhagenToday();
      const count = async (query: string, variables: Record<string, unknown>, cookie: string, check: (data: any) => void) => {
        await api.gql(query, variables, cookie); // warm-up
        return api.countQueries(async () => {
          const res = await api.gql(query, variables, cookie);
          expect(res.errors).toBeUndefined();
          check(res.data);
        });
      };
      return {
        myDay: await count(MY_DAY, { date: today }, c.member, (d) => expect(d.myDay.visits.length).toBeGreaterThanOrEqual(Math.min(n, 10))),
        myWeek: await count(MY_WEEK, { weekOf: today }, c.member, (d) => expect(d.myWeek.visits.length).toBeGreaterThanOrEqual(n)),
        teamVisits: await count(TEAM_VISITS, { teamId: t.team.id, weekOf: today }, c.leader, (d) => {
          expect(d.notSeenCitizens.citizens.length).toBeGreaterThanOrEqual(n);
          expect(d.teamWeek.visits.length).toBeGreaterThanOrEqual(n);
        }),
      };
    };
    const small = await measure(10);
    const large = await measure(100);
    expect(large).toEqual(small);
    expect(small.myDay).toBeGreaterThan(3); // the counter counts
    // Upper bounds, so that a statement added back shows: the visits come with their participants
    // in one statement (issue 16, part 2: my day and my week 7 -> 6, the team week page 10 -> 9).
    // BEGIN, session and viewer, visits with participants, citizens, access log, COMMIT.
    expect(small.myDay).toBeLessThanOrEqual(6);
    expect(small.myWeek).toBeLessThanOrEqual(6);
    // … plus the team, the not-seen list's contact state and its citizens.
    expect(small.teamVisits).toBeLessThanOrEqual(9);
  });

  // Without the worker's weekly snapshot for the period (any period but the default, or before the
  // worker ran), steeringFidelity computes each team's report live: a fixed set of statements per
  // team, not per citizen or visit — one per source the loader reads (packages/db/src/fidelity/
  // load-input.ts: staffing spans, primary contacts, visits, team meetings, budgeted positions,
  // manual ratings, group sessions = 7). Pinned as an upper bound so that a regression shows; one
  // statement set for all teams would be the fix (issue 16).
  it('the steering fidelity report: a fixed number of statements per team, none per citizen (1 vs 4 more teams)', async () => {
    const measure = async (teams: number) => {
      const t = await createTestTenant();
      const db = await owner();
      for (let i = 0; i < teams; i++) {
        const team = await createTeam(db, t.tenantId);
        const user = await createUser(db, t.tenantId, { role: Role.TeamMember });
        const member = await addTeamMember(db, t.tenantId, team.id, user.id, { discipline: Discipline.Nursing, fte: 1 });
        await citizensWithVisits(t, 6, team.id, [member.id]);
      }
      const cookie = await api.login(t.steeringGroup.email, t.password);
      const monday = isoWeekStart(copenhagenToday());
      const variables = { from: addDays(monday, -84), to: addDays(monday, 6) };
      await api.gql(STEERING_FIDELITY, variables, cookie); // warm-up
      return api.countQueries(async () => {
        const res = await api.gql(STEERING_FIDELITY, variables, cookie);
        expect(res.errors).toBeUndefined();
        expect((res.data as any).steeringFidelity.length).toBeGreaterThanOrEqual(teams);
      });
    };
    const one = await measure(1);
    const four = await measure(4);
    expect((four - one) / 3).toBeLessThanOrEqual(7);
  });

  it('the steering fidelity report: the same statements for 6 and 40 citizens per team', async () => {
    const measure = async (n: number) => {
      const t = await createTestTenant();
      await citizensWithVisits(t, n);
      const cookie = await api.login(t.steeringGroup.email, t.password);
      const monday = isoWeekStart(copenhagenToday());
      const variables = { from: addDays(monday, -84), to: addDays(monday, 6) };
      await api.gql(STEERING_FIDELITY, variables, cookie); // warm-up
      return api.countQueries(async () => {
        const res = await api.gql(STEERING_FIDELITY, variables, cookie);
        expect(res.errors).toBeUndefined();
      });
    };
    expect(await measure(40)).toBe(await measure(6));
  });
});
