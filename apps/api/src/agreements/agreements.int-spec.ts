/**
 * The cooperation agreements register through GraphQL: the steering group and the admin write
 * (create, change, sign, end), leaders and members read, others are refused; the status and date
 * rules answer in Danish per field; another tenant's agreement is invisible; a consent can rest
 * on a signed agreement of the tenant and on nothing else.
 */
import { addDays, copenhagenToday } from '@act/domain';
import { createTestTenant, ownerDataSource } from '@act/db/testing';
import { type ApiHarness, type GqlResult } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, loginAll, looksDanish, tenantChecksum } from '../testing/db-state';
import type { TestTenant } from '@act/db/testing';

const FIELDS = `id partnerKind partnerName parties covers description status signedOn reviewOn documentUrl reviewState version`;
const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { ${FIELDS} } }`;
const LIST = `query($status: AgreementStatus, $partnerKind: PartnerKind) { agreements(status: $status, partnerKind: $partnerKind) { id status partnerName } }`;
const ONE = `query($id: ID!) { agreement(id: $id) { ${FIELDS} } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id agreementId agreement { id partnerName status } } }`;
const NOTIFICATIONS = `{ notifications(first: 10) { edges { node { kind title text link } } } }`;
const CONSENTS = `query($id: ID!) { citizen(id: $id) { consents { id agreement { id partnerName } } } }`;

const today = copenhagenToday();
const draft = {
  partnerKind: 'REGIONAL_PSYCHIATRY',
  partnerName: 'Regionspsykiatrien Vest, dobbeltdiagnoseafsnittet',
  parties: 'Socialdirektøren og afdelingsledelsen',
  covers: ['REFERRAL_RIGHTS', 'DISCHARGE_PROCEDURES'],
  description: 'Fælles udskrivningsmøder.',
};

function expectDanishProblem(res: GqlResult, code: string, field: string): void {
  expect(errorCodes(res)).toEqual([code]);
  expect(looksDanish(res.errors![0].message)).toBe(true);
  expect(res.errors![0].extensions?.field).toBe(field);
}

describe('cooperation agreements through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  it('the steering group drafts, signs and ends an agreement; the review is flagged when due', async () => {
    const created = await api.gql(CREATE, { input: draft }, c.steeringGroup);
    expect(created.errors).toBeUndefined();
    const a = created.data!.createAgreement;
    expect(a).toMatchObject({ status: 'DRAFT', signedOn: null, reviewState: 'NONE', version: 1, covers: ['REFERRAL_RIGHTS', 'DISCHARGE_PROCEDURES'] });

    const signedOn = addDays(today, -300);
    const signed = await api.gql(
      UPDATE,
      { input: { ...draft, id: a.id, expectedVersion: 1, status: 'SIGNED', signedOn, reviewOn: addDays(today, 20), documentUrl: 'https://intranet.kommune.dk/aftale.pdf' } },
      c.steeringGroup,
    );
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.updateAgreement).toMatchObject({ status: 'SIGNED', signedOn, reviewState: 'DUE_SOON', version: 2 });

    const later = await api.gql(UPDATE, { input: { ...draft, id: a.id, expectedVersion: 2, status: 'SIGNED', signedOn, reviewOn: addDays(today, 31) } }, c.admin);
    expect(later.data!.updateAgreement).toMatchObject({ reviewState: 'PLANNED', documentUrl: null, version: 3 });
    const overdue = await api.gql(UPDATE, { input: { ...draft, id: a.id, expectedVersion: 3, status: 'SIGNED', signedOn, reviewOn: addDays(today, -1) } }, c.admin);
    expect(overdue.data!.updateAgreement.reviewState).toBe('OVERDUE');

    const ended = await api.gql(UPDATE, { input: { ...draft, id: a.id, expectedVersion: 4, status: 'ENDED', signedOn } }, c.steeringGroup);
    expect(ended.data!.updateAgreement).toMatchObject({ status: 'ENDED', reviewState: 'NONE' });
    const before = await tenantChecksum(t.tenantId);
    expectDanishProblem(await api.gql(UPDATE, { input: { ...draft, id: a.id, expectedVersion: 5, status: 'SIGNED', signedOn } }, c.steeringGroup), 'CONFLICT', 'status');
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it('refuses wrong status changes and dates with a Danish problem for the field, writing nothing', async () => {
    const a = (await api.gql(CREATE, { input: draft }, c.admin)).data!.createAgreement;
    const before = await tenantChecksum(t.tenantId);
    const save = (input: Record<string, unknown>, cookie = c.steeringGroup) => api.gql(UPDATE, { input: { ...draft, id: a.id, expectedVersion: 1, ...input } }, cookie);
    expectDanishProblem(await save({ status: 'SIGNED' }), 'BAD_USER_INPUT', 'signedOn');
    expectDanishProblem(await save({ status: 'SIGNED', signedOn: addDays(today, 1) }), 'BAD_USER_INPUT', 'signedOn');
    expectDanishProblem(await save({ status: 'SIGNED', signedOn: today, reviewOn: addDays(today, -1) }), 'BAD_USER_INPUT', 'reviewOn');
    expectDanishProblem(await save({ status: 'ENDED', signedOn: today }), 'BAD_USER_INPUT', 'status');
    expectDanishProblem(await save({ documentUrl: 'javascript:alert(1)' }), 'BAD_USER_INPUT', 'documentUrl');
    expectDanishProblem(await save({ partnerName: '   ' }), 'BAD_USER_INPUT', 'partnerName');
    expectDanishProblem(await save({ covers: ['VISITS_ON_SITE', 'VISITS_ON_SITE'] }), 'BAD_USER_INPUT', 'covers');
    expectDanishProblem(await save({ expectedVersion: 7 }), 'CONFLICT', 'expectedVersion');
    expectDanishProblem(await api.gql(CREATE, { input: { ...draft, status: 'SIGNED' } }, c.steeringGroup), 'BAD_USER_INPUT', 'signedOn');
    expect(await tenantChecksum(t.tenantId)).toEqual(before);

    // Signed cannot go back to draft.
    await save({ status: 'SIGNED', signedOn: today });
    expectDanishProblem(await save({ expectedVersion: 2, status: 'DRAFT', signedOn: today }), 'BAD_USER_INPUT', 'status');
  });

  it('leaders and members read the register (filtered); only the steering group and the admin write', async () => {
    const jobcenter = (await api.gql(CREATE, { input: { ...draft, partnerKind: 'JOBCENTER', partnerName: 'Jobcenter Silkeborg' } }, c.steeringGroup)).data!.createAgreement;
    for (const role of ['leader', 'member'] as const) {
      const all = await api.gql(LIST, {}, c[role]);
      expect(all.errors).toBeUndefined();
      expect(all.data!.agreements.map((x: { id: string }) => x.id)).toContain(jobcenter.id);
      const filtered = await api.gql(LIST, { partnerKind: 'JOBCENTER', status: 'DRAFT' }, c[role]);
      expect(filtered.data!.agreements).toEqual([{ id: jobcenter.id, status: 'DRAFT', partnerName: 'Jobcenter Silkeborg' }]);
      expect((await api.gql(ONE, { id: jobcenter.id }, c[role])).data!.agreement.partnerName).toBe('Jobcenter Silkeborg');
      const before = await tenantChecksum(t.tenantId);
      expect(errorCodes(await api.gql(CREATE, { input: draft }, c[role]))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(UPDATE, { input: { ...draft, id: jobcenter.id, expectedVersion: 1 } }, c[role]))).toEqual(['FORBIDDEN']);
      expect(await tenantChecksum(t.tenantId)).toEqual(before);
    }
    const signedOnly = await api.gql(LIST, { status: 'ENDED' }, c.steeringGroup);
    expect(signedOnly.data!.agreements.every((x: { status: string }) => x.status === 'ENDED')).toBe(true);
    expect(errorCodes(await api.gql(LIST, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it("another tenant's agreement is invisible, and cannot be changed or named by a consent", async () => {
    const other = await createTestTenant();
    const oc = await loginAll(api, other);
    const theirs = (await api.gql(CREATE, { input: { ...draft, partnerName: 'Deres værested', status: 'SIGNED', signedOn: today } }, oc.steeringGroup)).data!.createAgreement;
    expect((await api.gql(LIST, {}, c.steeringGroup)).data!.agreements.map((x: { id: string }) => x.id)).not.toContain(theirs.id);
    expectDanishProblem(await api.gql(ONE, { id: theirs.id }, c.steeringGroup), 'NOT_FOUND', 'id');
    const beforeOther = await tenantChecksum(other.tenantId);
    const beforeOwn = await tenantChecksum(t.tenantId);
    expect(errorCodes(await api.gql(UPDATE, { input: { ...draft, id: theirs.id, expectedVersion: 1 } }, c.steeringGroup))).toEqual(['NOT_FOUND']);
    const consent = await api.gql(
      CONSENT,
      { input: { citizenId: t.citizen.id, partner: 'Værestedet', purpose: 'Fælles støtte', validFrom: today, agreementId: theirs.id } },
      c.member,
    );
    expectDanishProblem(consent, 'NOT_FOUND', 'agreementId');
    expect(consent.errors![0].message).toMatch(/Samarbejdsaftalen findes ikke/);
    expect(await tenantChecksum(other.tenantId)).toEqual(beforeOther);
    expect(await tenantChecksum(t.tenantId)).toEqual(beforeOwn);
  });

  it('a consent rests on a signed agreement of the tenant, shown on the consent; a draft is refused', async () => {
    const signed = (await api.gql(CREATE, { input: { ...draft, partnerName: 'Værestedet Lyset', status: 'SIGNED', signedOn: today } }, c.steeringGroup)).data!.createAgreement;
    const unsigned = (await api.gql(CREATE, { input: { ...draft, partnerName: 'Kladdeaftale' } }, c.steeringGroup)).data!.createAgreement;
    const input = { citizenId: t.citizen.id, partner: 'Værestedet Lyset', purpose: 'Fælles støtte', validFrom: today };
    const before = await tenantChecksum(t.tenantId);
    expectDanishProblem(await api.gql(CONSENT, { input: { ...input, agreementId: unsigned.id } }, c.member), 'BAD_USER_INPUT', 'agreementId');
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
    const ok = await api.gql(CONSENT, { input: { ...input, agreementId: signed.id } }, c.member);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordConsent).toMatchObject({ agreementId: signed.id, agreement: { id: signed.id, partnerName: 'Værestedet Lyset', status: 'SIGNED' } });
    const plain = await api.gql(CONSENT, { input }, c.member);
    expect(plain.data!.recordConsent).toMatchObject({ agreementId: null, agreement: null });
    const listed = await api.gql(CONSENTS, { id: t.citizen.id }, c.leader);
    const byId = Object.fromEntries(listed.data!.citizen.consents.map((x: { id: string; agreement: unknown }) => [x.id, x.agreement]));
    expect(byId[ok.data!.recordConsent.id]).toEqual({ id: signed.id, partnerName: 'Værestedet Lyset' });
  });
  it("the worker's review reminder reads as the partner and the review date, linking to the agreement", async () => {
    const reviewOn = addDays(today, 12);
    const a = (await api.gql(CREATE, { input: { ...draft, partnerName: 'Somatisk Hospital Nord', status: 'SIGNED', signedOn: today, reviewOn } }, c.steeringGroup)).data!
      .createAgreement;
    const owner = await ownerDataSource();
    await owner.query(
      `INSERT INTO notification (tenant_id, user_id, kind, subject_id, occurs_at, dedupe_key) VALUES ($1, $2, 'agreement_review_due', $3, now(), $4)`,
      [t.tenantId, t.steeringGroup.id, a.id, `test:${a.id}`],
    );
    const res = await api.gql(NOTIFICATIONS, {}, c.steeringGroup);
    const node = res.data!.notifications.edges.map((e: { node: { kind: string } }) => e.node).find((n: { kind: string }) => n.kind === 'AGREEMENT_REVIEW_DUE');
    expect(node).toMatchObject({ title: 'Samarbejdsaftale skal revideres', link: `/agreements/${a.id}` });
    expect(node.text).toMatch(/^Samarbejdsaftalen med Somatisk Hospital Nord skal revideres senest \S/);
  });
});
