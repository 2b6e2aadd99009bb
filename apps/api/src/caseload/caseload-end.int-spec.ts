/**
 * Issue 10, defect 5: ending a contact reports what really happened. `endPrimaryContact` racing
 * a reassignment answered ok but ended nothing (it did not lock the citizen); ending a secondary
 * contact answered ok for a member who was none, even another team's. Now: the citizen is locked
 * before anything is checked, an ok end really ended a row, and "nothing to end" is NOT_FOUND
 * (CONFLICT when a concurrent writer got there first).
 */
import { CitizenStatus, Role } from '@act/db';
import { addTeamMember, closeOwnerDataSource, createCitizen, createTestTenant, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';

const ROUNDS = Number(process.env.CASELOAD_END_ROUNDS ?? 25);
const END = `mutation($input: EndPrimaryContactInput!) { endPrimaryContact(input: $input) { id primaryContact { id memberId } } }`;
const ASSIGN = `mutation($input: AssignPrimaryContactInput!) { assignPrimaryContact(input: $input) { id primaryContact { memberId } } }`;
const ADD_SECONDARY = `mutation($input: SecondaryContactInput!) { addSecondaryContact(input: $input) { id secondaryContacts { id } } }`;
const END_SECONDARY = `mutation($input: SecondaryContactInput!) { endSecondaryContact(input: $input) { id secondaryContacts { id } } }`;

jest.setTimeout(90_000);

describe('ending contacts (issue 10, defect 5)', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let leaderA: string;
  let leaderB: string;
  let m1: string;
  let m2: string;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    const owner = await ownerDataSource();
    const member = async () => (await addTeamMember(owner, t.tenantId, t.team.id, (await createUser(owner, t.tenantId, { role: Role.TeamMember })).id, { fte: 1 })).id;
    [m1, m2] = [await member(), await member()];
    leaderA = await api.login(t.leader.email, t.password);
    leaderB = await api.login(t.leader.email, t.password);
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it(`endPrimaryContact racing a reassignment: an ok end really ended a row, ${ROUNDS} rounds`, async () => {
    const owner = await ownerDataSource();
    const wrong: string[] = [];
    let ends = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const citizen = (await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Paused })).id;
      await owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, citizen, m1]);
      const reason = `Pause i forløbet, runde ${round}`;
      const [end, reassign] = await Promise.all([
        api.gql(END, { input: { citizenId: citizen, reason } }, leaderA),
        api.gql(ASSIGN, { input: { citizenId: citizen, memberId: m2 } }, leaderB),
      ]);
      for (const r of [end, reassign]) {
        if (r.errors && !['CONFLICT', 'NOT_FOUND'].includes(errorCodes(r)[0])) wrong.push(`round ${round}: ${errorCodes(r).join()}`);
      }
      if (!end.errors) {
        ends++;
        const ended: unknown[] = await owner.query(`SELECT 1 FROM primary_assignment WHERE citizen_id = $1 AND end_reason = $2`, [citizen, reason]);
        if (ended.length !== 1) wrong.push(`round ${round}: end answered ok, ended ${ended.length} rows`);
        if (end.data!.endPrimaryContact.primaryContact !== null) wrong.push(`round ${round}: end answered ok, citizen still has a contact`);
      }
      // The database agrees: one open row at most, and it is the reassignment's when that came last.
      const open: Array<{ member_id: string }> = await owner.query(`SELECT member_id FROM primary_assignment WHERE citizen_id = $1 AND ended_at IS NULL`, [citizen]);
      if (open.length > 1 || (open[0] && open[0].member_id !== m2)) wrong.push(`round ${round}: open rows ${JSON.stringify(open)}`);
      // Free the members for the next round (history rows stay).
      await owner.query(`UPDATE primary_assignment SET ended_at = now(), end_reason = 'Testrunde' WHERE citizen_id = $1 AND ended_at IS NULL`, [citizen]);
    }
    expect(wrong).toEqual([]);
    expect(ends).toBeGreaterThan(0);
  });

  it('endPrimaryContact with nothing to end is NOT_FOUND in Danish', async () => {
    const owner = await ownerDataSource();
    const citizen = (await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Paused })).id;
    const res = await api.gql(END, { input: { citizenId: citizen, reason: 'Ingen at afslutte' } }, leaderA);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(looksDanish(res.errors![0].message)).toBe(true);
  });

  it('endSecondaryContact: NOT_FOUND for a member who is not a secondary contact (also of another team), ok once for one who is', async () => {
    const before = await tenantChecksum(t.tenantId);
    for (const memberId of [m1, t.otherMember.memberId]) {
      const res = await api.gql(END_SECONDARY, { input: { citizenId: t.citizen.id, memberId } }, leaderA);
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(looksDanish(res.errors![0].message)).toBe(true);
      expect(res.errors![0].extensions?.field).toBe('memberId');
    }
    expect(await tenantChecksum(t.tenantId)).toEqual(before);

    expect((await api.gql(ADD_SECONDARY, { input: { citizenId: t.citizen.id, memberId: m1 } }, leaderA)).errors).toBeUndefined();
    // Two ends at once: one ends it, the other finds nothing left (NOT_FOUND) or lost the race (CONFLICT).
    const results = await Promise.all([leaderA, leaderB].map((cookie) => api.gql(END_SECONDARY, { input: { citizenId: t.citizen.id, memberId: m1 } }, cookie)));
    const codes = results.map((r) => errorCodes(r)[0] ?? 'ok').sort();
    expect(codes[1]).toBe('ok');
    expect(['CONFLICT', 'NOT_FOUND']).toContain(codes[0]);
    const open: unknown[] = await (await ownerDataSource()).query(
      `SELECT 1 FROM secondary_contact WHERE citizen_id = $1 AND member_id = $2 AND ended_at IS NULL`,
      [t.citizen.id, m1],
    );
    expect(open).toEqual([]);
  });
});
