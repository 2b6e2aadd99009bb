/**
 * The bulk-import write path (assignPrimaryContacts) is all or nothing under the max-10 rule, and
 * ending a citizen's course frees the primary contact's place.
 */
import { CitizenStatus, Role } from '@act/db';
import { addTeamMember, closeOwnerDataSource, createCitizen, createTestTenant, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';

const BULK = `mutation($input: AssignPrimaryContactsInput!) { assignPrimaryContacts(input: $input) { id status } }`;
const UPDATE_CITIZEN = `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id status primaryContact { id } } }`;

describe('bulk assignment and ended courses', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let leader: string;
  let smallMemberId: string;
  let citizens: string[];

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    leader = await api.login(t.leader.email, t.password);
    const owner = await ownerDataSource();
    const user = await createUser(owner, t.tenantId, { role: Role.TeamMember, name: 'Lille Normering' });
    smallMemberId = (await addTeamMember(owner, t.tenantId, t.team.id, user.id, { fte: 0.2 })).id; // capacity 2
    citizens = [];
    for (let i = 0; i < 3; i++) {
      citizens.push((await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Referred })).id);
    }
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  const openFor = async (memberId: string): Promise<number> =>
    Number(
      (await (await ownerDataSource()).query(`SELECT count(*) AS n FROM primary_assignment WHERE member_id = $1 AND ended_at IS NULL`, [memberId]))[0].n,
    );

  it('refuses the whole import when one row would break the rule, naming the row; nothing is written', async () => {
    const res = await api.gql(BULK, { input: { assignments: citizens.map((citizenId) => ({ citizenId, memberId: smallMemberId })) } }, leader);
    expect(res.errors![0].extensions).toMatchObject({ code: 'CASELOAD_LIMIT_EXCEEDED', field: 'assignments.2.memberId' });
    expect(res.errors![0].message).toMatch(/^Række 3: .*Lille Normering.*Intet er gemt\./);
    expect(await openFor(smallMemberId)).toBe(0);
  });

  it('imports rows within capacity in one go', async () => {
    const res = await api.gql(BULK, { input: { assignments: citizens.slice(0, 2).map((citizenId) => ({ citizenId, memberId: smallMemberId })) } }, leader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignPrimaryContacts).toEqual(citizens.slice(0, 2).map((id) => ({ id, status: 'ACTIVE' })));
    expect(await openFor(smallMemberId)).toBe(2);
  });

  it('frees the place when the course is ended', async () => {
    const res = await api.gql(UPDATE_CITIZEN, { input: { id: citizens[0], status: 'ENDED', statusReason: 'Flyttet til anden kommune' } }, leader);
    expect(res.data!.updateCitizen).toEqual({ id: citizens[0], status: 'ENDED', primaryContact: null });
    expect(await openFor(smallMemberId)).toBe(1);
    const third = await api.gql(BULK, { input: { assignments: [{ citizenId: citizens[2], memberId: smallMemberId }] } }, leader);
    expect(third.errors).toBeUndefined();
  });
});
