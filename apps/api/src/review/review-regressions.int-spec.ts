/**
 * Regression tests for defects a security review found: audit rows lost behind a trailing
 * logout, pool exhaustion and lockout bypass by concurrent failed logins, stacked caseload
 * exceptions, lost updates, racing assignments, and user input that reached PostgreSQL.
 */
import { CitizenStatus, Role } from '@act/db';
import { addTeamMember, appClient, attempt, closeOwnerDataSource, createCitizen, createTestTenant, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import { toCopenhagenIsoDate } from '@act/domain';
import { type ApiHarness, startApi } from '../testing/api-harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
const codeOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions?.code;

describe('review regressions', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let leader: string;
  let member: string;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    leader = await api.login(t.leader.email, t.password);
    member = await api.login(t.member.email, t.password);
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('refuses logout or login sent together with other fields (their audit rows could be lost)', async () => {
    const res = await api.gql(
      `mutation($input: UpdateCitizenInput!) { a: updateCitizen(input: $input) { id phone } b: logout }`,
      { input: { id: t.citizen.id, phone: '20123456' } },
      member,
    );
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    const stored = await (await ownerDataSource()).query(`SELECT phone FROM citizen WHERE id = $1`, [t.citizen.id]);
    expect(stored[0].phone).not.toBe('+4520123456');
  });

  it('survives 30 concurrent failed logins without exhausting the pool, and the account limit holds under concurrency', async () => {
    const other = await createTestTenant();
    const started = Date.now();
    const answers = await Promise.all(
      // Each from an address of its own: only the per-account slowdown can stop them.
      Array.from({ length: 30 }, (_, i) =>
        api.gql(LOGIN, { input: { email: other.member.email, password: 'forkert-adgangskode' } }, undefined, { 'x-forwarded-for': `10.99.${Math.floor(Math.random() * 250)}.${i + 1}` }),
      ),
    );
    const spanSeconds = (Date.now() - started) / 1000;
    const codes = answers.map(codeOf);
    // 5 tries reach the password check (4 free failures, then the one that opens a 1 s wait),
    // then one try per wait that has passed (1 s, then 2 s, 4 s …): within the span of the
    // requests at most floor(log2(span + 1)) waits can have passed. The bound follows the
    // machine's speed, so a slow run cannot fail it, and a race that let more through would.
    const tried = codes.filter((c) => c === 'INVALID_CREDENTIALS').length;
    expect(tried).toBeGreaterThanOrEqual(5);
    expect(tried).toBeLessThanOrEqual(5 + Math.floor(Math.log2(spanSeconds + 1)));
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBe(30 - tried);
    const me = await api.gql(`{ me { id } }`, {}, leader);
    expect(me.data).toEqual({ me: { id: t.leader.id } });
  }, 60_000);

  it('allows one caseload exception in force per member, not a stack of them', async () => {
    const grant = (extra: number) =>
      api.gql(
        `mutation($input: GrantCaseloadExceptionInput!) { grantCaseloadException(input: $input) { id extra } }`,
        { input: { memberId: t.member.memberId, extra, reason: 'Overdragelse planlagt efter ferien', validUntil: toCopenhagenIsoDate(new Date(Date.now() + 7 * 864e5)) } },
        leader,
      );
    expect((await grant(2)).errors).toBeUndefined();
    const second = await grant(5);
    expect(codeOf(second)).toBe('CONFLICT');
    const rows = await (await ownerDataSource()).query(`SELECT count(*)::int AS n FROM caseload_exception WHERE member_id = $1`, [t.member.memberId]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses an impossible end date and a blank reason as bad input', async () => {
    const send = (validUntil: string, reason: string) =>
      api.gql(
        `mutation($input: GrantCaseloadExceptionInput!) { grantCaseloadException(input: $input) { id } }`,
        { input: { memberId: t.leader.memberId, extra: 1, reason, validUntil } },
        leader,
      );
    expect((await send('2027-02-30', 'En rigtig god begrundelse')).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    expect((await send(toCopenhagenIsoDate(new Date()), ' '.repeat(12))).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses a crafted page cursor as bad input, not a database error', async () => {
    for (const values of [['a', 'zzz'], ['x', 'ikke-et-id']]) {
      const after = Buffer.from(JSON.stringify(values)).toString('base64url');
      const res = await api.gql(`query($id: ID!, $after: String) { team(id: $id) { citizens(first: 5, after: $after) { totalCount } } }`, { id: t.team.id, after }, leader);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('lets only one of two concurrent edits with the same expected version win', async () => {
    const citizen = await api.gql(`query($id: ID!) { citizen(id: $id) { version } }`, { id: t.citizen.id }, leader);
    const version = citizen.data!.citizen.version;
    const edit = (cookie: string, name: string) =>
      api.gql(`mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { version } }`, { input: { id: t.citizen.id, expectedVersion: version, name } }, cookie);
    const answers = await Promise.all([edit(leader, 'Navn Et'), edit(member, 'Navn To'), edit(leader, 'Navn Tre')]);
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => codeOf(a) === 'CONFLICT').length).toBe(2);
  });

  it('answers concurrent assignments of one citizen without internal errors', async () => {
    const owner = await ownerDataSource();
    const waiting = await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Referred });
    const other = await api.login(t.leader.email, t.password);
    const assign = (cookie: string, memberId: string) =>
      api.gql(`mutation($input: AssignPrimaryContactInput!) { assignPrimaryContact(input: $input) { id } }`, { input: { citizenId: waiting.id, memberId } }, cookie);
    const answers = await Promise.all([assign(leader, t.leader.memberId), assign(other, t.member.memberId), assign(leader, t.member.memberId)]);
    for (const a of answers) expect(codeOf(a) ?? 'OK').not.toBe('INTERNAL_SERVER_ERROR');
    const open = await owner.query(`SELECT count(*)::int AS n FROM primary_assignment WHERE citizen_id = $1 AND ended_at IS NULL`, [waiting.id]);
    expect(open[0].n).toBe(1);
  });

  it('keeps a citizen and their contacts on one team in the database itself', async () => {
    const owner = await ownerDataSource();
    const citizen = await createCitizen(owner, t.tenantId, t.team.id, { status: CitizenStatus.Referred });
    await owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, citizen.id, t.leader.memberId]);
    const app = await appClient();
    try {
      const move = await attempt(app, t.tenantId, `UPDATE citizen SET team_id = $1 WHERE id = $2`, [t.otherTeam.id, citizen.id]);
      expect(move.ok).toBe(false);
      const user = await createUser(owner, t.tenantId, { role: Role.TeamMember });
      const outsider = await addTeamMember(owner, t.tenantId, t.otherTeam.id, user.id);
      const secondary = await attempt(app, t.tenantId, `INSERT INTO secondary_contact (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, citizen.id, outsider.id]);
      expect(secondary.ok).toBe(false);
    } finally {
      await app.end();
    }
  });

  it('logs a duplicate-CPR check and a refused read inside a failed mutation, though the mutation rolls back', async () => {
    const owner = await ownerDataSource();
    const other = await owner.query(`SELECT cpr FROM citizen WHERE id = $1`, [t.otherCitizen.id]);
    const create = await api.gql(
      `mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }`,
      { input: { teamId: t.team.id, name: 'Dobbelt Oprettet', cpr: other[0].cpr } },
      member,
    );
    expect(create.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'cpr' });
    const requestId = create.headers.get('x-request-id');
    const logged = await owner.query(`SELECT operation, citizen_id, actor_user_id FROM access_log WHERE request_id = $1`, [requestId]);
    expect(logged).toEqual([{ operation: 'citizen.create.duplicate', citizen_id: t.otherCitizen.id, actor_user_id: t.member.id }]);

    const denied = await api.gql(
      `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id } }`,
      { input: { id: t.otherCitizen.id, name: 'Forsøg' } },
      member,
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const deniedRows = await owner.query(`SELECT operation FROM access_log WHERE request_id = $1`, [denied.headers.get('x-request-id')]);
    expect(deniedRows).toEqual([{ operation: 'citizen.read.denied' }]);
  });
});
