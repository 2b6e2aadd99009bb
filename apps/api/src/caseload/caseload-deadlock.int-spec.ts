/**
 * Issue 10, defect 1: two leaders importing the same citizens in opposite order at the same
 * moment — A: [C1→M1, C2→M1], B: [C2→M2, C1→M2] — deadlocked in PostgreSQL (40P01) and one got
 * INTERNAL_SERVER_ERROR. Now locks are taken in one global order (citizens, then members, by
 * id) and a lock conflict is retried in a savepoint; what still fails is CONFLICT in Danish.
 * The race is real: two sessions, two HTTP requests released together, many rounds.
 */
import { Role } from '@act/db';
import { addTeamMember, closeOwnerDataSource, createCitizen, createTestTenant, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { errorCodes, looksDanish } from '../testing/db-state';
import { LockConflictException } from '../common/errors/lock-conflict.exception';
import { LOCK_RETRY_ATTEMPTS, retryOnLockConflict } from '../common/request/lock-retry';
import type { RequestContext } from '../common/request/request-context';
import { createLoaders } from '../loaders/loaders';

const ROUNDS = Number(process.env.CASELOAD_DEADLOCK_ROUNDS ?? 30);
const ASSIGN_MANY = `mutation($input: AssignPrimaryContactsInput!) { assignPrimaryContacts(input: $input) { id primaryContact { memberId } } }`;
const ASSIGN = `mutation($input: AssignPrimaryContactInput!) { assignPrimaryContact(input: $input) { id primaryContact { memberId } } }`;

jest.setTimeout(120_000);

describe('crossed bulk imports (issue 10, defect 1)', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let sessions: string[];
  let m1: string;
  let m2: string;
  let m3: string;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    const owner = await ownerDataSource();
    const member = async () => (await addTeamMember(owner, t.tenantId, t.team.id, (await createUser(owner, t.tenantId, { role: Role.TeamMember })).id, { fte: 1 })).id;
    [m1, m2, m3] = [await member(), await member(), await member()];
    // Three sessions of the team's leader: three browser tabs, three requests in flight.
    sessions = [await api.login(t.leader.email, t.password), await api.login(t.leader.email, t.password), await api.login(t.leader.email, t.password)];
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it(`never answers an internal error over ${ROUNDS} rounds; the database agrees with every answer`, async () => {
    const owner = await ownerDataSource();
    const answers: GqlResult[] = [];
    const internal: string[] = [];
    const deadlocks = async () => Number((await owner.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`))[0].deadlocks);
    const deadlocksBefore = await deadlocks();
    for (let round = 0; round < ROUNDS; round++) {
      const [c1, c2] = [(await createCitizen(owner, t.tenantId, t.team.id)).id, (await createCitizen(owner, t.tenantId, t.team.id)).id];
      const requests: Array<[string, Record<string, unknown>, string, Record<string, string>]> = [
        [ASSIGN_MANY, { input: { assignments: [{ citizenId: c1, memberId: m1 }, { citizenId: c2, memberId: m1 }] } }, sessions[0], { [c1]: m1, [c2]: m1 }],
        [ASSIGN_MANY, { input: { assignments: [{ citizenId: c2, memberId: m2 }, { citizenId: c1, memberId: m2 }] } }, sessions[1], { [c1]: m2, [c2]: m2 }],
      ];
      // Every third round a single assignment joins in: the three-way cycle of the report.
      if (round % 3 === 2) requests.push([ASSIGN, { input: { citizenId: c2, memberId: m3 } }, sessions[2], { [c2]: m3 }]);
      const results = await Promise.all(requests.map(([doc, vars, cookie]) => api.gql(doc, vars, cookie)));
      answers.push(...results);
      results.forEach((r, i) => {
        if (errorCodes(r).includes('INTERNAL_SERVER_ERROR')) internal.push(`round ${round} request ${i}`);
      });
      // The database agrees with the answers: every citizen has one open contact, set by a request that answered ok.
      const open: Array<{ citizen_id: string; member_id: string }> = await owner.query(
        `SELECT citizen_id, member_id FROM primary_assignment WHERE citizen_id = ANY($1) AND ended_at IS NULL`,
        [[c1, c2]],
      );
      const okWrites = requests.filter((_, i) => !results[i].errors).map(([, , , writes]) => writes);
      for (const row of open) expect(okWrites.some((w) => w[row.citizen_id] === row.member_id)).toBe(true);
      if (okWrites.length) expect(open.map((r) => r.citizen_id).sort()).toEqual([c1, c2].sort());
      else expect(open).toEqual([]);
      // Free the members for the next round (history rows stay).
      await owner.query(`UPDATE primary_assignment SET ended_at = now(), end_reason = 'Testrunde' WHERE citizen_id = ANY($1) AND ended_at IS NULL`, [[c1, c2]]);
    }
    expect(internal).toEqual([]);
    if (process.env.CASELOAD_RACE_VERBOSE) {
      const refused = answers.filter((r) => r.errors).length;
      console.log(`crossed imports: ${answers.length} answers, ${refused} refused, ${(await deadlocks()) - deadlocksBefore} deadlocks in PostgreSQL`);
    }
    const refusals = answers.filter((r) => r.errors);
    for (const r of refusals) {
      expect(errorCodes(r)).toEqual(['CONFLICT']);
      expect(looksDanish(r.errors![0].message)).toBe(true);
    }
    // Ordered locks leave nothing to deadlock on: a refusal is the rare exception, not the rule.
    expect(refusals.length).toBeLessThanOrEqual(Math.floor(answers.length / 20));
  });

  describe('retryOnLockConflict (the savepoint around a caseload write)', () => {
    /** A request-like context on a real transaction, with a scratch table to count writes. */
    async function withContext(fn: (ctx: RequestContext, count: () => Promise<number>) => Promise<void>): Promise<void> {
      const qr = (await ownerDataSource()).createQueryRunner();
      await qr.connect();
      await qr.startTransaction();
      try {
        await qr.query(`CREATE TEMP TABLE retry_probe (n int) ON COMMIT DROP`);
        const ctx = { queryRunner: qr, db: qr.manager, audit: [], loaders: createLoaders(qr.manager) } as unknown as RequestContext;
        await fn(ctx, async () => Number((await qr.query(`SELECT count(*)::int AS n FROM retry_probe`))[0].n));
      } finally {
        await qr.rollbackTransaction();
        await qr.release();
      }
    }
    const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

    it('rolls a deadlock victim back to its savepoint and runs it again; earlier work of the request stays', async () => {
      await withContext(async (ctx, count) => {
        await ctx.queryRunner.query(`INSERT INTO retry_probe VALUES (0)`); // the request's earlier work
        let calls = 0;
        const result = await retryOnLockConflict(ctx, async () => {
          calls++;
          await ctx.queryRunner.query(`INSERT INTO retry_probe VALUES ($1)`, [calls]);
          ctx.audit.push({ operation: 'citizen.assign' } as never);
          if (calls === 1) throw deadlock();
          return 'ok';
        });
        expect({ result, calls, rows: await count(), audit: ctx.audit.length }).toEqual({ result: 'ok', calls: 2, rows: 2, audit: 1 });
      });
    });

    it(`gives up after ${LOCK_RETRY_ATTEMPTS} attempts with CONFLICT, nothing of the work kept`, async () => {
      await withContext(async (ctx, count) => {
        let calls = 0;
        const failing = retryOnLockConflict(ctx, async () => {
          calls++;
          await ctx.queryRunner.query(`INSERT INTO retry_probe VALUES (1)`);
          throw deadlock();
        });
        await expect(failing).rejects.toBeInstanceOf(LockConflictException);
        expect({ calls, rows: await count() }).toEqual({ calls: LOCK_RETRY_ATTEMPTS, rows: 0 });
      });
    });

    it('lets any other error through at once', async () => {
      await withContext(async (ctx) => {
        let calls = 0;
        await expect(retryOnLockConflict(ctx, async () => { calls++; throw new Error('other'); })).rejects.toThrow('other');
        expect(calls).toBe(1);
      });
    });
  });
});
