/**
 * The team's staffing history through the API (ADR 0025): the leader changes a member's FTE from
 * a day and registers that a member leaves; a member with citizens cannot leave before they have
 * other contacts; a member who has left is no longer on the team's list and loses access to its
 * citizens at once; a former member can come back.
 */
import { addDays, copenhagenToday } from '@act/domain';
import { ownerDataSource, type TestTenant } from '@act/db/testing';
import type { ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes } from '../testing/db-state';

const MEMBERS = `query($id: ID!) { team(id: $id) {
  members(first: 50) { edges { node { id fte discipline joinedOn leftOn leaveReason spans { from to fte discipline } } } }
  formerMembers { id leftOn leaveReason user { name } } } }`;
const CHANGE = `mutation($input: ChangeTeamMemberTermsInput!) { changeTeamMemberTerms(input: $input) { id fte discipline spans { from to fte discipline } } }`;
const END = `mutation($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { id leftOn leaveReason spans { from to fte } } }`;
const ADD = `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id joinedOn leftOn spans { from to fte } } }`;
const ASSIGN = `mutation($input: AssignPrimaryContactInput!) { assignPrimaryContact(input: $input) { id } }`;
const CITIZEN = `query($id: ID!) { citizen(id: $id) { id name } }`;
const BUDGET = `mutation($input: SetTeamBudgetedPositionsInput!) { setTeamBudgetedPositions(input: $input) { id } }`;
const BUDGET_READ = `query($id: ID!) { team(id: $id) { budgetedPositions { fte from to } } }`;

type Span = { from: string; to: string | null; fte: number; discipline?: string };

describe('staffing history', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  useApiSuite((s) => ({ api, t, c } = s));
  const today = copenhagenToday();

  beforeAll(async () => {
    // The team started a year ago.
    const owner = await ownerDataSource();
    await owner.query(`UPDATE team_member SET joined_on = $2::date WHERE team_id = $1`, [t.team.id, addDays(today, -365)]);
  });

  it('changes FTE from a past day: the earlier span ends the day before', async () => {
    const from = addDays(today, -30);
    const res = await api.gql(CHANGE, { input: { memberId: t.member.memberId, from, fte: 0.6 } }, c.leader);
    expect(res.errors).toBeUndefined();
    const member = res.data!.changeTeamMemberTerms as { fte: number; spans: Span[] };
    expect(member.fte).toBe(0.6);
    expect(member.spans).toEqual([
      { from: addDays(today, -365), to: addDays(from, -1), fte: 0.8, discipline: 'NURSING' },
      { from, to: null, fte: 0.6, discipline: 'NURSING' },
    ]);
    // A change before the last one, or one ahead, is refused in Danish.
    const before = await api.gql(CHANGE, { input: { memberId: t.member.memberId, from: addDays(today, -40), fte: 0.5 } }, c.leader);
    expect(errorCodes(before)).toEqual(['BAD_USER_INPUT']);
    expect(before.errors![0].message).toContain('Der er allerede registreret en ændring fra');
    const ahead = await api.gql(CHANGE, { input: { memberId: t.member.memberId, from: addDays(today, 3), fte: 0.5 } }, c.leader);
    expect(errorCodes(ahead)).toEqual(['BAD_USER_INPUT']);
    // Only the leader (or the admin) registers staffing: not the member, not another team's leader.
    expect(errorCodes(await api.gql(CHANGE, { input: { memberId: t.member.memberId, from: today, fte: 0.5 } }, c.member))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(CHANGE, { input: { memberId: t.otherMember.memberId, from: today, fte: 0.5 } }, c.leader))).toEqual(['NOT_FOUND']);
  });

  it('refuses to end a membership while the member is a primary contact, with what to do', async () => {
    const assigned = await api.gql(ASSIGN, { input: { citizenId: t.citizen.id, memberId: t.member.memberId } }, c.leader);
    expect(assigned.errors).toBeUndefined();
    const res = await api.gql(END, { input: { memberId: t.member.memberId, lastDay: today, reason: 'RESIGNED' } }, c.leader);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0].message).toMatch(/er stadig primær kontaktperson for 1 borger\. Giv borgerne en anden kontaktperson på siden Caseload/);
    // The leader moves the citizen to another contact person (the leader here).
    expect((await api.gql(ASSIGN, { input: { citizenId: t.citizen.id, memberId: t.leader.memberId } }, c.leader)).errors).toBeUndefined();
  });

  it('a member who has left is a former member and loses access to the team and its citizens at once', async () => {
    // Still on the team through the last day.
    expect((await api.gql(CITIZEN, { id: t.citizen.id }, c.member)).errors).toBeUndefined();
    const lastDay = addDays(today, -1);
    const res = await api.gql(END, { input: { memberId: t.member.memberId, lastDay, reason: 'MOVED_TEAM' } }, c.leader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.endTeamMembership).toMatchObject({ leftOn: lastDay, leaveReason: 'MOVED_TEAM' });
    expect((res.data!.endTeamMembership as { spans: Span[] }).spans.at(-1)).toMatchObject({ to: lastDay, fte: 0.6 });
    // The same registration again changes nothing; another date is refused.
    expect((await api.gql(END, { input: { memberId: t.member.memberId, lastDay, reason: 'MOVED_TEAM' } }, c.leader)).errors).toBeUndefined();
    expect(errorCodes(await api.gql(END, { input: { memberId: t.member.memberId, lastDay: today, reason: 'MOVED_TEAM' } }, c.leader))).toEqual(['CONFLICT']);

    const team = (await api.gql(MEMBERS, { id: t.team.id }, c.leader)).data!.team as {
      members: { edges: Array<{ node: { id: string } }> };
      formerMembers: Array<{ id: string; leftOn: string; leaveReason: string }>;
    };
    expect(team.members.edges.map((e) => e.node.id)).not.toContain(t.member.memberId);
    expect(team.formerMembers).toEqual([expect.objectContaining({ id: t.member.memberId, leftOn: lastDay, leaveReason: 'MOVED_TEAM' })]);
    // Their session goes on, but the team and its citizens are out of reach (need-to-know).
    expect(errorCodes(await api.gql(CITIZEN, { id: t.citizen.id }, c.member))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(MEMBERS, { id: t.team.id }, c.member))).toEqual(['FORBIDDEN']);
    // No new contact for them.
    const assign = await api.gql(ASSIGN, { input: { citizenId: t.citizen.id, memberId: t.member.memberId } }, c.leader);
    expect(errorCodes(assign)).toEqual(['BAD_USER_INPUT']);
    expect(assign.errors![0].message).toContain('er ikke længere med i teamet');
  });

  it('a former member can come back from a day after they left', async () => {
    const early = await api.gql(ADD, { input: { teamId: t.team.id, userId: t.member.id, discipline: 'NURSING', fte: 0.5, joinedOn: addDays(today, -1) } }, c.admin);
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    const res = await api.gql(ADD, { input: { teamId: t.team.id, userId: t.member.id, discipline: 'NURSING', fte: 0.5, joinedOn: today } }, c.admin);
    expect(res.errors).toBeUndefined();
    const back = res.data!.addTeamMember as { id: string; joinedOn: string; leftOn: string | null; spans: Span[] };
    expect(back).toMatchObject({ id: t.member.memberId, joinedOn: today, leftOn: null });
    expect(back.spans.map((s) => [s.from, s.to, s.fte])).toEqual([
      [addDays(today, -365), addDays(today, -31), 0.8],
      [addDays(today, -30), addDays(today, -1), 0.6],
      [today, null, 0.5],
    ]);
    expect((await api.gql(CITIZEN, { id: t.citizen.id }, c.member)).errors).toBeUndefined();
  });

  it('the normering form reads the spans it writes (the leader and the admin)', async () => {
    expect((await api.gql(BUDGET, { input: { teamId: t.team.id, fte: 4, from: addDays(today, -100) } }, c.leader)).errors).toBeUndefined();
    expect((await api.gql(BUDGET, { input: { teamId: t.team.id, fte: 5, from: addDays(today, -10) } }, c.admin)).errors).toBeUndefined();
    const read = await api.gql(BUDGET_READ, { id: t.team.id }, c.leader);
    expect(read.data!.team).toEqual({
      budgetedPositions: [
        { fte: 4, from: addDays(today, -100), to: addDays(today, -10) },
        { fte: 5, from: addDays(today, -10), to: null },
      ],
    });
    expect((await api.gql(BUDGET_READ, { id: t.team.id }, c.member)).data!.team).toEqual({ budgetedPositions: null });
  });
});
