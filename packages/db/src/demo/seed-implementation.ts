import { addDays, copenhagenToday } from '@act/domain';
import type { EntityManager } from 'typeorm';
import { ensureImplementationDefaults } from '../implementation-defaults';

/**
 * The demo municipality about a year into its implementation: phases 1–2 done (one item of
 * phase 2 reopened for a while and done again), phase 3 under way (done, in progress and one
 * own item not relevant), phase 4 not started; one revisit of phase 1. Every change is written
 * as a history event on its own day, so the history tells the year. The plan has activities in
 * five focus areas, some done and some overdue; the roles table keeps the guide's defaults.
 * Deterministic: everything counts from `now`.
 */

type Status = 'not_started' | 'in_progress' | 'done' | 'not_relevant';

/** A status change on a day (days before `now`), with an optional reason. */
interface Step {
  daysAgo: number;
  to: Status;
  reason?: string;
}

interface ItemPlan {
  owner?: string;
  dueDaysFromNow?: number;
  note?: string;
  /** Link the item to the demo's agreement / readiness round / function description, when they exist. */
  link?: 'agreement' | 'round' | 'function';
  steps: Step[];
}

const ITEMS: Record<string, ItemPlan> = {
  'decide.understanding': {
    owner: 'Socialdirektøren',
    note: 'Temadag for direktion, ledere og kommende teammedlemmer; referat på intranettet.',
    steps: [{ daysAgo: 370, to: 'in_progress' }, { daysAgo: 345, to: 'done' }],
  },
  'decide.readiness': { owner: 'Styregruppen', link: 'round', steps: [{ daysAgo: 365, to: 'in_progress' }, { daysAgo: 335, to: 'done' }] },
  'decide.partner_dialogue': {
    owner: 'Styregruppen',
    note: 'Opstartsseminar med regionspsykiatrien, misbrugsbehandlingen og jobcentret.',
    steps: [{ daysAgo: 350, to: 'in_progress' }, { daysAgo: 320, to: 'done' }],
  },
  'decide.agreements': { owner: 'Afdelingschefen', link: 'agreement', steps: [{ daysAgo: 340, to: 'in_progress' }, { daysAgo: 290, to: 'done' }] },
  'plan.anchoring': { owner: 'Direktionen', steps: [{ daysAgo: 330, to: 'done' }] },
  'plan.steering_group': { owner: 'Socialdirektøren', steps: [{ daysAgo: 325, to: 'done' }] },
  'plan.team': { owner: 'Afdelingschefen', steps: [{ daysAgo: 320, to: 'in_progress' }, { daysAgo: 270, to: 'done' }] },
  'plan.team_leader': { owner: 'Afdelingschefen', steps: [{ daysAgo: 300, to: 'done' }] },
  'plan.roles': { owner: 'Styregruppen', steps: [{ daysAgo: 280, to: 'in_progress' }, { daysAgo: 240, to: 'done' }] },
  'plan.training': {
    owner: 'Teamlederen',
    steps: [
      { daysAgo: 270, to: 'in_progress' },
      { daysAgo: 200, to: 'done' },
      { daysAgo: 120, to: 'in_progress', reason: 'To nye medarbejdere er startet og mangler grundkurset i ACT.' },
      { daysAgo: 45, to: 'done' },
    ],
  },
  'plan.plan': { owner: 'Styregruppen', note: 'Implementeringsplanen ligger under fanen Implementeringsplan.', steps: [{ daysAgo: 260, to: 'done' }] },
  'carry_out.leadership': { owner: 'Afdelingschefen', steps: [{ daysAgo: 200, to: 'in_progress' }, { daysAgo: 110, to: 'done' }] },
  'carry_out.functions': { owner: 'Teamlederen', link: 'function', steps: [{ daysAgo: 180, to: 'in_progress' }, { daysAgo: 90, to: 'done' }] },
  'carry_out.team_dynamics': { owner: 'Teamlederen', dueDaysFromNow: 60, steps: [{ daysAgo: 150, to: 'in_progress' }] },
  'carry_out.supervision': { owner: 'Teamlederen', dueDaysFromNow: -10, steps: [{ daysAgo: 120, to: 'in_progress' }] },
  'carry_out.follow_up': { owner: 'Styregruppen', dueDaysFromNow: 90, steps: [] },
};

/** The municipality's own item in phase 3, set aside with a reason. */
const OWN_ITEM = {
  phase: 'carry_out',
  text: 'Har vi aftalt fælles journalføring med misbrugsbehandlingen?',
  createdDaysAgo: 160,
  reason: 'Misbrugsbehandlingen bruger allerede samme journalsystem som teamet.',
  settledDaysAgo: 100,
};

const REVISIT = { phase: 'decide', daysAgo: 95, reason: 'Ny socialdirektør: forståelsen af ACT skal på plads igen i direktionen, før vi går videre.' };

interface Activity {
  area: string;
  title: string;
  owner: string;
  start: number;
  deadline: number;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  milestone?: string;
  purpose?: string;
  result?: string;
}

/** Days relative to today (negative = in the past). */
const ACTIVITIES: Activity[] = [
  { area: 'Organisering og styregruppe', title: 'Nedsætte tværfaglig styregruppe', owner: 'Socialdirektøren', start: -340, deadline: -320, status: 'done', milestone: 'Første styregruppemøde' },
  { area: 'Organisering og styregruppe', title: 'Kommissorium for styregruppen', owner: 'Styregruppen', start: -320, deadline: -290, status: 'done' },
  { area: 'Teamet og teamlederen', title: 'Rekruttere teamleder og medarbejdere', owner: 'Afdelingschefen', start: -330, deadline: -270, status: 'done', milestone: 'Teamet er fuldt bemandet' },
  { area: 'Teamet og teamlederen', title: 'Funktionsbeskrivelser for alle roller', owner: 'Teamlederen', start: -200, deadline: -90, status: 'done' },
  { area: 'Uddannelse og supervision', title: 'Grundkursus i ACT for hele teamet', owner: 'Teamlederen', start: -270, deadline: -200, status: 'done', purpose: 'Fælles grundlag for metoden.' },
  { area: 'Uddannelse og supervision', title: 'Grundkursus for nye medarbejdere', owner: 'Teamlederen', start: -120, deadline: -20, status: 'in_progress', result: 'Alle i teamet har gennemført grundkurset.' },
  { area: 'Uddannelse og supervision', title: 'Fast ekstern supervision hver måned', owner: 'Teamlederen', start: -150, deadline: 30, status: 'in_progress' },
  { area: 'Samarbejdspartnere og aftaler', title: 'Samarbejdsaftale med regionspsykiatrien', owner: 'Afdelingschefen', start: -340, deadline: -290, status: 'done' },
  { area: 'Samarbejdspartnere og aftaler', title: 'Aftale med somatisk sygehus om udskrivning', owner: 'Afdelingschefen', start: -180, deadline: -14, status: 'planned', milestone: 'Aftalen er underskrevet' },
  { area: 'Samarbejdspartnere og aftaler', title: 'Fælles temadag med væresteder', owner: 'Teamlederen', start: -100, deadline: -60, status: 'cancelled' },
  { area: 'Løbende opfølgning og dokumentation', title: 'Kvartalsvis opfølgning på tal og mål i styregruppen', owner: 'Styregruppen', start: -90, deadline: 90, status: 'in_progress' },
  { area: 'Løbende opfølgning og dokumentation', title: 'Ny parathedsvurdering', owner: 'Styregruppen', start: -75, deadline: -55, status: 'done', result: 'Fremgang på ledelse og organisering.' },
  { area: 'Forankring i driften', title: 'Plan for oplæring af nye medarbejdere', owner: 'Teamlederen', start: 30, deadline: 150, status: 'planned' },
];

const at = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);

export interface ImplementationCounts {
  items: number;
  events: number;
  activities: number;
}

export async function insertImplementation(manager: EntityManager, tenantId: string, steeringUserId: string, now: Date): Promise<ImplementationCounts> {
  await ensureImplementationDefaults(manager, tenantId);
  const today = copenhagenToday(now);
  const rows: Array<{ id: string; default_key: string; phase: string }> = await manager.query(
    `SELECT id, default_key, phase FROM implementation_checklist_item WHERE tenant_id = $1 AND default_key IS NOT NULL`,
    [tenantId],
  );
  // The other parts' demo records, when they were seeded first (looked up, never required).
  const [links]: Array<{ agreement: string | null; round: string | null; function: string | null }> = await manager.query(
    `SELECT (SELECT id FROM cooperation_agreement WHERE tenant_id = $1 AND status = 'signed' ORDER BY signed_on, id LIMIT 1) AS agreement,
            (SELECT id FROM readiness_round WHERE tenant_id = $1 ORDER BY opens_on, id LIMIT 1) AS round,
            (SELECT id FROM function_description WHERE tenant_id = $1 ORDER BY created_at, id LIMIT 1) AS function`,
    [tenantId],
  );
  const event = (itemId: string | null, phase: string, action: string, from: Status | null, to: Status | null, reason: string | null, daysAgo: number, changes: object | null = null) =>
    manager.query(
      `INSERT INTO implementation_checklist_event (tenant_id, phase, item_id, action, from_status, to_status, reason, changes, actor_id, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [tenantId, phase, itemId, action, from, to, reason, changes ? JSON.stringify(changes) : null, steeringUserId, at(now, daysAgo)],
    );
  let events = 0;
  for (const row of rows) {
    const plan = ITEMS[row.default_key];
    if (!plan) continue;
    const first = plan.steps[0]?.daysAgo ?? 200;
    const linkId = plan.link ? links[plan.link] : null;
    const evidence = {
      owner: plan.owner ?? null,
      due_on: plan.dueDaysFromNow === undefined ? null : addDays(today, plan.dueDaysFromNow),
      evidence_note: plan.note ?? null,
      evidence_agreement_id: plan.link === 'agreement' ? linkId : null,
      evidence_round_id: plan.link === 'round' ? linkId : null,
      evidence_function_description_id: plan.link === 'function' ? linkId : null,
    };
    const changed = Object.fromEntries(
      Object.entries({ owner: evidence.owner, dueOn: evidence.due_on, evidenceNote: evidence.evidence_note, evidenceAgreementId: evidence.evidence_agreement_id, evidenceRoundId: evidence.evidence_round_id, evidenceFunctionDescriptionId: evidence.evidence_function_description_id })
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, [null, v]]),
    );
    if (Object.keys(changed).length) {
      await event(row.id, row.phase, 'changed', null, null, null, first + 1, changed);
      events++;
    }
    let status: Status = 'not_started';
    let reason: string | null = null;
    let completed: Date | null = null;
    for (const step of plan.steps) {
      const reopening = (status === 'done' || status === 'not_relevant') && step.to !== 'done' && step.to !== 'not_relevant';
      await event(row.id, row.phase, reopening ? 'reopened' : 'status_changed', status, step.to, step.reason ?? null, step.daysAgo);
      events++;
      status = step.to;
      reason = step.reason ?? null;
      completed = step.to === 'done' ? at(now, step.daysAgo) : null;
    }
    const version = 1 + plan.steps.length + (Object.keys(changed).length ? 1 : 0);
    await manager.query(
      `UPDATE implementation_checklist_item SET status = $2, status_reason = $3, completed_at = $4, owner = $5, due_on = $6, evidence_note = $7,
         evidence_agreement_id = $8, evidence_round_id = $9, evidence_function_description_id = $10, version = $11, updated_at = $12
       WHERE id = $1`,
      [row.id, status, reason, completed, evidence.owner, evidence.due_on, evidence.evidence_note, evidence.evidence_agreement_id, evidence.evidence_round_id,
        evidence.evidence_function_description_id, version, at(now, plan.steps.at(-1)?.daysAgo ?? first)],
    );
  }

  const [own]: Array<{ id: string }> = await manager.query(
    `INSERT INTO implementation_checklist_item (tenant_id, phase, text, position, status, status_reason, owner, version, created_at, updated_at)
     VALUES ($1, $2, $3, 100, 'not_relevant', $4, 'Teamlederen', 2, $5, $6) RETURNING id`,
    [tenantId, OWN_ITEM.phase, OWN_ITEM.text, OWN_ITEM.reason, at(now, OWN_ITEM.createdDaysAgo), at(now, OWN_ITEM.settledDaysAgo)],
  );
  await event(own.id, OWN_ITEM.phase, 'created', null, 'not_started', null, OWN_ITEM.createdDaysAgo);
  await event(own.id, OWN_ITEM.phase, 'status_changed', 'not_started', 'not_relevant', OWN_ITEM.reason, OWN_ITEM.settledDaysAgo);
  await event(null, REVISIT.phase, 'phase_revisited', null, null, REVISIT.reason, REVISIT.daysAgo);
  events += 3;

  for (const [i, a] of ACTIVITIES.entries()) {
    await manager.query(
      `INSERT INTO implementation_activity (tenant_id, focus_area, title, purpose, owner, starts_on, deadline, milestone, expected_result, status, position, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1)`,
      [tenantId, a.area, a.title, a.purpose ?? null, a.owner, addDays(today, a.start), addDays(today, a.deadline), a.milestone ?? null, a.result ?? null, a.status, i],
    );
  }
  return { items: rows.length + 1, events, activities: ACTIVITIES.length };
}
