/**
 * Courses to and from regional dual-diagnosis treatment through GraphQL: the citizen's team
 * records a referral and follows it through admission, discharge and return (or withdraws it);
 * dates out of order are refused in Danish per field; another team, the admin and the steering
 * group are refused; every read and write is in the access log.
 */
import { addDays, copenhagenToday } from '@act/domain';
import type { TestTenant } from '@act/db/testing';
import { type ApiHarness, type GqlResult } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { accessLogRows, type Cookies, errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';

const COURSE = `id unit referredOn admittedOn dischargedOn returnedOn withdrawnOn stage waitingDays recordedByName version`;
const LIST = `query($citizenId: ID!) { regionalTreatmentCourses(citizenId: $citizenId) { ${COURSE} } }`;
const REFER = `mutation($input: RecordRegionalReferralInput!) { recordRegionalReferral(input: $input) { ${COURSE} } }`;
const UPDATE = `mutation($input: UpdateRegionalTreatmentCourseInput!) { updateRegionalTreatmentCourse(input: $input) { ${COURSE} } }`;

const today = copenhagenToday();
const unit = 'Dobbeltdiagnoseafsnittet, Regionspsykiatrien Vest';

function expectDanishProblem(res: GqlResult, code: string, field: string): void {
  expect(errorCodes(res)).toEqual([code]);
  expect(looksDanish(res.errors![0].message)).toBe(true);
  expect(res.errors![0].extensions?.field).toBe(field);
}

describe('courses to and from regional treatment through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  const opsOf = async (res: GqlResult) =>
    (await accessLogRows(res.headers.get('x-request-id')!)).map((r) => `${r.operation}:${r.citizen_id === t.citizen.id ? 'citizen' : r.citizen_id}`);

  it('the team records a referral and follows it to admission, discharge and return; each step is logged', async () => {
    const referred = await api.gql(REFER, { input: { citizenId: t.citizen.id, unit: `  ${unit} `, referredOn: addDays(today, -40) } }, c.member);
    expect(referred.errors).toBeUndefined();
    const course = referred.data!.recordRegionalReferral;
    expect(course).toMatchObject({ unit, stage: 'WAITING', waitingDays: null, version: 1, recordedByName: t.member.name });
    expect(await opsOf(referred)).toEqual(['transition.record:citizen']);

    const base = { id: course.id, unit, referredOn: addDays(today, -40) };
    const admitted = await api.gql(UPDATE, { input: { ...base, expectedVersion: 1, admittedOn: addDays(today, -26) } }, c.leader);
    expect(admitted.data!.updateRegionalTreatmentCourse).toMatchObject({ stage: 'ADMITTED', waitingDays: 14, version: 2, recordedByName: t.member.name });
    expect(await opsOf(admitted)).toEqual(['transition.update:citizen']);
    const back = await api.gql(
      UPDATE,
      { input: { ...base, expectedVersion: 2, admittedOn: addDays(today, -26), dischargedOn: addDays(today, -3), returnedOn: addDays(today, -3) } },
      c.member,
    );
    expect(back.data!.updateRegionalTreatmentCourse).toMatchObject({ stage: 'RETURNED', returnedOn: addDays(today, -3), version: 3 });

    const second = await api.gql(REFER, { input: { citizenId: t.citizen.id, unit: 'Afsnit D', referredOn: addDays(today, -2) } }, c.member);
    const withdrawn = await api.gql(
      UPDATE,
      { input: { id: second.data!.recordRegionalReferral.id, expectedVersion: 1, unit: 'Afsnit D', referredOn: addDays(today, -2), withdrawnOn: today } },
      c.member,
    );
    expect(withdrawn.data!.updateRegionalTreatmentCourse.stage).toBe('WITHDRAWN');

    const list = await api.gql(LIST, { citizenId: t.citizen.id }, c.leader);
    expect(list.data!.regionalTreatmentCourses.map((x: { stage: string }) => x.stage)).toEqual(['WITHDRAWN', 'RETURNED']);
    expect(await opsOf(list)).toEqual(['transition.read:citizen']);
  });

  it('refuses dates out of order or in the future, and a stale save, with a Danish problem for the field; nothing written', async () => {
    const course = (await api.gql(REFER, { input: { citizenId: t.citizen.id, unit, referredOn: addDays(today, -10) } }, c.member)).data!.recordRegionalReferral;
    const base = { id: course.id, expectedVersion: 1, unit, referredOn: addDays(today, -10) };
    const before = await tenantChecksum(t.tenantId);
    const save = (input: Record<string, unknown>) => api.gql(UPDATE, { input: { ...base, ...input } }, c.member);
    expectDanishProblem(await save({ admittedOn: addDays(today, -11) }), 'BAD_USER_INPUT', 'admittedOn');
    expectDanishProblem(await save({ dischargedOn: addDays(today, -5) }), 'BAD_USER_INPUT', 'dischargedOn');
    expectDanishProblem(await save({ admittedOn: addDays(today, -5), dischargedOn: addDays(today, -6) }), 'BAD_USER_INPUT', 'dischargedOn');
    expectDanishProblem(await save({ admittedOn: addDays(today, -5), returnedOn: addDays(today, -4) }), 'BAD_USER_INPUT', 'returnedOn');
    expectDanishProblem(await save({ admittedOn: addDays(today, -5), withdrawnOn: addDays(today, -4) }), 'BAD_USER_INPUT', 'withdrawnOn');
    expectDanishProblem(await save({ admittedOn: addDays(today, 1) }), 'BAD_USER_INPUT', 'admittedOn');
    expectDanishProblem(await save({ expectedVersion: 2, admittedOn: today }), 'CONFLICT', 'expectedVersion');
    expectDanishProblem(await save({ unit: ' ' }), 'BAD_USER_INPUT', 'unit');
    expectDanishProblem(await save({ admittedOn: '2025-02-30' }), 'BAD_USER_INPUT', 'admittedOn');
    expectDanishProblem(await api.gql(REFER, { input: { citizenId: t.citizen.id, unit, referredOn: addDays(today, 1) } }, c.member), 'BAD_USER_INPUT', 'referredOn');
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it("another team, the admin and the steering group cannot read or write the citizen's courses; nothing written", async () => {
    const course = (await api.gql(REFER, { input: { citizenId: t.citizen.id, unit, referredOn: today } }, c.member)).data!.recordRegionalReferral;
    const before = await tenantChecksum(t.tenantId);
    for (const role of ['otherMember', 'admin', 'steeringGroup'] as const) {
      const calls = [
        await api.gql(LIST, { citizenId: t.citizen.id }, c[role]),
        await api.gql(REFER, { input: { citizenId: t.citizen.id, unit, referredOn: today } }, c[role]),
        await api.gql(UPDATE, { input: { id: course.id, expectedVersion: 1, unit, referredOn: today, admittedOn: today } }, c[role]),
      ];
      for (const res of calls) {
        expect([role, errorCodes(res)]).toEqual([role, ['FORBIDDEN']]);
        expect(JSON.stringify(res)).not.toContain(unit);
      }
    }
    // The other team's refusals are themselves logged (citizen.read.denied); nothing else changed.
    const after = await tenantChecksum(t.tenantId);
    expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual(['access_log']);
    const mine = await api.gql(LIST, { citizenId: t.otherCitizen.id }, c.member);
    expect(errorCodes(mine)).toEqual(['FORBIDDEN']);
  });
});
