/**
 * Issue 10 acceptance: a storm of caseload writes through the real API — crossed bulk imports,
 * single assignments and reassignments, ends and FTE cuts, WAVE requests in flight at once over
 * several sessions of the team's leader, several waves. Afterwards:
 * - no member over capacity and no citizen with two open contacts (the database's verdict),
 * - no internal error, and every refusal a documented code (CASELOAD_LIMIT_EXCEEDED, CONFLICT,
 *   NOT_FOUND) with a Danish message,
 * - the API's answers agree with the database: every ok end really ended its row, every ok
 *   assignment is in the history, and teamCaseload shows exactly the database's loads and FTEs.
 * The seed is printed with CASELOAD_RACE_VERBOSE=1 and replays with CASELOAD_STORM_SEED.
 * (The database-only race of the same rule is packages/db/src/caseload-concurrency.int-spec.ts.)
 */
import { Role } from '@act/db';
import { addTeamMember, closeOwnerDataSource, createTestTenant, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import { Prng } from '@act/domain';
import { randomBytes } from 'node:crypto';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { errorCodes, insertCitizens, looksDanish } from '../testing/db-state';

const WAVE = Number(process.env.CASELOAD_STORM_WAVE ?? 60);
const WAVES = Number(process.env.CASELOAD_STORM_WAVES ?? 4);
const SESSIONS = 6;
const FTES = [1.0, 0.8, 0.5, 0.3, 0.2];
const CITIZENS = 90;
const PAUSED = 20;
const DOCUMENTED = new Set(['CASELOAD_LIMIT_EXCEEDED', 'CONFLICT', 'NOT_FOUND']);

const ASSIGN = `mutation($input: AssignPrimaryContactInput!) { assignPrimaryContact(input: $input) { id primaryContact { memberId } } }`;
const ASSIGN_MANY = `mutation($input: AssignPrimaryContactsInput!) { assignPrimaryContacts(input: $input) { id primaryContact { memberId } } }`;
const END = `mutation($input: EndPrimaryContactInput!) { endPrimaryContact(input: $input) { id primaryContact { id } } }`;
const SET_FTE = `mutation($input: SetMemberFteInput!) { setMemberFte(input: $input) { id fte } }`;
const TEAM_CASELOAD = `query($id: ID!) { teamCaseload(teamId: $id) { members { member { id fte } load capacity allowed citizens { id } } } }`;

jest.setTimeout(120_000);

type Op =
  | { kind: 'import'; rows: Array<{ citizenId: string; memberId: string }> }
  | { kind: 'assign'; citizenId: string; memberId: string }
  | { kind: 'end'; citizenId: string; reason: string }
  | { kind: 'fte'; memberId: string; fte: number };

describe(`caseload storm through the API (${WAVES} waves of ${WAVE} in flight, ${SESSIONS} sessions)`, () => {
  let api: ApiHarness;
  let t: TestTenant;
  let teamId: string;
  let members: Array<{ id: string; fte: number }>;
  let active: string[];
  let paused: string[];
  let sessions: string[];
  const seed = Number(process.env.CASELOAD_STORM_SEED ?? Date.now() % 2 ** 31);

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    const owner = await ownerDataSource();
    // A team of its own, led by the tenant's leader, so the factory's members take no part.
    [{ id: teamId }] = await owner.query(`INSERT INTO team (tenant_id, name) VALUES ($1, $2) RETURNING id`, [t.tenantId, `Stormteam ${randomBytes(3).toString('hex')}`]);
    await addTeamMember(owner, t.tenantId, teamId, t.leader.id, { fte: 0.1, isTeamLeader: true });
    members = [];
    for (const fte of FTES) {
      const user = await createUser(owner, t.tenantId, { role: Role.TeamMember });
      members.push({ id: (await addTeamMember(owner, t.tenantId, teamId, user.id, { fte })).id, fte });
    }
    const citizens = await insertCitizens(t.tenantId, teamId, CITIZENS, 'Stormborger');
    paused = citizens.slice(0, PAUSED);
    active = citizens.slice(PAUSED);
    await owner.query(`UPDATE citizen SET status = 'paused' WHERE id = ANY($1)`, [paused]);
    // Start near capacity (9, 7, 4, 2, 1 of 10, 8, 5, 3, 2): refusals and successes both likely.
    const base = [9, 7, 4, 2, 1];
    let next = 0;
    const all = [...paused, ...active];
    for (const [i, m] of members.entries()) {
      for (let k = 0; k < base[i]; k++) {
        await owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, all[next++], m.id]);
      }
    }
    sessions = [];
    for (let i = 0; i < SESSIONS; i++) sessions.push(await api.login(t.leader.email, t.password));
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  function plan(random: Prng, wave: number): Op[] {
    return Array.from({ length: WAVE }, (_, i): Op => {
      const r = random.next();
      if (r < 0.3) {
        // Crossed imports: the same few citizens, each import in its own shuffled order.
        const rows = random.shuffle(active.slice(0, 12)).slice(0, random.int(2, 4));
        const memberId = random.pick(members).id;
        return { kind: 'import', rows: rows.map((citizenId) => ({ citizenId, memberId })) };
      }
      if (r < 0.65) return { kind: 'assign', citizenId: random.pick([...active, ...paused]), memberId: random.pick(members).id };
      if (r < 0.85) return { kind: 'end', citizenId: random.pick(paused), reason: `Stormslut ${wave}.${i}` };
      const m = random.pick(members);
      return { kind: 'fte', memberId: m.id, fte: Math.max(0.1, Math.round((m.fte - random.int(0, 3) / 10) * 100) / 100) };
    });
  }

  function send(op: Op, cookie: string): Promise<GqlResult> {
    switch (op.kind) {
      case 'import':
        return api.gql(ASSIGN_MANY, { input: { assignments: op.rows } }, cookie);
      case 'assign':
        return api.gql(ASSIGN, { input: { citizenId: op.citizenId, memberId: op.memberId } }, cookie);
      case 'end':
        return api.gql(END, { input: { citizenId: op.citizenId, reason: op.reason } }, cookie);
      case 'fte':
        return api.gql(SET_FTE, { input: { memberId: op.memberId, fte: op.fte } }, cookie);
    }
  }

  it('0 cap violations, 0 internal errors, only documented refusals, and the API agrees with the database', async () => {
    const random = new Prng(seed);
    const started = Date.now();
    const done: Array<{ op: Op; res: GqlResult }> = [];
    for (let wave = 0; wave < WAVES; wave++) {
      const ops = plan(random, wave);
      const results = await Promise.all(ops.map((op, i) => send(op, sessions[i % SESSIONS])));
      ops.forEach((op, i) => done.push({ op, res: results[i] }));
    }
    const elapsed = Date.now() - started;

    const outcome = (res: GqlResult) => (res.errors ? errorCodes(res)[0] : 'ok');
    const summary: Record<string, Record<string, number>> = {};
    for (const { op, res } of done) {
      summary[op.kind] ??= {};
      summary[op.kind][outcome(res)] = (summary[op.kind][outcome(res)] ?? 0) + 1;
    }
    if (process.env.CASELOAD_RACE_VERBOSE) console.log(JSON.stringify({ seed, requests: done.length, elapsedMs: elapsed, summary }));

    // Every answer is ok or a documented refusal, in Danish.
    const undocumented = done
      .filter(({ res }) => res.errors && (!DOCUMENTED.has(outcome(res)) || !looksDanish(res.errors[0].message) || res.errors.length !== 1))
      .map(({ op, res }) => `${op.kind}: ${errorCodes(res).join()} ${res.errors![0].message}`);
    expect({ seed, undocumented }).toEqual({ seed, undocumented: [] });
    // The storm is meaningful: writes got through and the rule refused some.
    expect(done.filter(({ res }) => !res.errors).length).toBeGreaterThan(done.length / 8);
    expect(done.filter(({ res }) => outcome(res) === 'CASELOAD_LIMIT_EXCEEDED').length).toBeGreaterThan(0);
    // Ordered locks leave nothing to deadlock on and a lost lock is retried: CONFLICT stays rare.
    // (Without lock order and retry, about 2% of these requests answered CONFLICT.)
    expect(done.filter(({ res }) => outcome(res) === 'CONFLICT').length).toBeLessThanOrEqual(Math.floor(done.length / 100));

    // The database's verdict (owner role: RLS hides nothing).
    const owner = await ownerDataSource();
    const state: Array<{ id: string; fte: string; load: number; capacity: number }> = await owner.query(
      `SELECT m.id, m.fte::text AS fte,
              (SELECT count(*)::int FROM primary_assignment pa WHERE pa.member_id = m.id AND pa.ended_at IS NULL) AS load,
              floor(m.fte * 10)::int AS capacity
       FROM team_member m WHERE m.team_id = $1`,
      [teamId],
    );
    expect({ seed, over: state.filter((m) => m.load > m.capacity) }).toEqual({ seed, over: [] });
    const doubles = await owner.query(
      `SELECT citizen_id FROM primary_assignment WHERE tenant_id = $1 AND ended_at IS NULL GROUP BY citizen_id HAVING count(*) > 1`,
      [t.tenantId],
    );
    expect(doubles).toEqual([]);

    // Every ok answer happened: ends ended their row, assignments are in the history.
    const disagree: string[] = [];
    for (const { op, res } of done.filter((d) => !d.res.errors)) {
      if (op.kind === 'end') {
        const rows: unknown[] = await owner.query(`SELECT 1 FROM primary_assignment WHERE citizen_id = $1 AND end_reason = $2`, [op.citizenId, op.reason]);
        if (rows.length !== 1) disagree.push(`end ${op.reason}: ${rows.length} rows ended`);
        if (res.data!.endPrimaryContact.primaryContact !== null) disagree.push(`end ${op.reason}: answered with a contact`);
      } else if (op.kind === 'assign' || op.kind === 'import') {
        for (const row of op.kind === 'assign' ? [op] : op.rows) {
          const rows: unknown[] = await owner.query(`SELECT 1 FROM primary_assignment WHERE citizen_id = $1 AND member_id = $2`, [row.citizenId, row.memberId]);
          if (!rows.length) disagree.push(`${op.kind} ${row.citizenId}→${row.memberId}: not in the history`);
        }
      } else if (Number(res.data!.setMemberFte.fte) !== op.fte) {
        disagree.push(`fte ${op.memberId}: answered ${res.data!.setMemberFte.fte}, asked ${op.fte}`);
      }
    }
    expect(disagree).toEqual([]);

    // The leader's view says exactly what the database says.
    const view = await api.gql(TEAM_CASELOAD, { id: teamId }, sessions[0]);
    expect(view.errors).toBeUndefined();
    const open: Array<{ member_id: string; citizen_id: string }> = await owner.query(
      `SELECT pa.member_id, pa.citizen_id FROM primary_assignment pa JOIN team_member m ON m.id = pa.member_id
       WHERE m.team_id = $1 AND pa.ended_at IS NULL`,
      [teamId],
    );
    for (const m of view.data!.teamCaseload.members as Array<{ member: { id: string; fte: number }; load: number; capacity: number; citizens: Array<{ id: string }> }>) {
      const db = state.find((s) => s.id === m.member.id)!;
      expect({ id: m.member.id, load: m.load, fte: m.member.fte, capacity: m.capacity }).toEqual({
        id: db.id,
        load: db.load,
        fte: Number(db.fte),
        capacity: db.capacity,
      });
      expect(m.citizens.map((c) => c.id).sort()).toEqual(open.filter((o) => o.member_id === db.id).map((o) => o.citizen_id).sort());
    }
    // No assertion on the elapsed time: a loaded machine makes it slow, not wrong (a deadlock
    // would be a DEADLOCK/internal error above, or the test's timeout).
  });
});
