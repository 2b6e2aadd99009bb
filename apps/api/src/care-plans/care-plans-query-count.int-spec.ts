/**
 * No N+1: the citizen overview's plan, consents, relatives and latest changes cost the same number
 * of SQL statements for a team of 10 citizens as for 60, and one plan version costs the same with
 * 2 goals as with 20 (each goal with steps, a responsible member and a life area).
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { insertCitizens } from '../testing/db-state';

const TEAM_PLANS = `query($id: ID!, $first: Int!) { team(id: $id) { citizens(first: $first) { edges { node { id
  carePlan { current { id nextFollowUpOn followUpState goals { citizenWords lifeArea { name }
    steps { description dueOn responsibleMember { id discipline } } } declinedAreas { lifeArea { name } } }
    draft { id } versions { id number } }
  consents { partner state recordedByName } relatives { name wantsInvolved } latestChanges { operation actorName } } } } } }`;
const VERSION = `query($id: ID!) { carePlanVersion(id: $id) { id updatedByName agreedByName citizen { name }
  goals { citizenWords lifeArea { name } steps { description responsibleMember { discipline user { name } } } }
  declinedAreas { lifeArea { name } } } }`;

/** For every citizen on the team: an agreed plan with `goals` goals (2 steps each), a consent, a relative, a logged change. */
async function givePlans(t: TestTenant, goals: number): Promise<void> {
  const db = await ownerDataSource();
  const p = [t.tenantId, t.team.id, goals, t.member.memberId, t.member.id];
  await db.query(
    `INSERT INTO care_plan_version (tenant_id, citizen_id, number, status, citizen_words, next_follow_up_on, agreed_on, agreed_how, participants, agreed_by, updated_by)
     SELECT $1, c.id, 1, 'draft', 'Ro og tryghed', current_date + 30, current_date, 'meeting', 'Borgeren', $3::uuid, $3::uuid
     FROM citizen c WHERE c.team_id = $2`,
    [p[0], p[1], p[4]],
  );
  await db.query(
    `INSERT INTO care_plan_goal (tenant_id, version_id, goal_key, life_area_id, citizen_words, position)
     SELECT $1, v.id, gen_random_uuid(), (SELECT id FROM life_area WHERE tenant_id = $1 ORDER BY sort_order OFFSET (i % 8) LIMIT 1), 'Mål ' || i, i
     FROM care_plan_version v JOIN citizen c ON c.id = v.citizen_id, generate_series(1, $3::int) AS i WHERE c.team_id = $2`,
    [p[0], p[1], p[2]],
  );
  await db.query(
    `INSERT INTO care_plan_step (tenant_id, goal_id, description, responsible_member_id, due_on, position)
     SELECT $1, g.id, 'Skridt ' || s, $3::uuid, current_date + s, s
     FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id JOIN citizen c ON c.id = v.citizen_id,
          generate_series(1, 2) AS s WHERE c.team_id = $2`,
    [p[0], p[1], p[3]],
  );
  await db.query(
    `INSERT INTO care_plan_declined_area (tenant_id, version_id, life_area_id, citizen_words)
     SELECT $1, v.id, (SELECT id FROM life_area WHERE tenant_id = $1 AND code = 'finances'), 'Ikke nu'
     FROM care_plan_version v JOIN citizen c ON c.id = v.citizen_id WHERE c.team_id = $2`,
    [p[0], p[1]],
  );
  await db.query(`UPDATE care_plan_version v SET status = 'agreed' FROM citizen c WHERE c.id = v.citizen_id AND c.team_id = $1`, [t.team.id]);
  await db.query(
    `INSERT INTO consent (tenant_id, citizen_id, partner, purpose, valid_from, recorded_by)
     SELECT $1, c.id, 'Jobcenter', 'Job', current_date - 1, $3::uuid FROM citizen c WHERE c.team_id = $2`,
    [p[0], p[1], p[4]],
  );
  await db.query(
    `INSERT INTO relative (tenant_id, citizen_id, name, relation, wants_involved)
     SELECT $1, c.id, 'Mor', 'mor', true FROM citizen c WHERE c.team_id = $2`,
    [p[0], p[1]],
  );
  await db.query(
    `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, operation, purpose, request_id)
     SELECT $1, $3::uuid, c.id, 'care-plan.agree', 'care', 'seed' FROM citizen c WHERE c.team_id = $2`,
    [p[0], p[1], p[4]],
  );
}

describe('care plan query counts', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  async function measure(t: TestTenant, query: string, variables: Record<string, unknown>) {
    const cookie = await api.login(t.member.email, t.password);
    let data: any;
    const run = async () => {
      const res = await api.gql(query, variables, cookie);
      expect(res.errors).toBeUndefined();
      data = res.data;
    };
    await run(); // warm-up
    return { statements: await api.countQueries(run), data };
  }

  it('the overview of 60 citizens costs as many statements as of 10', async () => {
    const small = await createTestTenant();
    await insertCitizens(small.tenantId, small.team.id, 9);
    await givePlans(small, 3);
    const large = await createTestTenant();
    await insertCitizens(large.tenantId, large.team.id, 59);
    await givePlans(large, 3);

    const a = await measure(small, TEAM_PLANS, { id: small.team.id, first: 100 });
    const b = await measure(large, TEAM_PLANS, { id: large.team.id, first: 100 });
    const nodes = (d: any) => d.team.citizens.edges.map((e: any) => e.node);
    expect(nodes(a.data)).toHaveLength(10);
    expect(nodes(b.data)).toHaveLength(60);
    for (const n of nodes(b.data)) {
      expect(n.carePlan.current.goals).toHaveLength(3);
      expect(n.carePlan.current.goals[0].steps[1].responsibleMember.id).toBe(large.member.memberId);
      expect(n.consents).toHaveLength(1);
      expect(n.relatives).toHaveLength(1);
      expect(n.latestChanges[0]).toEqual({ operation: 'care-plan.agree', actorName: large.member.name });
    }
    expect(a.statements).toBeGreaterThan(0);
    expect(b.statements).toBe(a.statements);
  });

  it('a version with 20 goals costs as many statements as one with 2', async () => {
    const two = await createTestTenant();
    await givePlans(two, 2);
    const twenty = await createTestTenant();
    await givePlans(twenty, 20);
    const versionOf = async (t: TestTenant) =>
      (await (await ownerDataSource()).query(`SELECT id FROM care_plan_version WHERE citizen_id = $1`, [t.citizen.id]))[0].id;
    const a = await measure(two, VERSION, { id: await versionOf(two) });
    const b = await measure(twenty, VERSION, { id: await versionOf(twenty) });
    expect(a.data.carePlanVersion.goals).toHaveLength(2);
    expect(b.data.carePlanVersion.goals).toHaveLength(20);
    expect(b.statements).toBe(a.statements);
  });
});
