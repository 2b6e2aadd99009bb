/**
 * Function descriptions and the team composition through GraphQL: the leader writes versioned
 * descriptions (a stale edit is refused, old versions stay), links members, and the composition
 * flags a missing discipline against the ACT norm.
 */
import { Discipline, Role } from '@act/db';
import { addTeamMember, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, insertCitizens, looksDanish, tenantChecksum } from '../testing/db-state';

const ROLE = `id title discipline teamName current { version purpose tasksOutreach writtenByName }
  versions { version purpose } members { memberId name fte }`;
const CREATE_ROLE = `mutation($input: CreateFunctionRoleInput!) { createFunctionRole(input: $input) { ${ROLE} } }`;
const SAVE = `mutation($input: SaveFunctionDescriptionInput!) { saveFunctionDescription(input: $input) { ${ROLE} } }`;
const LINK = `mutation($input: LinkMemberFunctionInput!) { linkMemberToFunctionRole(input: $input) { ${ROLE} } }`;
const ROLES = `query($teamId: ID!) { teamFunctionRoles(teamId: $teamId) { ${ROLE} } }`;
const COMPOSITION = `query($teamId: ID!) { teamComposition(teamId: $teamId) {
  activeCitizens totalFte missing below lines { discipline fte members needed perHundred required status } } }`;

const description = (basedOnVersion: number, purpose: string) => ({
  basedOnVersion,
  purpose,
  tasksOutreach: 'Opsøger borgeren, hvor borgeren er.',
  tasksPlan: 'Laver planen sammen med borgeren.',
  tasksSupport: 'Giver sygepleje og medicinstøtte i hjemmet.',
  tasksTransition: 'Sikrer en god overgang til egen læge.',
  professionalCompetences: 'Autoriseret sygeplejerske, erfaring med psykiatri.',
  personalCompetences: 'Vedholdende, rolig og nysgerrig.',
});

describe('function descriptions and team composition through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  it('writes versions, refuses a stale edit, keeps the old versions and links members', async () => {
    const role = await api.gql(CREATE_ROLE, { input: { teamId: t.team.id, title: 'Sygeplejerske', discipline: 'NURSING' } }, c.leader);
    expect(role.errors).toBeUndefined();
    const roleId = role.data!.createFunctionRole.id;
    expect(role.data!.createFunctionRole.current).toBeNull();
    const v1 = await api.gql(SAVE, { input: { roleId, ...description(0, 'Sygeplejefaglig støtte i hjemmet') } }, c.leader);
    expect(v1.data!.saveFunctionDescription.current).toMatchObject({ version: 1, writtenByName: t.leader.name });
    const v2 = await api.gql(SAVE, { input: { roleId, ...description(1, 'Sygepleje og somatisk sundhed') } }, c.leader);
    expect(v2.data!.saveFunctionDescription.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const before = await tenantChecksum(t.tenantId);
    const stale = await api.gql(SAVE, { input: { roleId, ...description(1, 'Skrevet oven i') } }, c.leader);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(looksDanish(stale.errors![0].message)).toBe(true);
    expect(errorCodes(await api.gql(SAVE, { input: { roleId, ...description(2, 'Medlem') } }, c.member))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(CREATE_ROLE, { input: { teamId: t.team.id, title: 'Sygeplejerske' } }, c.leader))).toEqual(['CONFLICT']);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);

    const linked = await api.gql(LINK, { input: { memberId: t.member.memberId, roleId } }, c.leader);
    expect(linked.data!.linkMemberToFunctionRole[0].members).toEqual([{ memberId: t.member.memberId, name: t.member.name, fte: 0.8 }]);
    const roles = await api.gql(ROLES, { teamId: t.team.id }, c.member);
    expect(roles.data!.teamFunctionRoles[0].current.purpose).toBe('Sygepleje og somatisk sundhed');
    expect(errorCodes(await api.gql(ROLES, { teamId: t.team.id }, c.otherMember))).toEqual(['FORBIDDEN']);
    const other = await api.gql(LINK, { input: { memberId: t.otherMember.memberId, roleId } }, c.leader);
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);

    const owner = await ownerDataSource();
    await expect(owner.transaction(async (m) => {
      await m.query(`SET LOCAL ROLE act_app`);
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [t.tenantId]);
      await m.query(`UPDATE function_description SET purpose = 'x'`);
    })).rejects.toThrow(/permission denied/);
  });

  it('shows FTE per discipline against the ACT norm and flags a missing discipline', async () => {
    const owner = await ownerDataSource();
    await insertCitizens(t.tenantId, t.team.id, 19, 'Komp'); // 20 active with the tenant's own citizen
    const add = async (discipline: Discipline, fte: number) => {
      const u = await createUser(owner, t.tenantId, { role: Role.TeamMember });
      await addTeamMember(owner, t.tenantId, t.team.id, u.id, { discipline, fte });
    };
    await add(Discipline.Psychiatry, 0.2);
    await add(Discipline.SubstanceAbuse, 0.5);
    const res = await api.gql(COMPOSITION, { teamId: t.team.id }, c.leader);
    expect(res.errors).toBeUndefined();
    const comp = res.data!.teamComposition;
    expect(comp.activeCitizens).toBe(20);
    expect(comp.missing).toEqual(['EMPLOYMENT']);
    const line = (d: string) => comp.lines.find((l: { discipline: string }) => l.discipline === d);
    expect(line('PSYCHIATRY')).toMatchObject({ fte: 0.2, needed: 0.2, status: 'MET' });
    expect(line('NURSING')).toMatchObject({ fte: 0.8, needed: 0.4, status: 'MET' });
    expect(line('SUBSTANCE_ABUSE')).toMatchObject({ fte: 0.5, needed: 0.4, status: 'MET' });
    expect(line('EMPLOYMENT')).toMatchObject({ fte: 0, needed: 0.4, status: 'MISSING', required: true });
    expect(line('PEER')).toMatchObject({ status: 'OPTIONAL_MISSING', required: false });
    expect(errorCodes(await api.gql(COMPOSITION, { teamId: t.team.id }, c.otherMember))).toEqual(['FORBIDDEN']);
  });
});
