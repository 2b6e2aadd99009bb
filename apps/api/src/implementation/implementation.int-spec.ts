/**
 * The implementation records through GraphQL: the guide's checklists per phase with progress,
 * status changes with reasons (not relevant, reopening), history events written in the same
 * transaction (append-only for the app role), evidence links kept inside the tenant, optimistic
 * versions, the plan with overdue activities and the roles table. The steering group manages,
 * a team leader reads, a member is refused.
 */
import { addDays, copenhagenToday } from '@act/domain';
import { appClient, attempt, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, looksDanish, tenantChecksum } from '../testing/db-state';

const ITEM = `id phase fromGuide text status statusReason owner dueOn overdue evidenceNote evidenceUrl
  evidenceRecords { kind id label } completedAt version`;
const PHASES = `query { implementationPhases { phase number title progress { total done notRelevant inProgress notStarted percent state }
  items { ${ITEM} } lastRevisit { reason actorName } } }`;
const STATUS = `mutation($input: SetChecklistStatusInput!) { setChecklistItemStatus(input: $input) { ${ITEM} } }`;
const REOPEN = `mutation($input: ReopenChecklistItemInput!) { reopenChecklistItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { ${ITEM} } }`;
const ADD = `mutation($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { ${ITEM} } }`;
const REMOVE = `mutation($input: RemoveChecklistItemInput!) { removeChecklistItem(input: $input) { phase progress { total } items { id } } }`;
const REVISIT = `mutation($input: RevisitPhaseInput!) { revisitImplementationPhase(input: $input) { phase lastRevisit { reason actorName } } }`;
const HISTORY = `query($itemId: ID!) { checklistItemHistory(itemId: $itemId) { action fromStatus toStatus reason changedFields actorName itemText } }`;
const PHASE_HISTORY = `query($phase: ImplementationPhase!) { implementationPhaseHistory(phase: $phase, first: 100) { action itemId reason } }`;
const OPTIONS = `query { implementationEvidenceOptions { agreements { id label } readinessRounds { id label } functionDescriptions { id label } } }`;
const PLAN = `query { implementationPlan { today months overdueCount suggestedFocusAreas focusAreas { name activities { id title status deadline overdue version } } } }`;
const SAVE_ACTIVITY = `mutation($input: SaveActivityInput!) { saveImplementationActivity(input: $input) { id title status deadline overdue version } }`;
const REMOVE_ACTIVITY = `mutation($id: ID!) { removeImplementationActivity(id: $id) { overdueCount focusAreas { name } } }`;
const ROLES = `query { implementationResponsibilities { group label lines { id text fromGuide } } }`;
const SAVE_ROLE = `mutation($input: SaveResponsibilityInput!) { saveResponsibility(input: $input) { group lines { id text fromGuide } } }`;
const REMOVE_ROLE = `mutation($id: ID!) { removeResponsibility(id: $id) { group lines { id } } }`;

interface Item {
  id: string;
  phase: string;
  text: string;
  status: string;
  version: number;
  fromGuide: boolean;
}

async function eventCount(tenantId: string): Promise<number> {
  const owner = await ownerDataSource();
  const [row] = await owner.query(`SELECT count(*)::int AS n FROM implementation_checklist_event WHERE tenant_id = $1`, [tenantId]);
  return row.n as number;
}

async function insertAgreement(t: TestTenant, partner: string): Promise<string> {
  const owner = await ownerDataSource();
  const [row] = await owner.query(
    `INSERT INTO cooperation_agreement (tenant_id, partner_kind, partner_name, parties, status, signed_on, created_by, version)
     VALUES ($1, 'regional_psychiatry', $2, 'Kommunen og regionen', 'signed', '2026-01-15', $3, 1) RETURNING id`,
    [t.tenantId, partner, t.steeringGroup.id],
  );
  return row.id as string;
}

describe('implementation: phases, checklists, plan and roles through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  const phases = async (cookie = c.steeringGroup) => {
    const res = await api.gql(PHASES, {}, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.implementationPhases as Array<{ phase: string; progress: Record<string, unknown>; items: Item[]; lastRevisit: unknown }>;
  };
  const firstItem = async (phase: string) => (await phases()).find((p) => p.phase === phase)!.items[0];

  it('gives the guide’s 4 / 7 / 5 / 5 items; the steering group and a leader read them, a member is refused', async () => {
    const all = await phases();
    expect(all.map((p) => [p.phase, p.items.length, p.progress.percent, p.progress.state])).toEqual([
      ['DECIDE', 4, 0, 'not_started'],
      ['PLAN', 7, 0, 'not_started'],
      ['CARRY_OUT', 5, 0, 'not_started'],
      ['ANCHOR', 5, 0, 'not_started'],
    ]);
    expect(all.every((p) => p.items.every((i) => i.fromGuide && i.status === 'NOT_STARTED'))).toBe(true);
    // Reading again writes nothing (the defaults are there).
    const before = await tenantChecksum(t.tenantId);
    expect((await phases(c.leader)).map((p) => p.items.length)).toEqual([4, 7, 5, 5]);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
    expect(errorCodes(await api.gql(PHASES, {}, c.member))).toEqual(['FORBIDDEN']);
    const item = all[0].items[0];
    const byLeader = await api.gql(STATUS, { input: { id: item.id, version: item.version, status: 'DONE' } }, c.leader);
    expect(errorCodes(byLeader)).toEqual(['FORBIDDEN']);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);
  });

  it('changes status with reasons, reopens with a reason, and keeps every change as history in the same transaction', async () => {
    let item = await firstItem('DECIDE');
    const events = await eventCount(t.tenantId);
    const before = await tenantChecksum(t.tenantId);

    const noReason = await api.gql(STATUS, { input: { id: item.id, version: item.version, status: 'NOT_RELEVANT' } }, c.steeringGroup);
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(looksDanish(noReason.errors![0].message)).toBe(true);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);

    const started = await api.gql(STATUS, { input: { id: item.id, version: item.version, status: 'IN_PROGRESS' } }, c.steeringGroup);
    expect(started.data!.setChecklistItemStatus).toMatchObject({ status: 'IN_PROGRESS', version: item.version + 1 });
    const stale = await api.gql(STATUS, { input: { id: item.id, version: item.version, status: 'DONE' } }, c.steeringGroup);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(looksDanish(stale.errors![0].message)).toBe(true);
    item = started.data!.setChecklistItemStatus;

    const done = await api.gql(STATUS, { input: { id: item.id, version: item.version, status: 'DONE' } }, c.steeringGroup);
    item = done.data!.setChecklistItemStatus;
    expect(item).toMatchObject({ status: 'DONE', completedAt: expect.any(String) });
    const decide = (await phases()).find((p) => p.phase === 'DECIDE')!;
    expect(decide.progress).toMatchObject({ total: 4, done: 1, percent: 25, state: 'in_progress' });

    // Back to work from done: only with a reason (as a status change and through reopen).
    const silent = await api.gql(STATUS, { input: { id: item.id, version: item.version, status: 'IN_PROGRESS' } }, c.steeringGroup);
    expect(errorCodes(silent)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(REOPEN, { input: { id: item.id, version: item.version, reason: '   ' } }, c.steeringGroup))).toEqual(['BAD_USER_INPUT']);
    const reopened = await api.gql(REOPEN, { input: { id: item.id, version: item.version, reason: 'Nye ledere skal også forstå metoden' } }, c.steeringGroup);
    expect(reopened.data!.reopenChecklistItem).toMatchObject({ status: 'IN_PROGRESS', statusReason: 'Nye ledere skal også forstå metoden', completedAt: null });
    item = reopened.data!.reopenChecklistItem;
    expect(errorCodes(await api.gql(REOPEN, { input: { id: item.id, version: item.version, reason: 'Igen' } }, c.steeringGroup))).toEqual(['BAD_USER_INPUT']);

    const notRelevant = await api.gql(STATUS, { input: { id: item.id, version: item.version, status: 'NOT_RELEVANT', reason: 'Dækkes af en anden indsats' } }, c.steeringGroup);
    expect(notRelevant.data!.setChecklistItemStatus).toMatchObject({ status: 'NOT_RELEVANT', statusReason: 'Dækkes af en anden indsats' });

    // One event per change, none for the refused ones; newest first, with the actor's name.
    expect(await eventCount(t.tenantId)).toBe(events + 4);
    const history = await api.gql(HISTORY, { itemId: item.id }, c.leader);
    expect(history.data!.checklistItemHistory.map((e: Record<string, unknown>) => [e.action, e.fromStatus, e.toStatus, e.reason])).toEqual([
      ['STATUS_CHANGED', 'IN_PROGRESS', 'NOT_RELEVANT', 'Dækkes af en anden indsats'],
      ['REOPENED', 'DONE', 'IN_PROGRESS', 'Nye ledere skal også forstå metoden'],
      ['STATUS_CHANGED', 'IN_PROGRESS', 'DONE', null],
      ['STATUS_CHANGED', 'NOT_STARTED', 'IN_PROGRESS', null],
    ]);
    expect(history.data!.checklistItemHistory[0].actorName).toBe(t.steeringGroup.name);

    // The history is append-only for the app role (as the API connects): insert and read, never change.
    const app = await appClient();
    try {
      for (const sql of [`UPDATE implementation_checklist_event SET reason = 'x'`, `DELETE FROM implementation_checklist_event`]) {
        expect(await attempt(app, t.tenantId, sql)).toMatchObject({ ok: false, code: '42501' });
      }
      const read = await attempt(app, t.tenantId, `SELECT count(*)::int AS n FROM implementation_checklist_event`);
      expect(read).toMatchObject({ ok: true, result: { rows: [{ n: events + 4 }] } });
    } finally {
      await app.end();
    }
  });

  it('links evidence inside the tenant only; another tenant’s record is refused like one that does not exist', async () => {
    const other = await createTestTenant();
    const own = await insertAgreement(t, 'Regionspsykiatrien Vest');
    const foreign = await insertAgreement(other, 'Fremmed region');
    const options = await api.gql(OPTIONS, {}, c.steeringGroup);
    expect(options.data!.implementationEvidenceOptions.agreements).toEqual([{ id: own, label: 'Regionspsykiatrien Vest (underskrevet 15-01-2026)' }]);
    expect(errorCodes(await api.gql(OPTIONS, {}, c.leader))).toEqual(['FORBIDDEN']);

    const item = await firstItem('PLAN');
    const before = await tenantChecksum(t.tenantId);
    const refused = await api.gql(UPDATE, { input: { id: item.id, version: item.version, evidenceAgreementId: foreign } }, c.steeringGroup);
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    expect(looksDanish(refused.errors![0].message)).toBe(true);
    expect(await tenantChecksum(t.tenantId)).toEqual(before);

    const linked = await api.gql(
      UPDATE,
      { input: { id: item.id, version: item.version, evidenceAgreementId: own, evidenceNote: 'Aftalen er underskrevet', evidenceUrl: 'https://intra.kommune.dk/aftale', owner: 'Styregruppen' } },
      c.steeringGroup,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.updateChecklistItem).toMatchObject({
      owner: 'Styregruppen',
      evidenceNote: 'Aftalen er underskrevet',
      evidenceRecords: [{ kind: 'AGREEMENT', id: own, label: 'Regionspsykiatrien Vest (underskrevet 15-01-2026)' }],
    });
    const badUrl = await api.gql(UPDATE, { input: { id: item.id, version: item.version + 1, evidenceUrl: 'javascript:alert(1)' } }, c.steeringGroup);
    expect(errorCodes(badUrl)).toEqual(['BAD_USER_INPUT']);
    const history = await api.gql(HISTORY, { itemId: item.id }, c.steeringGroup);
    expect(history.data!.checklistItemHistory[0]).toMatchObject({ action: 'CHANGED', changedFields: ['evidenceAgreementId', 'evidenceNote', 'evidenceUrl', 'owner'] });

    // Whatever the write path: the database's same-tenant trigger refuses the reference.
    const app = await appClient();
    try {
      const sql = `UPDATE implementation_checklist_item SET evidence_agreement_id = $1 WHERE id = $2`;
      const crossed = await attempt(app, t.tenantId, sql, [foreign, item.id]);
      expect(crossed).toMatchObject({ ok: false, code: '23503', message: expect.stringMatching(/not in the same tenant/) });
      expect(await attempt(app, t.tenantId, sql, [own, item.id])).toMatchObject({ ok: true, result: { rowCount: 1 } });
    } finally {
      await app.end();
    }
  });

  it('adds, rewords and removes own items; the guide’s items keep their wording and cannot be removed', async () => {
    const added = await api.gql(ADD, { input: { phase: 'ANCHOR', text: 'Er ACT med i kommunens budget for de næste fire år?', owner: 'Direktionen', dueOn: '2027-06-30' } }, c.steeringGroup);
    expect(added.errors).toBeUndefined();
    let own = added.data!.addChecklistItem;
    expect(own).toMatchObject({ fromGuide: false, status: 'NOT_STARTED', owner: 'Direktionen', dueOn: '2027-06-30', version: 1 });
    const anchor = () => phases().then((all) => all.find((p) => p.phase === 'ANCHOR')!);
    expect((await anchor()).progress.total).toBe(6);

    const reworded = await api.gql(UPDATE, { input: { id: own.id, version: own.version, text: 'Er ACT med i budgettet for 2027–2030?' } }, c.steeringGroup);
    own = reworded.data!.updateChecklistItem;
    expect(own.text).toBe('Er ACT med i budgettet for 2027–2030?');

    const guide = (await anchor()).items.find((i) => i.fromGuide)!;
    const rewordGuide = await api.gql(UPDATE, { input: { id: guide.id, version: guide.version, text: 'Noget andet' } }, c.steeringGroup);
    expect(errorCodes(rewordGuide)).toEqual(['BAD_USER_INPUT']);
    const removeGuide = await api.gql(REMOVE, { input: { id: guide.id, version: guide.version } }, c.steeringGroup);
    expect(errorCodes(removeGuide)).toEqual(['BAD_USER_INPUT']);

    const removed = await api.gql(REMOVE, { input: { id: own.id, version: own.version, reason: 'Hører til budgetprocessen' } }, c.steeringGroup);
    expect(removed.data!.removeChecklistItem.progress.total).toBe(5);
    expect(removed.data!.removeChecklistItem.items.map((i: { id: string }) => i.id)).not.toContain(own.id);
    const history = await api.gql(HISTORY, { itemId: own.id }, c.steeringGroup);
    expect(history.data!.checklistItemHistory.map((e: { action: string }) => e.action)).toEqual(['REMOVED', 'CHANGED', 'CREATED']);
    expect(errorCodes(await api.gql(UPDATE, { input: { id: own.id, version: own.version + 1, owner: 'X' } }, c.steeringGroup))).toEqual(['NOT_FOUND']);
  });

  it('revisits a phase with a reason, kept in the phase history', async () => {
    expect(errorCodes(await api.gql(REVISIT, { input: { phase: 'DECIDE', reason: '' } }, c.steeringGroup))).toEqual(['BAD_USER_INPUT']);
    const res = await api.gql(REVISIT, { input: { phase: 'DECIDE', reason: 'Ny direktør: forståelsen skal genopbygges' } }, c.steeringGroup);
    expect(res.data!.revisitImplementationPhase).toEqual({
      phase: 'DECIDE',
      lastRevisit: { reason: 'Ny direktør: forståelsen skal genopbygges', actorName: t.steeringGroup.name },
    });
    const history = await api.gql(PHASE_HISTORY, { phase: 'DECIDE' }, c.leader);
    expect(history.data!.implementationPhaseHistory[0]).toEqual({ action: 'PHASE_REVISITED', itemId: null, reason: 'Ny direktør: forståelsen skal genopbygges' });
    expect(errorCodes(await api.gql(REVISIT, { input: { phase: 'DECIDE', reason: 'Leder' } }, c.leader))).toEqual(['FORBIDDEN']);
  });

  it('keeps a plan per focus area and flags an activity whose deadline has passed', async () => {
    const today = copenhagenToday();
    const save = (input: Record<string, unknown>, cookie = c.steeringGroup) => api.gql(SAVE_ACTIVITY, { input }, cookie);
    const late = await save({ focusArea: 'Uddannelse og supervision', title: 'Grundkursus i ACT', owner: 'Teamleder', startsOn: addDays(today, -60), deadline: addDays(today, -1) });
    expect(late.data!.saveImplementationActivity).toMatchObject({ status: 'PLANNED', overdue: true });
    const dueToday = await save({ focusArea: 'Uddannelse og supervision', title: 'Supervisionsaftale', deadline: today, status: 'IN_PROGRESS' });
    expect(dueToday.data!.saveImplementationActivity.overdue).toBe(false);
    const finished = await save({ focusArea: 'Samarbejdspartnere og aftaler', title: 'Opstartsseminar', deadline: addDays(today, -30), status: 'DONE' });
    expect(finished.data!.saveImplementationActivity.overdue).toBe(false);
    expect(errorCodes(await save({ focusArea: 'X', title: 'Baglæns', startsOn: today, deadline: addDays(today, -1) }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await save({ focusArea: 'X', title: 'Leder' }, c.leader))).toEqual(['FORBIDDEN']);

    const plan = await api.gql(PLAN, {}, c.leader);
    expect(plan.errors).toBeUndefined();
    const p = plan.data!.implementationPlan;
    expect(p.today).toBe(today);
    expect(p.overdueCount).toBe(1);
    expect(p.focusAreas.map((a: { name: string; activities: unknown[] }) => [a.name, a.activities.length])).toEqual([
      ['Samarbejdspartnere og aftaler', 1],
      ['Uddannelse og supervision', 2],
    ]);
    expect(p.months[0]).toBe(addDays(today, -60).slice(0, 7));
    expect(p.months).toContain(today.slice(0, 7));

    const activity = late.data!.saveImplementationActivity;
    const doneNow = await save({ id: activity.id, version: activity.version, focusArea: 'Uddannelse og supervision', title: 'Grundkursus i ACT', deadline: activity.deadline, status: 'DONE' });
    expect(doneNow.data!.saveImplementationActivity).toMatchObject({ status: 'DONE', overdue: false, version: activity.version + 1 });
    const stale = await save({ id: activity.id, version: activity.version, focusArea: 'Uddannelse og supervision', title: 'Gammel' });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const removed = await api.gql(REMOVE_ACTIVITY, { id: activity.id }, c.steeringGroup);
    expect(removed.data!.removeImplementationActivity.overdueCount).toBe(0);
    expect(errorCodes(await api.gql(PLAN, {}, c.member))).toEqual(['FORBIDDEN']);
  });

  it('gives a roles table with defaults for every group, editable by the steering group', async () => {
    const res = await api.gql(ROLES, {}, c.leader);
    const groups = res.data!.implementationResponsibilities as Array<{ group: string; lines: Array<{ id: string; text: string; fromGuide: boolean }> }>;
    expect(groups.map((g) => g.group)).toEqual(['MANAGEMENT', 'STEERING_GROUP', 'TEAM_LEADER', 'TEAM_MEMBERS', 'PARTNERS']);
    expect(groups.every((g) => g.lines.length > 0 && g.lines.every((l) => l.fromGuide))).toBe(true);

    const added = await api.gql(SAVE_ROLE, { input: { group: 'PARTNERS', text: 'Jobcentret udpeger en fast kontaktperson.' } }, c.steeringGroup);
    const partners = added.data!.saveResponsibility.find((g: { group: string }) => g.group === 'PARTNERS');
    const line = partners.lines.at(-1);
    expect(line).toMatchObject({ text: 'Jobcentret udpeger en fast kontaktperson.', fromGuide: false });
    const moved = await api.gql(SAVE_ROLE, { input: { id: line.id, group: 'MANAGEMENT', text: 'Ledelsen aftaler en fast kontaktperson med jobcentret.' } }, c.steeringGroup);
    const management = moved.data!.saveResponsibility.find((g: { group: string }) => g.group === 'MANAGEMENT');
    expect(management.lines.at(-1)).toMatchObject({ id: line.id, text: 'Ledelsen aftaler en fast kontaktperson med jobcentret.' });
    expect(errorCodes(await api.gql(SAVE_ROLE, { input: { group: 'PARTNERS', text: 'Leder' } }, c.leader))).toEqual(['FORBIDDEN']);
    const removed = await api.gql(REMOVE_ROLE, { id: line.id }, c.steeringGroup);
    expect(removed.data!.removeResponsibility.flatMap((g: { lines: Array<{ id: string }> }) => g.lines.map((l) => l.id))).not.toContain(line.id);
  });
});
