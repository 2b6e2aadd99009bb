/**
 * Issue 13, defect 1: whatever is sent is logged, in every outcome. A mutation whose answer
 * carries citizen data and then fails in a later field rolls back — its access-log rows are
 * still written, after the rollback, marked `rolled_back`. When the log cannot be written the
 * answer is replaced by an error and no citizen data leaves the server.
 */
import { addTeamMember, createUser, ownerDataSource, shortId } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import type { ApiHarness } from '../../testing/api-harness';
import { useApiSuite } from '../../testing/api-suite';
import { type Cookies, errorCodes } from '../../testing/db-state';
import type { TestTenant } from '@act/db/testing';

/** The reproduction, verbatim: the nested page size (101) is refused after the citizen is answered. */
const REPRODUCTION = `mutation($input: UpdateCitizenInput!) {
  updateCitizen(input: $input) {
    id name phone cprMasked address { street city } relatives { name phone }
    carePlan { current { citizen { team { citizens(first: 101) { totalCount } } } } }
  } }`;
const CITIZEN = `query($id: ID!) { citizen(id: $id) { id name phone } }`;

async function logRows(requestId: string) {
  const owner = await ownerDataSource();
  return owner.query<Array<{ citizen_id: string | null; operation: string; actor_user_id: string; outcome: string }>>(
    `SELECT citizen_id, operation, actor_user_id, outcome FROM access_log WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );
}

describe('whatever is sent is logged', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  useApiSuite((s) => ({ api, t, c } = s));

  const ok = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const res = await api.gql(query, variables, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    // The citizen has a relative and an agreed plan, so the answer reaches the nested list.
    await ok(
      `mutation($i: AddRelativeInput!) { addRelative(input: $i) { id } }`,
      { i: { citizenId: t.citizen.id, name: 'Søster Hansen', phone: '+4520304050', relation: 'Søster', wantsInvolved: true } },
      c.member,
    );
    const lifeArea = (await ok(`query { lifeAreas { id } }`, {}, c.member)).lifeAreas[0].id;
    const draft = (await ok(`mutation($i: CitizenRefInput!) { startCarePlanDraft(input: $i) { id revision } }`, { i: { citizenId: t.citizen.id } }, c.member))
      .startCarePlanDraft;
    const saved = (
      await ok(
        `mutation($i: SaveCarePlanDraftInput!) { saveCarePlanDraft(input: $i) { id revision } }`,
        { i: { versionId: draft.id, expectedRevision: draft.revision, citizenWords: 'Egen bolig', nextFollowUpOn: addDays(copenhagenToday(), 30), goals: [{ lifeAreaId: lifeArea, citizenWords: 'Bolig', steps: [] }] } },
        c.member,
      )
    ).saveCarePlanDraft;
    await ok(
      `mutation($i: AgreeCarePlanInput!) { agreeCarePlan(input: $i) { id } }`,
      { i: { versionId: draft.id, expectedRevision: saved.revision, agreedOn: copenhagenToday(), agreedHow: 'HOME_VISIT', participants: 'Borgeren' } },
      c.member,
    );
  });

  it("logs the issue's reproduction: citizen data sent with a nested BAD_USER_INPUT leaves rolled-back rows", async () => {
    const before = (await ok(CITIZEN, { id: t.citizen.id }, c.member)).citizen;
    const res = await api.gql(REPRODUCTION, { input: { id: t.citizen.id, phone: before.phone } }, c.member);

    // The answer carries the citizen's data and the nested refusal …
    expect(errorCodes(res)).toContain('BAD_USER_INPUT');
    const sent = res.data!.updateCitizen;
    expect(sent).toMatchObject({ id: t.citizen.id, name: t.citizen.name, phone: before.phone });
    expect(sent.address).toEqual(expect.objectContaining({ street: expect.any(String) }));
    expect(sent.relatives).toEqual([{ name: 'Søster Hansen', phone: '+4520304050' }]);

    // … so the log holds the request's rows about that citizen, marked as rolled back.
    const rows = await logRows(res.headers.get('x-request-id')!);
    const aboutCitizen = rows.filter((r) => r.citizen_id === t.citizen.id);
    expect(aboutCitizen.map((r) => r.operation)).toEqual(expect.arrayContaining(['citizen.update', 'relative.read']));
    expect(rows.every((r) => r.actor_user_id === t.member.id && r.outcome === 'rolled_back')).toBe(true);
  });

  it('marks the rows of a committed request as committed', async () => {
    const res = await api.gql(CITIZEN, { id: t.citizen.id }, c.member);
    expect(await logRows(res.headers.get('x-request-id')!)).toEqual([
      { citizen_id: t.citizen.id, operation: 'citizen.read', actor_user_id: t.member.id, outcome: 'committed' },
    ]);
  });

  describe('when the log cannot be written', () => {
    let userId: string;
    let cookie: string;
    const trigger = `test_refuse_log_${shortId().replace(/-/g, '_')}`;

    beforeAll(async () => {
      // A member of their own whose rows PostgreSQL refuses (a real failing write, no mock).
      const owner = await ownerDataSource();
      const user = await createUser(owner, t.tenantId, { name: 'Loggen Fejler' });
      await addTeamMember(owner, t.tenantId, t.team.id, user.id);
      userId = user.id;
      cookie = await api.login(user.email, t.password);
      await owner.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'log write refused by test'; END $$`);
      await owner.query(`CREATE TRIGGER ${trigger} BEFORE INSERT ON access_log FOR EACH ROW
        WHEN (NEW.actor_user_id = '${userId}') EXECUTE FUNCTION ${trigger}()`);
    });
    afterAll(async () => {
      const owner = await ownerDataSource();
      await owner.query(`DROP TRIGGER IF EXISTS ${trigger} ON access_log`);
      await owner.query(`DROP FUNCTION IF EXISTS ${trigger}()`);
    });

    it('replaces a read answer by an error: no citizen data is sent', async () => {
      const res = await api.gql(CITIZEN, { id: t.citizen.id }, cookie);
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(res)).not.toContain(t.citizen.name);
      expect(await logRows(res.headers.get('x-request-id')!)).toEqual([]);
    });

    it('replaces the answer of a rolled-back mutation by an error too', async () => {
      const phone = (await ok(CITIZEN, { id: t.citizen.id }, c.member)).citizen.phone;
      const res = await api.gql(REPRODUCTION, { input: { id: t.citizen.id, phone } }, cookie);
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(res)).not.toContain(t.citizen.name);
      expect(JSON.stringify(res)).not.toContain('Søster Hansen');
    });
  });
});
