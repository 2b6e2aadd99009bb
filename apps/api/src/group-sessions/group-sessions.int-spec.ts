/**
 * Group sessions (issue 14, gap 2): the team's staff record and correct sessions with who came;
 * another team's staff and the steering group cannot; every attendee of every listed or saved
 * session is access-logged; the list costs the same number of statements for 10 sessions as for
 * 100; and the fidelity item "group attendance" is computed from the dual-diagnosis groups (no
 * data until the team records any group).
 */
import { toCopenhagenIsoDate } from '@act/domain';
import { closeOwnerDataSource, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { errorCodes, insertCitizens, looksDanish, tenantChecksum } from '../testing/db-state';

const FIELDS = `id teamId kind title startsAt durationMinutes ledByMemberId ledByName attendees { citizenId name }`;
const CREATE = `mutation($input: CreateGroupSessionInput!) { createGroupSession(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateGroupSessionInput!) { updateGroupSession(input: $input) { ${FIELDS} } }`;
const LIST = `query($teamId: ID!, $first: Int!, $after: String) { groupSessions(teamId: $teamId, first: $first, after: $after) {
  totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const REPORT = `query($teamId: ID!) { fidelityReport(teamId: $teamId) { items { itemId value rating unratedReason } } }`;
const DAY = 86_400_000;

jest.setTimeout(120_000);

describe('group sessions', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let leader: string;
  let member: string;
  let otherMember: string;
  let steering: string;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    [leader, member, otherMember, steering] = await Promise.all([
      api.login(t.leader.email, t.password),
      api.login(t.member.email, t.password),
      api.login(t.otherMember.email, t.password),
      api.login(t.steeringGroup.email, t.password),
    ]);
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  const input = (over: Record<string, unknown> = {}) => ({
    teamId: t.team.id,
    kind: 'DUAL_DIAGNOSIS',
    title: 'Dobbeltdiagnosegruppe',
    date: toCopenhagenIsoDate(new Date(Date.now() - 2 * DAY)),
    startTime: '13:00',
    durationMinutes: 90,
    ledByMemberId: t.member.memberId,
    attendeeCitizenIds: [t.citizen.id],
    ...over,
  });

  it('a member records a session, corrects it, and lists it; every attendee read and write is logged', async () => {
    const owner = await ownerDataSource();
    const created = await api.gql(CREATE, { input: input() }, member);
    expect(created.errors).toBeUndefined();
    const s = created.data!.createGroupSession;
    expect(s).toMatchObject({ kind: 'DUAL_DIAGNOSIS', title: 'Dobbeltdiagnosegruppe', durationMinutes: 90, ledByName: t.member.name, attendees: [{ citizenId: t.citizen.id, name: t.citizen.name }] });

    const [extra] = await insertCitizens(t.tenantId, t.team.id, 1, 'Gruppeborger');
    const updated = await api.gql(UPDATE, { input: { ...input({ title: 'Gruppe om rusmidler', attendeeCitizenIds: [extra] }), teamId: undefined, id: s.id } }, leader);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateGroupSession).toMatchObject({ id: s.id, title: 'Gruppe om rusmidler', attendees: [{ citizenId: extra }] });
    // The removed attendee's write is logged too.
    const writes: Array<{ citizen_id: string }> = await owner.query(
      `SELECT DISTINCT c::text AS citizen_id FROM access_log, unnest(coalesce(citizen_ids, ARRAY[citizen_id])) AS c
       WHERE tenant_id = $1 AND operation = 'group-session.write' AND criterion = $2 ORDER BY 1`,
      [t.tenantId, `group-session:${s.id}`],
    );
    expect(writes.map((w) => w.citizen_id).sort()).toEqual([t.citizen.id, extra].sort());

    const list = await api.gql(LIST, { teamId: t.team.id, first: 10 }, member);
    expect(list.errors).toBeUndefined();
    expect(list.data!.groupSessions.edges.map((e: any) => e.node.id)).toContain(s.id);
    const [{ request_id: requestId }] = await owner.query(
      `SELECT request_id FROM access_log WHERE tenant_id = $1 AND operation = 'group-session.read' ORDER BY occurred_at DESC LIMIT 1`,
      [t.tenantId],
    );
    const reads: Array<{ citizen_id: string; purpose: string }> = await owner.query(
      `SELECT c::text AS citizen_id, purpose FROM access_log, unnest(coalesce(citizen_ids, ARRAY[citizen_id])) AS c
       WHERE request_id = $1 AND operation = 'group-session.read'`,
      [requestId],
    );
    expect(reads).toEqual([{ citizen_id: extra, purpose: 'care' }]);
  });

  it("refuses another team's staff, the steering group, bad leaders and attendees and future times — in Danish, changing nothing", async () => {
    const s = (await api.gql(CREATE, { input: input({ kind: 'SOCIAL', title: 'Fællesspisning' }) }, member)).data!.createGroupSession;
    const before = await tenantChecksum(t.tenantId);
    expect(errorCodes(await api.gql(LIST, { teamId: t.team.id, first: 10 }, otherMember))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(LIST, { teamId: t.team.id, first: 10 }, steering))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(CREATE, { input: input() }, otherMember))).toEqual(['FORBIDDEN']);
    const foreign = await api.gql(UPDATE, { input: { ...input(), teamId: undefined, id: s.id } }, otherMember);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(foreign)).not.toContain(t.citizen.name);

    const bad = async (over: Record<string, unknown>, field: string) => {
      const res = await api.gql(CREATE, { input: input(over) }, member);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions).toMatchObject({ field });
      expect(looksDanish(res.errors![0].message)).toBe(true);
    };
    await bad({ ledByMemberId: t.otherMember.memberId }, 'ledByMemberId');
    await bad({ attendeeCitizenIds: [t.otherCitizen.id] }, 'attendeeCitizenIds');
    await bad({ date: toCopenhagenIsoDate(new Date(Date.now() + DAY)) }, 'date');
    await bad({ date: '2026-02-30' }, 'date');
    await bad({ startTime: '25:00' }, 'startTime');
    await bad({ durationMinutes: 5 }, 'durationMinutes');
    await bad({ title: '   ' }, 'title');
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it('the list runs as many statements for 100 sessions as for 10', async () => {
    const owner = await ownerDataSource();
    const measure = async (sessions: number) => {
      const tt = await createTestTenant();
      const citizens = await insertCitizens(tt.tenantId, tt.team.id, 8, 'Tællegruppe');
      await owner.query(
        `WITH s AS (
           INSERT INTO group_session (tenant_id, team_id, kind, title, starts_at, duration_minutes, led_by_member_id, created_by)
           SELECT $1, $2, 'dual_diagnosis', 'Gruppe ' || i, now() - (i || ' hours')::interval, 90, $3, $4 FROM generate_series(1, $5::int) AS i
           RETURNING id)
         INSERT INTO group_session_attendee (tenant_id, session_id, citizen_id)
         SELECT $1, s.id, c FROM s, unnest($6::uuid[]) AS c`,
        [tt.tenantId, tt.team.id, tt.member.memberId, tt.leader.id, sessions, citizens],
      );
      const cookie = await api.login(tt.leader.email, tt.password);
      let body: any;
      const run = async () => {
        const res = await api.gql(LIST, { teamId: tt.team.id, first: 100 }, cookie);
        expect(res.errors).toBeUndefined();
        body = res.data!.groupSessions;
      };
      await run(); // warm-up
      const statements = await api.countQueries(run);
      return { statements, body };
    };
    const small = await measure(10);
    const large = await measure(100);
    expect(small.body.edges).toHaveLength(10);
    expect(large.body.edges).toHaveLength(100);
    expect(large.body.edges.every((e: any) => e.node.attendees.length === 8 && e.node.ledByName)).toBe(true);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('group attendance is "no data" until the team records a group, then computed from dual-diagnosis groups', async () => {
    const tt = await createTestTenant();
    const owner = await ownerDataSource();
    // The citizen has a substance use disorder (a course in regional treatment) and a primary contact since long ago.
    await owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at) VALUES ($1, $2, $3, now() - interval '400 days')`, [
      tt.tenantId,
      tt.citizen.id,
      tt.member.memberId,
    ]);
    await owner.query(
      `INSERT INTO regional_treatment_episode (tenant_id, citizen_id, team_id, unit, referred_on, recorded_by, version) VALUES ($1, $2, $3, 'Afsnit D', current_date - 300, $4, 1)`,
      [tt.tenantId, tt.citizen.id, tt.team.id, tt.leader.id],
    );
    const cookie = await api.login(tt.leader.email, tt.password);
    const item = async () => {
      const res = await api.gql(REPORT, { teamId: tt.team.id }, cookie);
      expect(res.errors).toBeUndefined();
      return res.data!.fidelityReport.items.find((i: any) => i.itemId === 'group_attendance');
    };
    expect(await item()).toMatchObject({ value: null, unratedReason: 'NO_DATA' });
    // A social group only: recorded, but not a dual-diagnosis group → 0.
    const social = await api.gql(CREATE, { input: { ...input({ kind: 'SOCIAL', title: 'Fællesspisning', date: toCopenhagenIsoDate(new Date(Date.now() - 20 * DAY)) }), teamId: tt.team.id, ledByMemberId: tt.member.memberId, attendeeCitizenIds: [tt.citizen.id] } }, cookie);
    expect(social.errors).toBeUndefined();
    expect(await item()).toMatchObject({ value: 0, rating: 1 });
    // A dual-diagnosis group the citizen came to: every month of the period with a group counts.
    const dual = await api.gql(CREATE, { input: { ...input({ date: toCopenhagenIsoDate(new Date(Date.now() - 20 * DAY)) }), teamId: tt.team.id, ledByMemberId: tt.member.memberId, attendeeCitizenIds: [tt.citizen.id] } }, cookie);
    expect(dual.errors).toBeUndefined();
    const after = await item();
    expect(after.value).toBeGreaterThan(0);
    expect(after.rating).toBeGreaterThanOrEqual(1);
  });
});
