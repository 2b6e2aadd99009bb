/**
 * Need-to-know inside one tenant, generated from the schema (every root field of
 * operation-fixtures.ts):
 * - a leader and a member of team 1, aimed at team 2's objects → refused or empty, none of team
 *   2's citizen data in the answer, nothing written;
 * - every role, on its own team's objects, calling a field its role may not call → FORBIDDEN,
 *   nothing written;
 * - the steering group, whatever it calls, never sees a citizen's id, name, CPR or any free text
 *   about a citizen (every text value of the citizen-related tables, generated), nor a staff name;
 * - without a session, every field but the open ones → UNAUTHENTICATED.
 */
import { closeOwnerDataSource, ownerDataSource } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { citizenFreeText, errorCodes, leaks, tenantChecksum } from '../testing/db-state';
import { createWorld, type Target, teamIdsOf, type World } from '../testing/fixture-world';
import { aimsAt, CONCURRENCY, expectEveryFieldHasAFixture, matrixFixtures, pool, secretsOfTeam, send, summary } from '../testing/matrix';
import type { CallerRole, FixtureCase } from '../testing/operation-fixtures';

const FIXTURES = matrixFixtures();
const ROLES: CallerRole[] = ['admin', 'leader', 'member', 'steeringGroup'];

interface Case {
  group: string;
  role: CallerRole | 'anonymous';
  fc: FixtureCase;
  target: 'team1' | 'team2';
}
interface Outcome extends Case {
  variables: Record<string, unknown>;
  res: GqlResult;
  changed: string[];
}
const label = (c: Case) => `${c.group}: ${c.role} × ${c.fc.field.kind} ${c.fc.field.name}`;

/** The cases, without the world (so that jest can name them before beforeAll runs). */
const CASES: Case[] = [
  ...(['leader', 'member'] as const).flatMap((role) => FIXTURES.map((fc) => ({ group: 'other team', role, fc, target: 'team2' as const }))),
  ...ROLES.flatMap((role) =>
    FIXTURES.filter((fc) => !fc.open && !fc.roles.includes(role)).map((fc) => ({ group: 'role may not', role, fc, target: 'team1' as const })),
  ),
  ...FIXTURES.filter((fc) => fc.roles.includes('steeringGroup')).map((fc) => ({
    group: 'steering group',
    role: 'steeringGroup' as const,
    fc,
    target: 'team1' as const,
  })),
  ...FIXTURES.filter((fc) => !fc.open).map((fc) => ({ group: 'no session', role: 'anonymous' as const, fc, target: 'team1' as const })),
];

/** Is the root field's answer empty (null, an empty list, an empty connection)? */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'edges' in (value)) return (value as { edges: unknown[] }).edges.length === 0;
  return false;
}

describe('need-to-know matrix inside one tenant', () => {
  let api: ApiHarness;
  let w: World;
  const outcomes = new Map<string, Outcome>();
  let team2Secrets: string[];
  let team2Ids: string[];
  let personal: string[];
  let logStart: string;

  beforeAll(async () => {
    api = await startApi();
    w = await createWorld(api);
    const t = w.tenant;
    // Team names and ids are not need-to-know data (caseload aggregates name every team); the
    // team's citizen and the objects about them are.
    team2Secrets = secretsOfTeam(w, w.team2, []).filter((s) => s !== w.team2.teamId);
    // Team 2's own objects; the tenant-wide ones (a readiness round…) are team 1's to reach too.
    team2Ids = teamIdsOf(w.team2);
    // Citizens' data and staff names: what the steering group must never see.
    personal = [
      ...[t.citizen, t.otherCitizen].flatMap((x) => [x.id, x.name, x.cpr, `${x.cpr.slice(0, 6)}-${x.cpr.slice(6)}`]),
      ...[t.leader, t.member, t.otherMember].map((u) => u.name),
      ...(await citizenFreeText(w.ids.tenantId)),
    ];
    const cookie = (role: Case['role']) => (role === 'anonymous' ? undefined : w.cookies[role]);
    const targetOf = (c: Case): Target => w[c.target];
    // The caller's own trail is expected inside its tenant: the access log (a refused read is
    // logged as *.denied, by design) and the session's last-seen time. Everything else must hold
    // still; the access log is checked separately below for reads of team 2's citizen.
    const OWN_TRAIL = new Set(['access_log', 'user_session']);
    const diff = (before: Record<string, unknown>, after: Record<string, unknown>) =>
      Object.keys(after).filter((k) => after[k] !== before[k] && !OWN_TRAIL.has(k));
    const owner = await ownerDataSource();
    [{ max: logStart }] = await owner.query(`SELECT coalesce(max(id), 0)::text AS max FROM access_log WHERE tenant_id = $1`, [w.ids.tenantId]);

    const queries = CASES.filter((c) => c.fc.field.kind === 'query');
    const before = await tenantChecksum(w.ids.tenantId);
    await pool(queries, CONCURRENCY, async (c) => {
      const variables = c.fc.vars(targetOf(c));
      outcomes.set(label(c), { ...c, variables, res: await send(api, c.fc, variables, cookie(c.role)), changed: [] });
    });
    let last = await tenantChecksum(w.ids.tenantId);
    const queriesChanged = diff(before, last);
    for (const o of outcomes.values()) o.changed = queriesChanged;
    for (const c of CASES.filter((x) => x.fc.field.kind === 'mutation')) {
      const variables = c.fc.vars(targetOf(c));
      const res = await send(api, c.fc, variables, cookie(c.role));
      const now = await tenantChecksum(w.ids.tenantId);
      outcomes.set(label(c), { ...c, variables, res, changed: diff(last, now) });
      last = now;
    }
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('every root field has a fixture (apps/api/src/testing/operation-fixtures.ts)', expectEveryFieldHasAFixture);

  it('the matrix can fail: team 2 asking for its own citizen gets the data the checks look for', async () => {
    const citizen = FIXTURES.find((f) => f.field.name === 'citizen')!;
    const own = await send(api, citizen, citizen.vars(w.team2), w.cookies.otherMember);
    expect(leaks(own, team2Secrets)).toEqual(expect.arrayContaining([w.team2.citizenId, w.tenant.otherCitizen.name]));
  });

  it("the steering group's secrets include citizens' free text, found from the schema (the consent's purpose)", () => {
    expect(personal).toContain('Samarbejde om job');
  });

  it("team 1's leader and member read nothing of team 2's citizen (access log: only refusals)", async () => {
    const owner = await ownerDataSource();
    const rows: Array<{ operation: string }> = await owner.query(
      `SELECT operation FROM access_log
       WHERE tenant_id = $1 AND id > $2 AND citizen_id = $3 AND actor_user_id = ANY($4) AND operation NOT LIKE '%.denied'`,
      [w.ids.tenantId, logStart, w.team2.citizenId, [w.tenant.leader.id, w.tenant.member.id]],
    );
    expect(rows).toEqual([]);
  });

  it.each(CASES.map((c) => ({ ...c, name: label(c) })))('$name', (c) => {
    const o = outcomes.get(label(c))!;
    const why = `${label(c)}: ${summary(o.res)}`;
    const codes = errorCodes(o.res);
    expect([why, o.res.status < 500, codes.includes('INTERNAL_SERVER_ERROR')]).toEqual([why, true, false]);
    // A call not aimed at team 2 (createCalendarFeed, myDay…) may write the caller's own rows;
    // the steering group's own records (readiness rounds…) only in the tables its fixture names.
    const own = c.group === 'steering group' ? new Set(c.fc.writes ?? []) : new Set<string>();
    const changed = o.changed.filter((table) => !own.has(table));
    if (c.group !== 'other team' || aimsAt(o.variables, team2Ids)) expect([why, 'tables changed', changed]).toEqual([why, 'tables changed', []]);
    const root = o.res.data?.[c.fc.field.name];
    switch (c.group) {
      case 'other team':
        expect([why, leaks({ data: o.res.data, errors: o.res.errors }, team2Secrets)]).toEqual([why, []]);
        if (aimsAt(o.variables, team2Ids)) {
          // Refused, or an empty answer; never team 2's object.
          if (codes.length) expect([why, codes[0]]).toEqual([why, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
          else expect([why, isEmpty(root)]).toEqual([why, true]);
        }
        break;
      case 'role may not':
        expect([why, codes[0], root ?? null]).toEqual([why, 'FORBIDDEN', null]);
        break;
      case 'steering group':
        expect([why, leaks({ data: o.res.data, errors: o.res.errors }, personal)]).toEqual([why, []]);
        break;
      case 'no session':
        expect([why, codes, root ?? null]).toEqual([why, ['UNAUTHENTICATED'], null]);
        break;
    }
  });
});
