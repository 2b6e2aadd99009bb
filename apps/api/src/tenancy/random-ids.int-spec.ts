/**
 * Existence must not leak, generated from the schema: every root field that takes an id
 * (operation-fixtures.ts), called by each role that may call it with ids that exist nowhere
 * (random uuids) and with another tenant's ids, gets the same answer — the same error code and
 * message, or the same empty result — and never an internal error. A difference would tell the
 * caller that an id exists somewhere.
 */
import { closeOwnerDataSource } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { errorCodes, tenantChecksum } from '../testing/db-state';
import { createWorld, idsOf, randomTarget, type Target, teamIdsOf, type World } from '../testing/fixture-world';
import { aimsAt, CONCURRENCY, expectEveryFieldHasAFixture, matrixFixtures, pool, send } from '../testing/matrix';
import type { CallerRole, FixtureCase } from '../testing/operation-fixtures';

const RANDOM = randomTarget();
/** Fields whose variables carry ids (the others cannot be aimed at an id). */
const FIXTURES = matrixFixtures().filter((fc) => !fc.open && aimsAt(fc.vars(RANDOM), idsOf(RANDOM)));
const CASES = FIXTURES.flatMap((fc) => fc.roles.map((role) => ({ fc, role, name: `${role} × ${fc.field.kind} ${fc.field.name}` })));

/**
 * KNOWN EXCEPTION (reported, not fixed here): inside one tenant, these fields answer another
 * team's object with FORBIDDEN ("Du har ikke adgang…", logged as *.denied) where an id that
 * exists nowhere answers NOT_FOUND, so a team member can tell that an id belongs to another team
 * of the municipality. The other tenant's ids are indistinguishable from random ones (checked
 * for every field above), and visits and team-level reads already answer alike. Making them
 * alike is a product decision (the need-to-know spec and the access log expect the refusal), so
 * the test pins today's difference: a field fixed to answer alike must leave this list, and a
 * new field must answer alike or be added here with a reason.
 */
const OTHER_TEAM_ANSWERS_FORBIDDEN = new Set([
  'addFollowUpTask', 'addMeetingDecision', 'addNetworkMeetingAgendaPoint', 'addNetworkMeetingParticipant',
  'addRelative', 'addSecondaryContact', 'addTeamBoardContact', 'addTeamBoardNote', 'addTeamMeetingItem',
  'agreeCarePlan', 'assignPrimaryContact', 'assignPrimaryContacts', 'carePlanDiff', 'carePlanVersion',
  'citizen', 'citizenCpr', 'clearCrisisFlag', 'closeTeamMeeting', 'completeFollowUpTask', 'consentCheck',
  'createNetworkMeeting', 'endPrimaryContact', 'endSecondaryContact', 'functionRole',
  'grantCaseloadException', 'linkMemberToFunctionRole', 'networkMeeting', 'planVisit',
  'prepareTeamMeetingAgenda', 'putCitizenOnTeamBoard', 'raiseCrisisFlag', 'recordAdmission', 'recordConsent',
  'recordTeamMeetingAttendance', 'removeNetworkMeetingParticipant', 'saveCarePlanDraft',
  'saveFunctionDescription', 'saveNetworkMeetingPreparation', 'saveNetworkMeetingSummary', 'setMemberFte',
  'startCarePlanDraft', 'takeCitizenOffTeamBoard', 'team', 'teamMeeting', 'teamMeetingMinutes',
  'updateCitizen', 'updateRelative', 'updateTeamMeetingItem', 'withdrawConsent',
  // Courses to regional treatment are citizen data behind the same readableCitizen check.
  'regionalTreatmentCourses', 'recordRegionalReferral', 'updateRegionalTreatmentCourse',
  // Method fidelity (ADR 0021): another team's report, drill-down, trend, rating and budget are
  // refused as FORBIDDEN by design (the acceptance); a team's existence is no secret in
  // the tenant (every role lists the teams), and another tenant's team is NOT_FOUND like a random id.
  'fidelityReport', 'fidelityTrend', 'fidelityDrillDown', 'rateFidelityItem', 'setTeamBudgetedPositions',
  // Ending a course reads the citizen behind the same readableCitizen check.
  'endCitizenCourse',
]);

/** What a caller can observe of an answer: status, error codes and messages, the data. */
function observable(res: GqlResult): unknown {
  return {
    status: res.status,
    errors: (res.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message, path: e.path })),
    data: res.data,
  };
}

describe('random ids answer like another tenant’s ids', () => {
  let api: ApiHarness;
  let a: World;
  let b: World;
  const answers = new Map<string, { random: GqlResult; otherTenant: GqlResult; otherTeam: GqlResult }>();
  let bBefore: Record<string, unknown>;

  beforeAll(async () => {
    api = await startApi();
    [a, b] = await Promise.all([createWorld(api), createWorld(api)]);
    bBefore = await tenantChecksum(b.ids.tenantId);
    const ask = (fc: FixtureCase, role: CallerRole, t: Target) => send(api, fc, fc.vars(t), a.cookies[role]);
    await pool(CASES, CONCURRENCY, async ({ fc, role, name }) => {
      // One after the other, so that a mutation's answer does not depend on the other's timing.
      const random = await ask(fc, role, RANDOM);
      const otherTenant = await ask(fc, role, b.team1);
      const otherTeam = role === 'leader' || role === 'member' ? await ask(fc, role, a.team2) : otherTenant;
      answers.set(name, { random, otherTenant, otherTeam });
    });
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('every root field has a fixture (apps/api/src/testing/operation-fixtures.ts)', expectEveryFieldHasAFixture);

  it('covers every field that takes an id', () => {
    expect(FIXTURES.length).toBeGreaterThan(60);
  });

  it.each(CASES)('$name', ({ name }) => {
    const { random, otherTenant } = answers.get(name)!;
    expect(errorCodes(random)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(random.status).toBeLessThan(500);
    expect(observable(random)).toEqual(observable(otherTenant));
  });

  // Only fields aimed at a team's own objects: a tenant-wide object (a readiness round) is the
  // same in both teams' targets, so the "other team" call is a valid call.
  const TEAM_CASES = CASES.filter((c) => (c.role === 'leader' || c.role === 'member') && aimsAt(c.fc.vars(RANDOM), teamIdsOf(RANDOM)));
  it.each(TEAM_CASES)('other team of the same tenant: $name', ({ fc, name }) => {
    const { random, otherTeam } = answers.get(name)!;
    if (OTHER_TEAM_ANSWERS_FORBIDDEN.has(fc.field.name)) {
      expect([errorCodes(otherTeam), otherTeam.data]).toEqual([['FORBIDDEN'], null]);
      expect([errorCodes(random), random.data]).toEqual([['NOT_FOUND'], null]);
    } else {
      expect(observable(random)).toEqual(observable(otherTeam));
    }
  });

  it("leaves the other tenant's rows unchanged", async () => {
    expect(await tenantChecksum(b.ids.tenantId)).toEqual(bBefore);
  });
});
