/**
 * The citizen's ACT plan, consents and relatives through GraphQL, as the real API runs them
 * (application role, RLS, one transaction per request, audit): versions keep their history, a
 * stale edit of a draft is refused and writes nothing, agreed versions are final (also in the
 * database), consent windows hold, only the citizen's team reaches any of it, and every read
 * leaves an access-log row.
 */
import { closeOwnerDataSource, createAgreedPlanGoal, createCitizen, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { randomUUID } from 'node:crypto';
import { toCopenhagenIsoDate } from '@act/domain';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { accessLogRows, type Cookies, errorCodes, loginAll, looksDanish, tenantChecksum } from '../testing/db-state';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (offset: number) => toCopenhagenIsoDate(new Date(Date.now() + offset * DAY_MS));
const TODAY = day(0);

const VERSION_FIELDS = `id number status revision previousVersionId citizenWords nextFollowUpOn agreedOn agreedHow participants
  followUpState updatedByName agreedByName
  goals { id goalKey citizenWords status stageOfChange lifeArea { id code name }
          steps { description dueOn responsibleMember { id discipline user { name } } } }
  declinedAreas { citizenWords lifeArea { code } }`;
const LIFE_AREAS = `{ lifeAreas { id code name tracksStageOfChange } }`;
const START = `mutation($input: CitizenRefInput!) { startCarePlanDraft(input: $input) { ${VERSION_FIELDS} } }`;
const SAVE = `mutation($input: SaveCarePlanDraftInput!) { saveCarePlanDraft(input: $input) { ${VERSION_FIELDS} } }`;
const AGREE = `mutation($input: AgreeCarePlanInput!) { agreeCarePlan(input: $input) { ${VERSION_FIELDS} } }`;
const VERSION = `query($id: ID!) { carePlanVersion(id: $id) { ${VERSION_FIELDS} citizen { id name } } }`;
const DIFF = `query($a: ID!, $b: ID!) { carePlanDiff(fromVersionId: $a, toVersionId: $b) { kind goalKey lifeAreaName before after } }`;
const OVERVIEW = `query($id: ID!) { citizen(id: $id) { id name
  carePlan { current { id number nextFollowUpOn followUpState goals { citizenWords steps { description dueOn } } }
             draft { id number revision } versions { id number status agreedOn } }
  consents { id partner purpose validFrom validTo withdrawnOn state recordedByName }
  relatives { id name relation wantsInvolved phone }
  latestChanges { operation actorName occurredAt } } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id partner state validFrom validTo withdrawnOn } }`;
const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id state withdrawnOn } }`;
const CHECK = `query($c: ID!, $p: String!, $q: String!, $on: String) { consentCheck(citizenId: $c, partner: $p, purpose: $q, on: $on) }`;
const ADD_RELATIVE = `mutation($input: AddRelativeInput!) { addRelative(input: $input) { id name relation wantsInvolved phone } }`;
const UPDATE_RELATIVE = `mutation($input: UpdateRelativeInput!) { updateRelative(input: $input) { id wantsInvolved } }`;

/** Rows that must not change; the access log and sessions (last seen) legitimately do. */
const stable = (checksum: Record<string, string | null>) => ({ ...checksum, access_log: null, user_session: null });

type Area = { id: string; code: string; name: string; tracksStageOfChange: boolean };

describe('care plans through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  let areas: Record<string, Area>;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    c = await loginAll(api, t);
    const res = await api.gql<{ lifeAreas: Area[] }>(LIFE_AREAS, {}, c.member);
    areas = Object.fromEntries(res.data!.lifeAreas.map((a) => [a.code, a]));
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  const ok = <T = any>(res: GqlResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  function refusal(res: GqlResult, code: string) {
    expect(res.status).toBe(200);
    expect(errorCodes(res)).toEqual([code]);
    expect(res.data).toBeNull();
    expect(looksDanish(res.errors![0].message)).toBe(true);
    return res.errors![0];
  }

  /** Counts of the citizen's plan rows, read with the owner role. */
  async function planRows(citizenId: string) {
    const [row] = await (await ownerDataSource()).query(
      `SELECT (SELECT count(*) FROM care_plan_version WHERE citizen_id = $1)::int AS versions,
              (SELECT count(*) FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id WHERE v.citizen_id = $1)::int AS goals,
              (SELECT md5(string_agg(g.citizen_words || g.status, ',' ORDER BY g.id)) FROM care_plan_goal g
                 JOIN care_plan_version v ON v.id = g.version_id WHERE v.citizen_id = $1) AS words`,
      [citizenId],
    );
    return row;
  }

  const twoGoals = () => [
    {
      lifeAreaId: areas.housing.id,
      citizenWords: 'Jeg vil have min egen lejlighed, hvor der er ro',
      status: 'ACTIVE',
      steps: [{ description: 'Vi ringer sammen til boligselskabet', responsibleMemberId: t.member.memberId, dueOn: day(7) }],
    },
    {
      lifeAreaId: areas.substance_use.id,
      citizenWords: 'Jeg vil drikke mindre i weekenden',
      status: 'ACTIVE',
      stageOfChange: 'ACTION',
      steps: [{ description: 'Tale med misbrugskonsulenten', responsibleMemberId: t.leader.memberId, dueOn: day(14) }],
    },
  ];

  describe('life areas', () => {
    it('are data per tenant, seeded with the eight defaults; substance use tracks the stage of change', async () => {
      expect(Object.keys(areas).sort()).toEqual(
        ['education_employment', 'everyday_life', 'finances', 'housing', 'mental_health', 'physical_health', 'social_network', 'substance_use'].sort(),
      );
      expect(areas.substance_use.tracksStageOfChange).toBe(true);
      expect(Object.values(areas).filter((a) => a.tracksStageOfChange)).toHaveLength(1);
      const other = await createTestTenant();
      const otherCookie = await api.login(other.member.email, other.password);
      const theirs = ok(await api.gql<{ lifeAreas: Area[] }>(LIFE_AREAS, {}, otherCookie)).lifeAreas;
      expect(theirs).toHaveLength(8);
      expect(theirs.some((a) => areas[a.code].id === a.id)).toBe(false);
    });
  });

  describe('versions: draft → agreed → follow-up', () => {
    let v1: any;
    let v2: any;

    it('starts a first, empty draft and saves two goals in the citizen\'s words with steps, a stage and a declined area', async () => {
      v1 = ok(await api.gql(START, { input: { citizenId: t.citizen.id } }, c.member)).startCarePlanDraft;
      expect(v1).toMatchObject({ number: 1, status: 'DRAFT', revision: 1, previousVersionId: null, goals: [] });

      const saved = ok(
        await api.gql(
          SAVE,
          {
            input: {
              versionId: v1.id,
              expectedRevision: 1,
              citizenWords: 'Det vigtigste for mig er at have ro og se min datter',
              nextFollowUpOn: day(90),
              goals: twoGoals(),
              declinedAreas: [{ lifeAreaId: areas.finances.id, citizenWords: 'Min økonomi vil jeg klare selv' }],
            },
          },
          c.member,
        ),
      ).saveCarePlanDraft;
      expect(saved.revision).toBe(2);
      expect(saved.updatedByName).toBe(t.member.name);
      expect(saved.goals.map((g: any) => [g.lifeArea.code, g.citizenWords, g.status, g.stageOfChange])).toEqual([
        ['housing', 'Jeg vil have min egen lejlighed, hvor der er ro', 'ACTIVE', null],
        ['substance_use', 'Jeg vil drikke mindre i weekenden', 'ACTIVE', 'ACTION'],
      ]);
      expect(saved.goals[0].steps[0]).toEqual({
        description: 'Vi ringer sammen til boligselskabet',
        dueOn: day(7),
        responsibleMember: { id: t.member.memberId, discipline: 'NURSING', user: { name: t.member.name } },
      });
      expect(saved.declinedAreas).toEqual([{ citizenWords: 'Min økonomi vil jeg klare selv', lifeArea: { code: 'finances' } }]);
      v1 = saved;
    });

    it('refuses a stale edit of the draft with CONFLICT, a clear Danish message naming who saved, and writes nothing', async () => {
      const before = await planRows(t.citizen.id);
      const checksum = await tenantChecksum(t.tenantId);
      const res = await api.gql(
        SAVE,
        { input: { versionId: v1.id, expectedRevision: 1, citizenWords: 'Overskriver', goals: [] } },
        c.leader,
      );
      const error = refusal(res, 'CONFLICT');
      expect(error.message).toContain(t.member.name);
      expect(error.message).toMatch(/ikke gemt/);
      expect(await planRows(t.citizen.id)).toEqual(before);
      const after = await tenantChecksum(t.tenantId);
      // Only the access log may differ (a refused write logs nothing; a rolled-back one neither).
      expect(stable(after)).toEqual(stable(checksum));
    });

    it('lets exactly one of two concurrent saves from the same revision win', async () => {
      const input = (words: string) => ({ input: { versionId: v1.id, expectedRevision: 2, citizenWords: words, nextFollowUpOn: day(90), goals: twoGoals() } });
      const results = await Promise.all([api.gql(SAVE, input('Første'), c.member), api.gql(SAVE, input('Anden'), c.leader)]);
      const codes = results.map((r) => (r.errors ? errorCodes(r)[0] : 'OK')).sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const winner = results.find((r) => !r.errors)!.data!.saveCarePlanDraft;
      expect(winner.revision).toBe(3);
      v1 = winner;
      const version = ok(await api.gql(VERSION, { id: v1.id }, c.member)).carePlanVersion;
      expect(version.citizenWords).toBe(winner.citizenWords);
      expect(version.goals).toHaveLength(2);
    });

    it('refuses to agree without a follow-up date in the future, naming the field, and writes nothing', async () => {
      const cleared = ok(
        await api.gql(SAVE, { input: { versionId: v1.id, expectedRevision: 3, citizenWords: v1.citizenWords, nextFollowUpOn: null, goals: twoGoals(), declinedAreas: [{ lifeAreaId: areas.finances.id, citizenWords: 'Min økonomi vil jeg klare selv' }] } }, c.member),
      ).saveCarePlanDraft;
      const res = await api.gql(
        AGREE,
        { input: { versionId: v1.id, expectedRevision: cleared.revision, agreedOn: TODAY, agreedHow: 'HOME_VISIT', participants: 'Borgeren og kontaktpersonen' } },
        c.member,
      );
      const error = refusal(res, 'BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('nextFollowUpOn');
      const tomorrow = await api.gql(
        AGREE,
        { input: { versionId: v1.id, expectedRevision: cleared.revision, agreedOn: day(1), agreedHow: 'HOME_VISIT', participants: 'Borgeren' } },
        c.member,
      );
      expect(refusal(tomorrow, 'BAD_USER_INPUT').extensions?.fields.map((f: any) => f.field)).toEqual(['agreedOn', 'nextFollowUpOn']);
      expect(ok(await api.gql(VERSION, { id: v1.id }, c.member)).carePlanVersion.status).toBe('DRAFT');
      v1 = cleared;
    });

    it('marks the draft as agreed with the citizen: when, how, who took part', async () => {
      v1 = ok(await api.gql(SAVE, { input: { versionId: v1.id, expectedRevision: v1.revision, citizenWords: v1.citizenWords, nextFollowUpOn: day(90), goals: twoGoals(), declinedAreas: [{ lifeAreaId: areas.finances.id, citizenWords: 'Min økonomi vil jeg klare selv' }] } }, c.member)).saveCarePlanDraft;
      const agreed = ok(
        await api.gql(
          AGREE,
          { input: { versionId: v1.id, expectedRevision: v1.revision, agreedOn: TODAY, agreedHow: 'HOME_VISIT', participants: 'Borgeren, Anne (bostøtte) og datteren' } },
          c.member,
        ),
      ).agreeCarePlan;
      expect(agreed).toMatchObject({ status: 'AGREED', agreedOn: TODAY, agreedHow: 'HOME_VISIT', agreedByName: t.member.name, followUpState: 'PLANNED' });
      v1 = agreed;
      const overview = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.leader)).citizen;
      expect(overview.carePlan.current).toMatchObject({ id: v1.id, number: 1, nextFollowUpOn: day(90) });
      expect(overview.carePlan.draft).toBeNull();
      expect(overview.carePlan.current.goals.map((g: any) => g.steps[0].dueOn)).toEqual([day(7), day(14)]);
    });

    it('never changes an agreed version: the API answers CONFLICT and the database refuses even the owner role', async () => {
      const res = await api.gql(SAVE, { input: { versionId: v1.id, expectedRevision: v1.revision, goals: [] } }, c.member);
      expect(refusal(res, 'CONFLICT').message).toMatch(/aftalt med borgeren/);
      const owner = await ownerDataSource();
      await expect(owner.query(`UPDATE care_plan_version SET citizen_words = 'x' WHERE id = $1`, [v1.id])).rejects.toThrow(/CARE_PLAN_AGREED/);
      await expect(owner.query(`DELETE FROM care_plan_goal WHERE version_id = $1`, [v1.id])).rejects.toThrow(/CARE_PLAN_AGREED/);
      await expect(
        owner.query(`UPDATE care_plan_step SET description = 'x' WHERE goal_id IN (SELECT id FROM care_plan_goal WHERE version_id = $1)`, [v1.id]),
      ).rejects.toThrow(/CARE_PLAN_AGREED/);
      await expect(
        owner.query(`INSERT INTO care_plan_declined_area (tenant_id, version_id, life_area_id, citizen_words) VALUES ($1, $2, $3, 'x')`, [
          t.tenantId,
          v1.id,
          areas.housing.id,
        ]),
      ).rejects.toThrow(/CARE_PLAN_AGREED/);
    });

    it('starts a follow-up from the goals still in play; a relapse restarts at precontemplation; version 1 stays readable', async () => {
      // Make version 1 hold every status through a second plan cycle: draft v2 with statuses, agree, follow up to v3.
      v2 = ok(await api.gql(START, { input: { citizenId: t.citizen.id } }, c.member)).startCarePlanDraft;
      expect(v2).toMatchObject({ number: 2, status: 'DRAFT', previousVersionId: v1.id, nextFollowUpOn: null });
      expect(v2.goals.map((g: any) => g.goalKey)).toEqual(v1.goals.map((g: any) => g.goalKey));
      expect(v2.goals[0].steps[0].responsibleMember.id).toBe(t.member.memberId);
      expect(refusal(await api.gql(START, { input: { citizenId: t.citizen.id } }, c.leader), 'CONFLICT').message).toMatch(/kladde/);

      const [housing, substance] = v2.goals;
      const goals = [
        { goalKey: housing.goalKey, lifeAreaId: areas.housing.id, citizenWords: housing.citizenWords, status: 'ACHIEVED', steps: [] },
        { goalKey: substance.goalKey, lifeAreaId: areas.substance_use.id, citizenWords: substance.citizenWords, status: 'ACTIVE', stageOfChange: 'RELAPSE', steps: [] },
        { lifeAreaId: areas.social_network.id, citizenWords: 'Jeg vil se min datter hver måned', status: 'PAUSED', steps: [] },
        { lifeAreaId: areas.physical_health.id, citizenWords: 'Gå til tandlæge', status: 'DROPPED', steps: [] },
      ];
      v2 = ok(await api.gql(SAVE, { input: { versionId: v2.id, expectedRevision: 1, citizenWords: v1.citizenWords, nextFollowUpOn: day(60), goals } }, c.member)).saveCarePlanDraft;
      v2 = ok(await api.gql(AGREE, { input: { versionId: v2.id, expectedRevision: v2.revision, agreedOn: TODAY, agreedHow: 'PHONE', participants: 'Borgeren' } }, c.member)).agreeCarePlan;

      const v3 = ok(await api.gql(START, { input: { citizenId: t.citizen.id } }, c.leader)).startCarePlanDraft;
      expect(v3.number).toBe(3);
      expect(v3.goals.map((g: any) => [g.lifeArea.code, g.status, g.stageOfChange])).toEqual([
        ['substance_use', 'ACTIVE', 'PRECONTEMPLATION'],
        ['social_network', 'PAUSED', null],
      ]);

      // History: every version stays readable as it was agreed.
      const first = ok(await api.gql(VERSION, { id: v1.id }, c.member)).carePlanVersion;
      expect(first).toMatchObject({ number: 1, status: 'AGREED', citizen: { id: t.citizen.id } });
      expect(first.goals.map((g: any) => g.status)).toEqual(['ACTIVE', 'ACTIVE']);
      const overview = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.member)).citizen;
      expect(overview.carePlan.versions.map((v: any) => [v.number, v.status])).toEqual([
        [3, 'DRAFT'],
        [2, 'AGREED'],
        [1, 'AGREED'],
      ]);
      expect(overview.carePlan.current.id).toBe(v2.id);
      expect(overview.carePlan.draft.id).toBe(v3.id);

      // After a relapse the cycle restarts: contemplation straight from relapse is refused, precontemplation is fine.
      const stageGoal = (stage: string) => ({ goalKey: substance.goalKey, lifeAreaId: areas.substance_use.id, citizenWords: substance.citizenWords, status: 'ACTIVE', stageOfChange: stage, steps: [] });
      const refused = await api.gql(SAVE, { input: { versionId: v3.id, expectedRevision: 1, goals: [stageGoal('CONTEMPLATION')] } }, c.member);
      expect(refusal(refused, 'BAD_USER_INPUT').extensions?.field).toBe('goals.0.stageOfChange');
      ok(await api.gql(SAVE, { input: { versionId: v3.id, expectedRevision: 1, goals: [stageGoal('PRECONTEMPLATION')] } }, c.member));
    });

    it('shows what changed between two versions', async () => {
      const changes = ok(await api.gql(DIFF, { a: v1.id, b: v2.id }, c.member)).carePlanDiff;
      const kinds = changes.map((ch: any) => `${ch.kind}:${ch.lifeAreaName ?? ''}`);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'NEXT_FOLLOW_UP:',
          'GOAL_STATUS:Bolig',
          'GOAL_STAGE:Rusmidler',
          'STEP_REMOVED:Bolig',
          'GOAL_ADDED:Netværk og relationer',
          'GOAL_ADDED:Fysisk helbred',
          'DECLINED_REMOVED:Økonomi',
        ]),
      );
      const stage = changes.find((ch: any) => ch.kind === 'GOAL_STAGE');
      expect([stage.before, stage.after]).toEqual(['action', 'relapse']);
    });

    it('refuses a stage of change outside substance use, an unknown life area and a responsible member from another team', async () => {
      const fresh = await createTestTenant();
      const cookie = await api.login(fresh.member.email, fresh.password);
      const theirAreas = Object.fromEntries(ok(await api.gql<{ lifeAreas: Area[] }>(LIFE_AREAS, {}, cookie)).lifeAreas.map((a) => [a.code, a]));
      const draft = ok(await api.gql(START, { input: { citizenId: fresh.citizen.id } }, cookie)).startCarePlanDraft;
      const save = (goal: Record<string, unknown>) =>
        api.gql(SAVE, { input: { versionId: draft.id, expectedRevision: 1, goals: [{ citizenWords: 'Mit mål', status: 'ACTIVE', steps: [], ...goal }] } }, cookie);
      expect(refusal(await save({ lifeAreaId: theirAreas.housing.id, stageOfChange: 'ACTION' }), 'BAD_USER_INPUT').extensions?.field).toBe('goals.0.stageOfChange');
      // Our tenant's life area is not theirs.
      expect(refusal(await save({ lifeAreaId: areas.housing.id }), 'BAD_USER_INPUT').extensions?.field).toBe('goals.0.lifeAreaId');
      const otherTeam = await save({
        lifeAreaId: theirAreas.housing.id,
        steps: [{ description: 'Ring', responsibleMemberId: fresh.otherMember.memberId, dueOn: null }],
      });
      expect(refusal(otherTeam, 'BAD_USER_INPUT').extensions?.field).toBe('goals.0.steps.0.responsibleMemberId');
      const empty = await save({ lifeAreaId: theirAreas.housing.id, citizenWords: '   ' });
      expect(refusal(empty, 'BAD_USER_INPUT').extensions?.field).toBe('goals.0.citizenWords');
      expect((await planRows(fresh.citizen.id)).goals).toBe(0);
    });
  });

  describe('consents and relatives', () => {
    it('respects the consent window and withdrawal, and keeps the withdrawn consent on record', async () => {
      const consent = ok(
        await api.gql(
          RECORD_CONSENT,
          { input: { citizenId: t.citizen.id, partner: 'Jobcenter Silkeborg', purpose: 'Afklaring af job', validFrom: day(-10), validTo: day(30) } },
          c.member,
        ),
      ).recordConsent;
      expect(consent.state).toBe('ACTIVE');
      const check = async (on: string | null, partner = 'jobcenter silkeborg', purpose = 'Afklaring af job') =>
        ok(await api.gql(CHECK, { c: t.citizen.id, p: partner, q: purpose, on }, c.member)).consentCheck;
      expect(await check(null)).toBe(true);
      expect(await check(day(-11))).toBe(false);
      expect(await check(day(-10))).toBe(true);
      expect(await check(day(30))).toBe(true);
      expect(await check(day(31))).toBe(false);
      expect(await check(null, 'Regionspsykiatrien')).toBe(false);
      expect(await check(null, 'Jobcenter Silkeborg', 'Helbredsoplysninger')).toBe(false);

      const withdrawn = ok(await api.gql(WITHDRAW, { input: { consentId: consent.id, withdrawnOn: day(5) } }, c.leader)).withdrawConsent;
      expect(withdrawn).toMatchObject({ withdrawnOn: day(5), state: 'ACTIVE' });
      expect(await check(day(4))).toBe(true);
      expect(await check(day(5))).toBe(false);
      refusal(await api.gql(WITHDRAW, { input: { consentId: consent.id, withdrawnOn: day(6) } }, c.leader), 'BAD_USER_INPUT');

      const future = ok(
        await api.gql(RECORD_CONSENT, { input: { citizenId: t.citizen.id, partner: 'Værestedet', purpose: 'Dele planen', validFrom: day(3) } }, c.member),
      ).recordConsent;
      expect(future).toMatchObject({ state: 'NOT_YET', validTo: null });
      const backwards = await api.gql(
        RECORD_CONSENT,
        { input: { citizenId: t.citizen.id, partner: 'X', purpose: 'Y', validFrom: day(3), validTo: day(2) } },
        c.member,
      );
      expect(refusal(backwards, 'BAD_USER_INPUT').extensions?.field).toBe('validTo');
      const overview = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.member)).citizen;
      expect(overview.consents.map((x: any) => [x.partner, x.state, x.recordedByName])).toEqual([
        ['Værestedet', 'NOT_YET', t.member.name],
        ['Jobcenter Silkeborg', 'ACTIVE', t.member.name],
      ]);
    });

    it('records relatives and whether the citizen wants them involved', async () => {
      const added = ok(
        await api.gql(ADD_RELATIVE, { input: { citizenId: t.citizen.id, name: 'Lone Jensen', relation: 'mor', wantsInvolved: false, phone: '20 12 34 56' } }, c.member),
      ).addRelative;
      expect(added).toMatchObject({ name: 'Lone Jensen', relation: 'mor', wantsInvolved: false });
      ok(await api.gql(UPDATE_RELATIVE, { input: { id: added.id, wantsInvolved: true } }, c.leader));
      const overview = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.member)).citizen;
      expect(overview.relatives).toEqual([expect.objectContaining({ name: 'Lone Jensen', wantsInvolved: true })]);
      const bad = await api.gql(ADD_RELATIVE, { input: { citizenId: t.citizen.id, name: 'X', relation: 'ven', wantsInvolved: true, phone: '12' } }, c.member);
      expect(refusal(bad, 'BAD_USER_INPUT').extensions?.field).toBe('phone');
    });

    it('lists the latest changes with who made them, newest first', async () => {
      const overview = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.member)).citizen;
      const ops = overview.latestChanges.map((ch: any) => ch.operation);
      expect(ops[0]).toBe('relative.update');
      expect(ops).toEqual(expect.arrayContaining(['relative.create', 'consent.withdraw', 'consent.create']));
      expect(overview.latestChanges.length).toBeLessThanOrEqual(8);
      expect(overview.latestChanges[0].actorName).toBe(t.leader.name);
      expect(ops.some((op: string) => op.endsWith('.read'))).toBe(false);
    });
  });

  describe('goal keys', () => {
    it("refuses a goal key from another citizen's plan or one never issued, and writes nothing", async () => {
      const db = await ownerDataSource();
      const mine = await createCitizen(db, t.tenantId, t.team.id);
      const neighbour = await createCitizen(db, t.tenantId, t.team.id);
      const theirs = await createAgreedPlanGoal(db, t.tenantId, neighbour.id);
      const draft = ok(await api.gql(START, { input: { citizenId: mine.id } }, c.member)).startCarePlanDraft;
      const before = await tenantChecksum(t.tenantId);
      for (const goalKey of [theirs.goalKey, randomUUID()]) {
        const goals = twoGoals().map((g, i) => (i === 1 ? { ...g, goalKey } : g));
        const error = refusal(await api.gql(SAVE, { input: { versionId: draft.id, expectedRevision: draft.revision, goals, declinedAreas: [] } }, c.member), 'BAD_USER_INPUT');
        expect(JSON.stringify(error.extensions)).toContain('goals.1.goalKey');
      }
      expect(stable(await tenantChecksum(t.tenantId))).toEqual(stable(before));
    });

    it('is checked by the database too: a key belongs to one citizen', async () => {
      const db = await ownerDataSource();
      const neighbour = await createCitizen(db, t.tenantId, t.team.id);
      const theirs = await createAgreedPlanGoal(db, t.tenantId, neighbour.id);
      const mine = await createCitizen(db, t.tenantId, t.team.id);
      const [version] = await db.query<Array<{ id: string }>>(
        `INSERT INTO care_plan_version (tenant_id, citizen_id, number) VALUES ($1, $2, 1) RETURNING id`,
        [t.tenantId, mine.id],
      );
      await expect(
        db.query(
          `INSERT INTO care_plan_goal (tenant_id, version_id, goal_key, life_area_id, citizen_words, position) VALUES ($1, $2, $3, $4, 'Et mål', 1)`,
          [t.tenantId, version.id, theirs.goalKey, areas.housing.id],
        ),
      ).rejects.toThrow(/GOAL_KEY_OF_ANOTHER_PLAN/);
      // The same key again in the citizen's own next version is what keys are for.
      const [next] = await db.query<Array<{ id: string }>>(
        `INSERT INTO care_plan_version (tenant_id, citizen_id, number, previous_version_id) VALUES ($1, $2, 2, $3) RETURNING id`,
        [t.tenantId, neighbour.id, theirs.versionId],
      );
      await db.query(
        `INSERT INTO care_plan_goal (tenant_id, version_id, goal_key, life_area_id, citizen_words, position) VALUES ($1, $2, $3, $4, 'Et mål', 1)`,
        [t.tenantId, next.id, theirs.goalKey, areas.housing.id],
      );
    });
  });

  describe('need-to-know and tenant isolation', () => {
    it('refuses another team\'s member, the steering group and the admin everything about the plan', async () => {
      const versionId = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.member)).citizen.carePlan.current.id;
      const attempts: Array<[string, Record<string, unknown>]> = [
        [VERSION, { id: versionId }],
        [DIFF, { a: versionId, b: versionId }],
        [CHECK, { c: t.citizen.id, p: 'Jobcenter Silkeborg', q: 'Afklaring af job' }],
        [START, { input: { citizenId: t.citizen.id } }],
        [RECORD_CONSENT, { input: { citizenId: t.citizen.id, partner: 'X', purpose: 'Y', validFrom: TODAY } }],
        [ADD_RELATIVE, { input: { citizenId: t.citizen.id, name: 'X', relation: 'ven', wantsInvolved: true } }],
      ];
      const checksum = await tenantChecksum(t.tenantId);
      for (const who of ['otherMember', 'steeringGroup', 'admin'] as const) {
        for (const [query, variables] of attempts) {
          const res = await api.gql(query, variables, c[who]);
          expect({ who, query: query.slice(0, 40), codes: errorCodes(res) }).toEqual({ who, query: query.slice(0, 40), codes: ['FORBIDDEN'] });
          expect(JSON.stringify(res.data ?? {})).not.toContain('lejlighed');
        }
      }
      const after = await tenantChecksum(t.tenantId);
      expect(stable(after)).toEqual(stable(checksum));
      // The other team's member was refused, and every refused attempt is on record — reads and
      // mutations alike (the refusal is kept although the mutation rolls back, ADR 0004).
      const [denied] = await (await ownerDataSource()).query(
        `SELECT count(*)::int AS n FROM access_log WHERE citizen_id = $1 AND actor_user_id = $2 AND operation = 'citizen.read.denied'`,
        [t.citizen.id, t.otherMember.id],
      );
      expect(denied.n).toBe(attempts.length);
    });

    it('hides another tenant\'s plan entirely (NOT_FOUND), also in a diff', async () => {
      const versionId = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.member)).citizen.carePlan.current.id;
      const other = await createTestTenant();
      const cookie = await api.login(other.member.email, other.password);
      expect(errorCodes(await api.gql(VERSION, { id: versionId }, cookie))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(START, { input: { citizenId: t.citizen.id } }, cookie))).toEqual(['NOT_FOUND']);
      const mine = ok(await api.gql(START, { input: { citizenId: other.citizen.id } }, cookie)).startCarePlanDraft;
      expect(errorCodes(await api.gql(DIFF, { a: mine.id, b: versionId }, cookie))).toEqual(['NOT_FOUND']);
    });
  });

  describe('access log', () => {
    async function opsOf(res: GqlResult) {
      expect(res.errors).toBeUndefined();
      const rows = await accessLogRows(res.headers.get('x-request-id')!);
      return rows.map((r) => `${r.operation}:${r.citizen_id === t.citizen.id ? 'citizen' : r.citizen_id}:${r.actor_user_id === t.member.id}`);
    }

    it('logs every read of the overview, a version, a diff and a consent check, with actor and citizen', async () => {
      const overview = await api.gql(OVERVIEW, { id: t.citizen.id }, c.member);
      expect((await opsOf(overview)).sort()).toEqual(
        ['citizen.read', 'care-plan.read', 'consent.read', 'relative.read', 'citizen.changes.read'].map((op) => `${op}:citizen:true`).sort(),
      );
      const versions = overview.data!.citizen.carePlan.versions;
      expect(await opsOf(await api.gql(VERSION, { id: versions[1].id }, c.member))).toEqual(['care-plan.read:citizen:true']);
      expect(await opsOf(await api.gql(DIFF, { a: versions[2].id, b: versions[1].id }, c.member))).toEqual(['care-plan.diff:citizen:true']);
      expect(await opsOf(await api.gql(CHECK, { c: t.citizen.id, p: 'x', q: 'y' }, c.member))).toEqual(['consent.check:citizen:true']);
    });

    it('logs every write', async () => {
      const draftId = ok(await api.gql(OVERVIEW, { id: t.citizen.id }, c.member)).citizen.carePlan.draft.id;
      const draft = ok(await api.gql(VERSION, { id: draftId }, c.member)).carePlanVersion;
      const save = await api.gql(SAVE, { input: { versionId: draftId, expectedRevision: draft.revision, goals: [] } }, c.member);
      expect(await opsOf(save)).toEqual(['care-plan.save:citizen:true']);
    });
  });
});
