/**
 * Bad input to the login, team, user and citizen mutations, field by field, with the exact
 * answer each validator gives: empty and whitespace-only text, wrong types, unicode, injection
 * strings, CPR numbers, phones, postal codes, e-mails, FTE, versions — each a typed error
 * (BAD_USER_INPUT naming the field with `fields`, in Danish — or NOT_FOUND/CONFLICT/FORBIDDEN,
 * or a GraphQL validation error for wrong types), and the tenant's rows are unchanged. The
 * classes of bad value every root field gets (over-long, NUL and control characters, dates,
 * malformed and wrong-kind ids) are generated from the schema in malformed-input.int-spec.ts.
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, shortId, type TestTenant, uniqueFictionalCpr } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { type Cookies, errorCodes, loginAll, looksDanish, tenantChecksum } from '../testing/db-state';

const DOCS = {
  login: `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`,
  createTeam: `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name } }`,
  updateTeam: `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id name } }`,
  createUser: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
  setUserDisabled: `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id disabled } }`,
  addTeamMember: `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id fte } }`,
  updateTeamMember: `mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { id fte } }`,
  createCitizen: `mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { id name cprMasked } }`,
  updateCitizen: `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id name version } }`,
} as const;
type MutationName = keyof typeof DOCS;

const WHO: Record<MutationName, 'admin' | 'leader' | null> = {
  login: null,
  createTeam: 'admin',
  updateTeam: 'admin',
  createUser: 'admin',
  setUserDisabled: 'admin',
  addTeamMember: 'admin',
  updateTeamMember: 'admin',
  createCitizen: 'leader',
  updateCitizen: 'leader',
};

/** A valid input for each mutation, to which one bad value is applied. */
function validInput(m: MutationName, t: TestTenant): Record<string, unknown> {
  switch (m) {
    case 'login':
      return { email: `findes-ikke-${shortId()}@test.dk`, password: 'Korrekt-Hest-Batteri-42' };
    case 'createTeam':
      return { name: 'Nyt team' };
    case 'updateTeam':
      return { id: t.team.id, name: 'Omdøbt team' };
    case 'createUser':
      return { name: 'Ny Bruger', email: 'ny.bruger@test.dk', role: 'TEAM_MEMBER', password: 'Lange-Sætninger-Er-Gode-7' };
    case 'setUserDisabled':
      return { id: t.member.id, disabled: true };
    case 'addTeamMember':
      return { teamId: t.otherTeam.id, userId: t.member.id, discipline: 'NURSING', fte: 0.5 };
    case 'updateTeamMember':
      return { id: t.member.memberId, fte: 0.5 };
    case 'createCitizen':
      return {
        teamId: t.team.id,
        name: 'Ny Borger',
        cpr: '0202901236',
        phone: '20 12 34 56',
        address: { street: 'Testvej 2', postalCode: '8600', city: 'Silkeborg' },
      };
    case 'updateCitizen':
      return { id: t.citizen.id, name: 'Ny Navn' };
  }
}

type Kind =
  /** Refused by the app with this code (and, for BAD_USER_INPUT, this field). */
  | { code: 'BAD_USER_INPUT'; field: string }
  | { code: 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'INVALID_CREDENTIALS'; field?: string }
  /** Refused by GraphQL itself (wrong type, null for a required field). */
  | { code: 'GRAPHQL' };

interface Case {
  mutation: MutationName;
  label: string;
  /** Path to set (a.b for nested), value to set there; `undefined` deletes the key. */
  path: string;
  value: unknown;
  expect: Kind;
  /** More input to send along (e.g. a status so that statusReason is used). */
  extra?: Record<string, unknown>;
}

const LONG = 'x'.repeat(10_000);
const INJECTION = "'; DROP TABLE citizen; --";
const bad = (field: string): Kind => ({ code: 'BAD_USER_INPUT', field });
const GRAPHQL: Kind = { code: 'GRAPHQL' };

/** Bad values for a required, clean-text string field. */
function textCases(mutation: MutationName, path: string, field = path): Case[] {
  const refused: Case[] = [
    { label: 'empty', value: '' },
    { label: 'whitespace only', value: ' \t\n  ' },
    { label: '10,000 characters', value: LONG },
    { label: 'NUL character', value: 'Anna\u0000Hansen' },
    { label: 'control characters', value: 'Anna\u0007\u001B[31mHansen' },
  ].map((v) => ({ ...v, mutation, path, expect: bad(field) }));
  return [
    ...refused,
    { mutation, path, label: 'number for string', value: 12345, expect: GRAPHQL },
    { mutation, path, label: 'object for string', value: { a: 1 }, expect: GRAPHQL },
    { mutation, path, label: 'boolean for string', value: true, expect: GRAPHQL },
  ];
}

function requiredCase(mutation: MutationName, path: string): Case {
  return { mutation, path, label: 'null for required', value: null, expect: GRAPHQL };
}

function idCases(mutation: MutationName, path: string, notFound: Kind): Case[] {
  return [
    { mutation, path, label: 'not a uuid', value: 'not-a-uuid', expect: bad(path) },
    { mutation, path, label: 'injection string', value: INJECTION, expect: bad(path) },
    { mutation, path, label: 'empty id', value: '', expect: bad(path) },
    { mutation, path, label: 'number id', value: 12345, expect: bad(path) },
    { mutation, path, label: 'unknown uuid', value: '00000000-0000-4000-8000-000000000000', expect: notFound },
    requiredCase(mutation, path),
  ];
}

function fteCases(mutation: MutationName): Case[] {
  return [
    ...[0, 1.5, 0.333, -1, 100].map((value) => ({ mutation, path: 'fte', label: `fte ${value}`, value, expect: bad('fte') })),
    { mutation, path: 'fte', label: 'string for Float', value: 'en halv', expect: GRAPHQL },
    { mutation, path: 'fte', label: 'numeric string for Float', value: '0.5', expect: GRAPHQL },
  ];
}

function cprCases(mutation: MutationName): Case[] {
  return [
    ['bad date 310299-1234', '310299-1234'],
    ['month 13', '011390-1234'],
    ['letters', 'abcdefghij'],
    ['9 digits', '123456789'],
    ['11 digits', '01019012345'],
    ['empty', ''],
    ['whitespace', '          '],
    ['injection', INJECTION],
    ['emoji', '😀😀😀😀😀😀-😀😀😀😀'],
    ['Arabic-Indic digits', '٠٢٠٢٩٠١٢٣٦'],
    ['fullwidth digits', '０２０２９０１２３６'],
    ['NUL inside', '020290\u00001236'],
  ].map(([label, value]) => ({ mutation, path: 'cpr', label: `cpr ${label}`, value, expect: bad('cpr') }));
}

function postalCases(mutation: MutationName): Case[] {
  return ['860', '86000', 'abcd', '', '８６００', ' 8600', INJECTION, '86\u000000'].map((value) => ({
    mutation,
    path: 'address.postalCode',
    label: `postal code ${JSON.stringify(value)}`,
    value,
    expect: bad('address.postalCode'),
  }));
}

function phoneCases(mutation: MutationName): Case[] {
  return ['abc', '123', '+46 20 12 34 56', '0012345678', '٢٠١٢٣٤٥٦', INJECTION, LONG].map((value) => ({
    mutation,
    path: 'phone',
    label: `phone ${value.length > 40 ? `${value.length} chars` : JSON.stringify(value)}`,
    value,
    expect: bad('phone'),
  }));
}

function emailCases(mutation: MutationName): Case[] {
  return [
    { label: 'email without @', value: 'ikke-en-mail' },
    { label: 'email with RTL override', value: '\u202Emoc.tset@anna' },
    { label: 'email injection', value: `a${INJECTION}@test.dk` },
    { label: 'email emoji', value: '😀@test.dk' },
    { label: 'email 10,000 characters', value: `${LONG}@test.dk` },
  ].map((v) => ({ ...v, mutation, path: 'email', expect: bad('email') }));
}

function buildCases(): Case[] {
  return [
    // login: unknown users and bad strings are refused without touching any row.
    { mutation: 'login', path: 'email', label: 'empty email', value: '', expect: bad('email') },
    { mutation: 'login', path: 'email', label: '10,000-character email', value: LONG, expect: bad('email') },
    { mutation: 'login', path: 'password', label: 'empty password', value: '', expect: bad('password') },
    { mutation: 'login', path: 'password', label: '10,000-character password', value: LONG, expect: bad('password') },
    { mutation: 'login', path: 'email', label: 'injection email', value: `${INJECTION}@test.dk`, expect: { code: 'INVALID_CREDENTIALS' } },
    { mutation: 'login', path: 'email', label: 'NUL in email', value: 'a\u0000@test.dk', expect: bad('email') },
    { mutation: 'login', path: 'password', label: 'NUL in password', value: 'Korrekt\u0000', expect: bad('password') },
    { mutation: 'login', path: 'email', label: 'number for email', value: 42, expect: GRAPHQL },
    requiredCase('login', 'password'),

    ...textCases('createTeam', 'name'),
    requiredCase('createTeam', 'name'),

    ...textCases('updateTeam', 'name'),
    ...idCases('updateTeam', 'id', { code: 'NOT_FOUND' }),

    ...textCases('createUser', 'name'),
    ...emailCases('createUser'),
    { mutation: 'createUser', path: 'role', label: 'unknown role', value: 'SUPERUSER', expect: GRAPHQL },
    { mutation: 'createUser', path: 'role', label: 'lower-case role', value: 'admin', expect: GRAPHQL },
    { mutation: 'createUser', path: 'password', label: 'empty password', value: '', expect: bad('password') },
    { mutation: 'createUser', path: 'password', label: '10,000-character password', value: LONG, expect: bad('password') },
    requiredCase('createUser', 'password'),

    ...idCases('setUserDisabled', 'id', { code: 'NOT_FOUND', field: 'id' }),
    { mutation: 'setUserDisabled', path: 'disabled', label: 'string for Boolean', value: 'ja', expect: GRAPHQL },

    ...idCases('addTeamMember', 'teamId', { code: 'NOT_FOUND' }),
    ...idCases('addTeamMember', 'userId', { code: 'NOT_FOUND', field: 'userId' }),
    ...fteCases('addTeamMember'),
    requiredCase('addTeamMember', 'fte'),
    { mutation: 'addTeamMember', path: 'discipline', label: 'unknown discipline', value: 'WIZARDRY', expect: GRAPHQL },

    ...idCases('updateTeamMember', 'id', { code: 'NOT_FOUND', field: 'id' }),
    ...fteCases('updateTeamMember'),
    { mutation: 'updateTeamMember', path: 'isTeamLeader', label: 'string for Boolean', value: 'true', expect: GRAPHQL },

    ...textCases('createCitizen', 'name'),
    ...cprCases('createCitizen'),
    { mutation: 'createCitizen', path: 'cpr', label: 'number for cpr', value: 202901236, expect: GRAPHQL },
    requiredCase('createCitizen', 'cpr'),
    ...idCases('createCitizen', 'teamId', { code: 'FORBIDDEN' }),
    ...postalCases('createCitizen'),
    ...textCases('createCitizen', 'address.street'),
    ...textCases('createCitizen', 'address.city').slice(0, 5),
    ...phoneCases('createCitizen'),
    ...emailCases('createCitizen'),
    { mutation: 'createCitizen', path: 'status', label: 'unknown status', value: 'DEAD', expect: GRAPHQL },
    { mutation: 'createCitizen', path: 'address.accessNote', label: 'NUL in access note', value: 'Kode 1\u00002', expect: bad('address.accessNote') },
    {
      mutation: 'createCitizen',
      path: 'address.accessNote',
      label: '10,000-character access note',
      value: LONG,
      expect: bad('address.accessNote'),
    },

    ...textCases('updateCitizen', 'name'),
    ...idCases('updateCitizen', 'id', { code: 'NOT_FOUND' }),
    ...phoneCases('updateCitizen'),
    ...postalCases('updateCitizen'),
    ...emailCases('updateCitizen'),
    { mutation: 'updateCitizen', path: 'statusReason', label: '10,000-character reason', value: LONG, extra: { status: 'PAUSED' }, expect: bad('statusReason') },
    { mutation: 'updateCitizen', path: 'statusReason', label: 'NUL in reason', value: 'Flyttet\u0000', extra: { status: 'PAUSED' }, expect: bad('statusReason') },
    { mutation: 'updateCitizen', path: 'status', label: 'ENDED without a reason', value: 'ENDED', expect: bad('statusReason') },
    { mutation: 'updateCitizen', path: 'expectedVersion', label: 'expectedVersion 0', value: 0, expect: bad('expectedVersion') },
    { mutation: 'updateCitizen', path: 'expectedVersion', label: 'string for Int', value: 'to', expect: GRAPHQL },
    { mutation: 'updateCitizen', path: 'expectedVersion', label: 'float for Int', value: 1.5, expect: GRAPHQL },
  ] as Case[];
}

/** Sets `path` in a copy of the input; for updateCitizen address fields, starts from a full address. */
function withValue(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(input) as Record<string, any>;
  const parts = path.split('.');
  let target = copy;
  for (const p of parts.slice(0, -1)) {
    target[p] ??= { street: 'Testvej 3', postalCode: '8600', city: 'Silkeborg' };
    target = target[p];
  }
  target[parts.at(-1)!] = value;
  return copy;
}

const CASES = buildCases();
const label = (c: Case) => `${c.mutation}: ${c.label} (${c.path})`;
const named = (cases: Case[]) => cases.map((c) => [label(c), c] as const);

describe('bad input to every mutation', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  let consoleError: jest.SpyInstance;

  const send = (m: MutationName, input: Record<string, unknown>) =>
    api.gql(DOCS[m], { input }, WHO[m] ? c[WHO[m]] : undefined);

  beforeAll(async () => {
    // The API logs unexpected errors (name and path only); keep test output readable.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    api = await startApi();
    t = await createTestTenant();
    c = await loginAll(api, t);
  });
  afterAll(async () => {
    consoleError.mockRestore();
    await api?.close();
    await closeOwnerDataSource();
  });

  it('has cases for each of the mutations above', () => {
    expect(new Set(CASES.map((x) => x.mutation))).toEqual(new Set(Object.keys(DOCS)));
    expect(CASES.length).toBeGreaterThan(150);
  });

  const inputOf = (bc: Case) => withValue({ ...validInput(bc.mutation, t), ...bc.extra }, bc.path, bc.value);

  it.each(named(CASES))('%s', async (_name, bc) => {
    const before = await tenantChecksum(t.tenantId);
    const res: GqlResult = await send(bc.mutation, inputOf(bc));

    expect(res.status).toBeLessThan(500);
    expect(res.data).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
    const error = res.errors![0];
    if (bc.expect.code === 'GRAPHQL') {
      // Refused by GraphQL before any resolver ran, with a typed code.
      expect(error.path).toBeUndefined();
      expect(error.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
    } else {
      expect(error.extensions?.code).toBe(bc.expect.code);
      if (bc.expect.field !== undefined) expect(error.extensions?.field).toBe(bc.expect.field);
      if (bc.expect.code === 'BAD_USER_INPUT') {
        expect(error.extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: bc.expect.field })]));
      }
      expect(looksDanish(error.message)).toBe(true);
    }
    // Never echo a huge or hostile value back.
    expect(JSON.stringify(res.errors)).not.toContain(LONG);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it('a missing or null input is refused before any resolver runs, changing nothing', async () => {
    const before = await tenantChecksum(t.tenantId);
    for (const m of Object.keys(DOCS) as MutationName[]) {
      for (const variables of [{}, { input: null }, { input: 'x' }]) {
        const res = await api.gql(DOCS[m], variables, WHO[m] ? c[WHO[m]] : undefined);
        expect(res.status).toBeLessThan(500);
        expect(res.data).toBeNull();
        expect(res.errors![0].path).toBeUndefined();
        expect(errorCodes(res)[0]).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
      }
    }
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  /*
   * A NUL in an argument of a nested field (team.citizens(search:)) is bad input like one in a
   * root field's argument (those are generated in malformed-input.int-spec.ts): never a 500.
   */
  it('a NUL in team.citizens(search:) is BAD_USER_INPUT, not an internal error', async () => {
    const res = await api.gql(`query($id: ID!, $s: String) { team(id: $id) { citizens(search: $s) { totalCount } } }`, { id: t.team.id, s: 'a\u0000b' }, c.leader);
    expect(res.status).toBeLessThan(500);
    expect(res.data).toBeNull();
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  describe('conflicts and the valid path (so the checks above can fail)', () => {
    const citizenCount = async () =>
      (await (await ownerDataSource()).query(`SELECT count(*)::int AS n FROM citizen WHERE tenant_id = $1`, [t.tenantId]))[0].n as number;

    it('a valid createCitizen is stored and visible; the same CPR again is a CONFLICT on cpr, writing nothing', async () => {
      const cpr = uniqueFictionalCpr(t.tenantId);
      const before = await citizenCount();
      const input = { ...validInput('createCitizen', t), name: 'Åse Ødegård 😀 مرحبا', cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` };
      const ok = await send('createCitizen', input);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.createCitizen).toMatchObject({ name: 'Åse Ødegård 😀 مرحبا', cprMasked: `${cpr.slice(0, 6)}-****` });
      expect(await citizenCount()).toBe(before + 1);
      const read = await api.gql(`query($id: ID!) { citizen(id: $id) { name phone address { postalCode } } }`, { id: ok.data!.createCitizen.id }, c.leader);
      expect(read.data!.citizen).toEqual({ name: 'Åse Ødegård 😀 مرحبا', phone: '+4520123456', address: { postalCode: '8600' } });

      const checksum = await tenantChecksum(t.tenantId);
      const dup = await send('createCitizen', { ...input, name: 'Dublet', cpr });
      expect(dup.data).toBeNull();
      expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'cpr' });
      expect(looksDanish(dup.errors![0].message)).toBe(true);
      // Nothing written — except the access-log row for the duplicate check (a lookup of that citizen).
      const after = await tenantChecksum(t.tenantId);
      expect({ ...after, access_log: null }).toEqual({ ...checksum, access_log: null });
      const logged = await (await ownerDataSource()).query(`SELECT operation FROM access_log WHERE request_id = $1`, [dup.headers.get('x-request-id')]);
      expect(logged).toEqual([{ operation: 'citizen.create.duplicate' }]);
    });

    it('an injection string as a name is stored verbatim as text (parameterised SQL)', async () => {
      const res = await send('createTeam', { name: INJECTION });
      expect(res.data!.createTeam.name).toBe(INJECTION);
      expect(await citizenCount()).toBeGreaterThan(0);
    });

    it('updateCitizen with a stale expectedVersion is a CONFLICT and changes nothing', async () => {
      const current = await api.gql(`query($id: ID!) { citizen(id: $id) { version } }`, { id: t.citizen.id }, c.leader);
      const version = current.data!.citizen.version as number;
      const ok = await send('updateCitizen', { id: t.citizen.id, name: 'Første ændring', expectedVersion: version });
      expect(ok.data!.updateCitizen).toMatchObject({ name: 'Første ændring', version: version + 1 });
      const before = await tenantChecksum(t.tenantId);
      const stale = await send('updateCitizen', { id: t.citizen.id, name: 'Gammel ændring', expectedVersion: version });
      expect(stale.data).toBeNull();
      expect(errorCodes(stale)).toEqual(['CONFLICT']);
      expect(looksDanish(stale.errors![0].message)).toBe(true);
      expect(await tenantChecksum(t.tenantId)).toEqual(before);
    });

    it('duplicate team name, e-mail and membership are CONFLICTs naming the field, writing nothing', async () => {
      const before = await tenantChecksum(t.tenantId);
      const team = await send('createTeam', { name: t.otherTeam.name });
      expect(team.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
      const user = await send('createUser', { ...validInput('createUser', t), email: t.member.email.toUpperCase() });
      expect(user.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
      const member = await send('addTeamMember', { ...validInput('addTeamMember', t), teamId: t.team.id });
      expect(member.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'userId' });
      const self = await send('setUserDisabled', { id: t.admin.id, disabled: true });
      expect(self.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(await tenantChecksum(t.tenantId)).toEqual(before);
    });

    it('never logged a CPR number while answering bad input', () => {
      const logged = consoleError.mock.calls.map((call) => call.map(String).join(' ')).join('\n');
      expect(logged).not.toMatch(/\d{6}-?\d{4}/);
    });
  });
});
