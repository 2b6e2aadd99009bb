/**
 * The leader's balancing view costs a constant number of SQL statements, whatever the team's
 * size: no N+1 over members, their citizens, primary contacts or the intake queue's admissions.
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, shortId, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { insertCitizens } from '../testing/db-state';

const TEAM_CASELOAD = `query($id: ID!) { teamCaseload(teamId: $id) {
  members { name load capacity citizens { id name cprMasked primaryContact { memberName } } }
  waiting { citizen { id name admission { allMet } } daysWaiting }
} }`;

interface Shape {
  /** Members in addition to the factory's leader (1.0) and member (0.8), each FTE 1.0. */
  extraMembers: number;
  /** Citizens in total on the team (the factory's one included). */
  citizens: number;
  /** How many of them get a primary contact; the rest wait, each with an admission (not all met). */
  assigned: number;
}

/** A fresh tenant whose team has the given shape, built with a few bulk INSERTs (owner role). */
async function buildTeam(shape: Shape): Promise<TestTenant> {
  const owner = await ownerDataSource();
  const t = await createTestTenant();
  const [{ password_hash: hash }] = await owner.query(`SELECT password_hash FROM app_user WHERE id = $1`, [t.member.id]);
  if (shape.extraMembers > 0) {
    const suffix = shortId();
    await owner.query(
      `WITH u AS (
         INSERT INTO app_user (tenant_id, email, name, role, password_hash)
         SELECT $1, 'tal-' || $3 || '-' || i || '@test.dk', 'Tællemedarbejder ' || lpad(i::text, 2, '0'), 'team_member', $4
         FROM generate_series(1, $5::int) AS i
         RETURNING id)
       INSERT INTO team_member (tenant_id, team_id, user_id, discipline, fte)
       SELECT $1, $2, u.id, 'social_pedagogy', 1.0 FROM u`,
      [t.tenantId, t.team.id, suffix, hash, shape.extraMembers],
    );
  }
  await insertCitizens(t.tenantId, t.team.id, shape.citizens - 1, `Tælleborger ${shortId()}`);
  // Spread the first `assigned` citizens (by name) over the members, within everyone's capacity.
  await owner.query(
    `WITH m AS (
       SELECT id, floor(fte * 10)::int AS capacity, row_number() OVER (ORDER BY id) AS n FROM team_member WHERE team_id = $2),
     slots AS (
       SELECT m.id AS member_id, row_number() OVER (ORDER BY s, m.n) AS slot
       FROM m, generate_series(1, m.capacity) AS s),
     c AS (
       SELECT id, row_number() OVER (ORDER BY name, id) AS slot FROM citizen WHERE team_id = $2)
     INSERT INTO primary_assignment (tenant_id, citizen_id, member_id)
     SELECT $1, c.id, slots.member_id FROM c JOIN slots USING (slot) WHERE c.slot <= $3`,
    [t.tenantId, t.team.id, shape.assigned],
  );
  await owner.query(
    `INSERT INTO admission_assessment (tenant_id, citizen_id, is_adult, has_mental_illness, has_substance_use,
       not_held_by_ordinary_services, wants_support, assessed_by)
     SELECT $1, c.id, true, true, true, true, (row_number() OVER (ORDER BY c.id)) % 3 <> 0, $3
     FROM citizen c
     WHERE c.team_id = $2
       AND NOT EXISTS (SELECT 1 FROM primary_assignment pa WHERE pa.citizen_id = c.id AND pa.ended_at IS NULL)`,
    [t.tenantId, t.team.id, t.leader.id],
  );
  return t;
}

describe('teamCaseload query count', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  async function measure(t: TestTenant) {
    const cookie = await api.login(t.leader.email, t.password);
    let body: any;
    const run = async () => {
      const res = await api.gql(TEAM_CASELOAD, { id: t.team.id }, cookie);
      expect(res.errors).toBeUndefined();
      body = res.data!.teamCaseload;
    };
    await run(); // warm-up: first use of the session, prepared metadata
    const statements = await api.countQueries(run);
    return { statements, body };
  }

  it('runs as many statements for 12 members and 100 citizens as for 3 members and 10 citizens', async () => {
    const small = await measure(await buildTeam({ extraMembers: 1, citizens: 10, assigned: 7 }));
    const large = await measure(await buildTeam({ extraMembers: 10, citizens: 100, assigned: 80 }));

    // The data really is there, in both shapes.
    const shape = (body: any) => ({
      members: body.members.length,
      assigned: body.members.reduce((n: number, m: any) => n + m.citizens.length, 0),
      waiting: body.waiting.length,
      withContact: body.members.every((m: any) => m.citizens.every((c: any) => c.primaryContact?.memberName === m.name)),
      withinCapacity: body.members.every((m: any) => m.load === m.citizens.length && m.load <= m.capacity),
      masked: body.members.every((m: any) => m.citizens.every((c: any) => /^\d{6}-\*{4}$/.test(c.cprMasked))),
    });
    expect(shape(small.body)).toEqual({ members: 3, assigned: 7, waiting: 3, withContact: true, withinCapacity: true, masked: true });
    expect(shape(large.body)).toEqual({ members: 12, assigned: 80, waiting: 20, withContact: true, withinCapacity: true, masked: true });
    expect(large.body.waiting.some((w: any) => w.citizen.admission !== null)).toBe(true);

    if (process.env.CASELOAD_VERBOSE) console.log(`teamCaseload statements: small ${small.statements}, large ${large.statements}`);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    // Issue 16: BEGIN, session + viewer (one call), team, members, exceptions, citizens (one statement
    // for assigned, waiting and active), alerts, admissions, primary contacts (one batch), access log, COMMIT.
    expect(large.statements).toBeLessThanOrEqual(11);
  });
});
