/**
 * Issue 10, defect 3: a list with the same item twice, or too many items, is refused with a
 * clear Danish BAD_USER_INPUT — never an internal error (recordTeamMeetingAttendance with one
 * member twice hit ON CONFLICT affecting a row twice, 21000). Through the API for the reported
 * cases, and for every list field of every input type by its declared rules, so a new list
 * without a uniqueness rule and a size cap fails here.
 */
import { type TestTenant } from '@act/db/testing';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from 'class-validator';
import { InputException } from '../common/errors/input.exception';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { type ApiHarness, type GqlResult } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { DUPLICATES_ALLOWED } from '../testing/bad-values';
import { type Cookies, errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';

const CREATE_MEETING = `mutation($input: CreateTeamMeetingInput!) { createTeamMeeting(input: $input) { id } }`;
const ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordTeamMeetingAttendance(input: $input) { attendance { memberId present } } }`;
const ASSIGN_MANY = `mutation($input: AssignPrimaryContactsInput!) { assignPrimaryContacts(input: $input) { id } }`;

function expectDanishBadInput(res: GqlResult, field: string): void {
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  expect(looksDanish(res.errors![0].message)).toBe(true);
  expect(res.errors![0].extensions?.field).toBe(field);
}

/** The list fields of every input and argument type, with the names of their validators. */
function listFields(): Array<{ name: string; target: Function; property: string; rules: Map<string, unknown[]> }> {
  const storage = getMetadataStorage();
  const types = [...TypeMetadataStorage.getInputTypesMetadata(), ...TypeMetadataStorage.getArgumentsMetadata()];
  return types.flatMap((type) =>
    (type.properties ?? [])
      .filter((p) => p.options.isArray)
      .map((p) => {
        const rules = new Map<string, unknown[]>();
        for (const m of storage.getTargetValidationMetadatas(type.target, '', true, false)) {
          if (m.propertyName === p.name && m.name) rules.set(m.name, m.constraints ?? []);
        }
        return { name: `${type.name}.${p.name}`, target: type.target, property: p.name, rules };
      }),
  );
}

describe('list inputs: duplicates and length (issue 10, defect 3)', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  it('recordTeamMeetingAttendance with the same member twice is BAD_USER_INPUT, nothing written', async () => {
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
    const meeting = await api.gql(
      CREATE_MEETING,
      { input: { teamId: t.team.id, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), place: 'Mødelokalet' } },
      c.leader,
    );
    expect(meeting.errors).toBeUndefined();
    const meetingId = meeting.data!.createTeamMeeting.id as string;
    const before = await tenantChecksum(t.tenantId);
    for (const presents of [[true, true], [true, false]]) {
      const res = await api.gql(
        ATTENDANCE,
        { input: { meetingId, attendance: presents.map((present) => ({ memberId: t.member.memberId, present })) } },
        c.leader,
      );
      expectDanishBadInput(res, 'attendance');
    }
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it('assignPrimaryContacts with the same citizen twice (same or other member) is BAD_USER_INPUT, nothing written', async () => {
    const before = await tenantChecksum(t.tenantId);
    for (const second of [t.member.memberId, t.leader.memberId]) {
      const res = await api.gql(
        ASSIGN_MANY,
        { input: { assignments: [{ citizenId: t.citizen.id, memberId: t.member.memberId }, { citizenId: t.citizen.id, memberId: second }] } },
        c.leader,
      );
      expectDanishBadInput(res, 'assignments');
    }
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it('every list field declares a uniqueness rule (or says why duplicates are fine) and a size cap', () => {
    const fields = listFields();
    expect(fields.length).toBeGreaterThanOrEqual(7);
    const missing = fields.flatMap((f) => [
      ...(f.rules.has('arrayMaxSize') ? [] : [`${f.name}: no ArrayMaxSize`]),
      ...(f.rules.has('uniqueItems') || f.rules.has('arrayUnique') || DUPLICATES_ALLOWED[f.name] ? [] : [`${f.name}: no UniqueItems`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('every list field answers a duplicate and one item too many with a Danish problem for that field', async () => {
    const pipe = createValidationPipe();
    const wrong: string[] = [];
    for (const f of listFields()) {
      const identity = f.rules.get('uniqueItems')?.[0] as string | null | undefined;
      const item = (): unknown => (identity === undefined || identity === null ? randomUUID() : { [identity]: randomUUID() });
      const max = Number(f.rules.get('arrayMaxSize')?.[0]);
      const duplicate = item();
      const cases: Array<[string, unknown[]]> = [[`${max + 1} items`, Array.from({ length: max + 1 }, item)]];
      if (!DUPLICATES_ALLOWED[f.name]) cases.push(['a duplicate', [duplicate, item(), duplicate]]);
      for (const [label, list] of cases) {
        try {
          await pipe.transform({ [f.property]: list }, { type: 'body', metatype: f.target as never, data: 'input' });
          wrong.push(`${f.name} with ${label}: accepted`);
        } catch (error) {
          const problem = error instanceof InputException ? error.problems.find((p) => p.field === f.property) : undefined;
          if (!problem) wrong.push(`${f.name} with ${label}: ${error instanceof InputException ? 'no problem for the field' : String(error)}`);
          else if (!looksDanish(problem.message)) wrong.push(`${f.name} with ${label}: "${problem.message}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
