/**
 * Issue 10, defect 2: every number JSON can carry gets a clear, Danish BAD_USER_INPUT — never an
 * internal error. 1e-7 and 5e-324 used to crash class-validator's maxDecimalPlaces (TypeError).
 * Through the API for the FTE mutations and an Int field, and for every Float/Int field of every
 * input type straight through the app's validation pipe (so a new numeric field is covered too).
 */
import { type TestTenant } from '@act/db/testing';
import { Float, Int, TypeMetadataStorage } from '@nestjs/graphql';
import { InputException } from '../common/errors/input.exception';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { type ApiHarness, type GqlResult } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';

/** Numbers at the edges of what JSON carries (and what JSON.parse makes of them). */
export const EDGE_FLOATS = [1e-7, 5e-324, -0, 1e308, -1e308, 1.7976931348623157e308, 2 ** 53 + 2, 0.1 + 0.2, 1e21, -1e-7];
/** Integers GraphQL's Int lets through to the app (32-bit signed). */
export const EDGE_INTS = [0, -0, 1, -1, 2147483647, -2147483648];
/** Integers and decimals GraphQL's Int refuses itself. */
const NOT_INT = [2147483648, -2147483649, 2 ** 53, 1e308, 1.5, 5e-324];

const SET_FTE = `mutation($input: SetMemberFteInput!) { setMemberFte(input: $input) { id fte } }`;
const UPDATE_MEMBER = `mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { id fte } }`;
const ADD_MEMBER = `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id fte } }`;
const GRANT = `mutation($input: GrantCaseloadExceptionInput!) { grantCaseloadException(input: $input) { id } }`;

function expectDanishBadInput(res: GqlResult, field: string): void {
  expect({ codes: errorCodes(res), status: res.status }).toEqual({ codes: ['BAD_USER_INPUT'], status: res.status });
  const error = res.errors![0];
  expect(looksDanish(error.message)).toBe(true);
  expect(error.extensions?.field).toBe(field);
}

describe('numbers at the edges of JSON (issue 10, defect 2)', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  it.each([1e-7, 5e-324, -1e-7, 1e308, 0.1 + 0.2])('setMemberFte, updateTeamMember and addTeamMember refuse fte %p in Danish, nothing written', async (fte) => {
    const before = await tenantChecksum(t.tenantId);
    expectDanishBadInput(await api.gql(SET_FTE, { input: { memberId: t.member.memberId, fte } }, c.leader), 'fte');
    expectDanishBadInput(await api.gql(UPDATE_MEMBER, { input: { id: t.member.memberId, fte } }, c.admin), 'fte');
    expectDanishBadInput(
      await api.gql(ADD_MEMBER, { input: { teamId: t.otherTeam.id, userId: t.member.id, discipline: 'NURSING', fte } }, c.admin),
      'fte',
    );
    // The same as an inline literal in the document, as the issue reported it.
    const literal = await api.gql(
      `mutation { setMemberFte(input: { memberId: "${t.member.memberId}", fte: ${fte} }) { id } }`,
      undefined,
      c.leader,
    );
    expect(errorCodes(literal)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it.each(NOT_INT)('an Int field given %p answers BAD_USER_INPUT in Danish naming the field', async (extra) => {
    const res = await api.gql(
      GRANT,
      { input: { memberId: t.member.memberId, extra, reason: 'Midlertidig ekstra plads i en travl periode', validUntil: '2099-01-01' } },
      c.leader,
    );
    expectDanishBadInput(res, 'extra');
  });

  it('every Float and Int field of every input and argument type answers edge numbers with a Danish problem for that field', async () => {
    const pipe = createValidationPipe();
    const inputs = [...TypeMetadataStorage.getInputTypesMetadata(), ...TypeMetadataStorage.getArgumentsMetadata()];
    const checked: string[] = [];
    const crashes: string[] = [];
    for (const input of inputs) {
      for (const property of input.properties ?? []) {
        const type = property.typeFn();
        if (type !== Float && type !== Int) continue;
        checked.push(`${input.name}.${property.name}`);
        for (const value of type === Float ? [...EDGE_FLOATS, ...EDGE_INTS] : EDGE_INTS) {
          try {
            await pipe.transform({ [property.name]: value }, { type: 'body', metatype: input.target as never, data: 'input' });
          } catch (error) {
            if (!(error instanceof InputException)) {
              crashes.push(`${input.name}.${property.name} = ${value}: ${(error as Error).constructor.name}`);
              continue;
            }
            // A crash caught by the pipe's safety net names no field: the field's own rule must answer.
            if (error.problems.some((p) => p.field === 'input')) crashes.push(`${input.name}.${property.name} = ${value}: no field`);
            for (const p of error.problems.filter((x) => x.field === property.name)) {
              if (!looksDanish(p.message)) crashes.push(`${input.name}.${property.name} = ${value}: "${p.message}"`);
            }
          }
        }
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(10);
    expect(checked).toEqual(expect.arrayContaining(['PageArgs.first', 'SetMemberFteInput.fte', 'UpdateTeamMemberInput.fte', 'AddTeamMemberInput.fte']));
    expect(crashes).toEqual([]);
  });
});
