/**
 * The implementation guide's four phases (decide, plan, carry out, anchor), the checklist that
 * closes each of them (4 / 7 / 5 / 5 questions), a default roles-and-responsibilities table and
 * suggested focus areas for the implementation plan (annex 1c) — all in our own Danish words,
 * written from the guide. A municipality gets them as its own data (default_key marks the
 * guide's lines), so it can adjust owners, dates and evidence and add items of its own.
 */
export type ImplementationPhaseKey = 'decide' | 'plan' | 'carry_out' | 'anchor';
export type ChecklistStatusKey = 'not_started' | 'in_progress' | 'done' | 'not_relevant';
export type ActivityStatusKey = 'planned' | 'in_progress' | 'done' | 'cancelled';
export type ResponsibilityGroupKey = 'management' | 'steering_group' | 'team_leader' | 'team_members' | 'partners';

export const IMPLEMENTATION_PHASES: readonly ImplementationPhaseKey[] = ['decide', 'plan', 'carry_out', 'anchor'];

export const PHASE_LABELS: Record<ImplementationPhaseKey, { number: number; title: string; summary: string }> = {
  decide: {
    number: 1,
    title: 'Beslutte',
    summary: 'Ledelsen beslutter, om kommunen vil arbejde med ACT, og undersøger, om organisationen forstår metoden og er klar til den.',
  },
  plan: {
    number: 2,
    title: 'Planlægge',
    summary: 'Rammerne kommer på plads: hvor indsatsen hører hjemme, styregruppe, team og teamleder, uddannelse og en samlet plan.',
  },
  carry_out: {
    number: 3,
    title: 'Gennemføre',
    summary: 'Metoden tages i brug i hverdagen: ledelsen bakker op, teamet finder sine roller, og der følges op med supervision.',
  },
  anchor: {
    number: 4,
    title: 'Forankre',
    summary: 'Indsatsen bliver en fast del af driften: procedurer, erfaringer, nye medarbejdere og vedvarende opmærksomhed fra ledelsen.',
  },
};

export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatusKey, string> = {
  not_started: 'Ikke begyndt',
  in_progress: 'I gang',
  done: 'Klaret',
  not_relevant: 'Ikke relevant',
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatusKey, string> = {
  planned: 'Planlagt',
  in_progress: 'I gang',
  done: 'Gennemført',
  cancelled: 'Aflyst',
};

export const RESPONSIBILITY_GROUP_LABELS: Record<ResponsibilityGroupKey, string> = {
  management: 'Ledelsen',
  steering_group: 'Styregruppen',
  team_leader: 'Teamlederen',
  team_members: 'Medarbejderne i ACT-teamet',
  partners: 'Samarbejdspartnere',
};

export const RESPONSIBILITY_GROUPS: readonly ResponsibilityGroupKey[] = ['management', 'steering_group', 'team_leader', 'team_members', 'partners'];

export interface DefaultChecklistItem {
  key: string;
  phase: ImplementationPhaseKey;
  text: string;
}

/** The guide's checklist questions, phase by phase, as questions the steering group can answer. */
export const DEFAULT_CHECKLIST: readonly DefaultChecklistItem[] = [
  { key: 'decide.understanding', phase: 'decide', text: 'Forstår ledelse, teamledere og medarbejdere, hvad ACT er, og hvad metoden vil ændre i den måde, vi arbejder på i dag?' },
  { key: 'decide.readiness', phase: 'decide', text: 'Har vi vurderet, hvor parat kommunen er til at tage ACT i brug?' },
  { key: 'decide.partner_dialogue', phase: 'decide', text: 'Er dialogen med de vigtigste samarbejdspartnere begyndt, fx på et fælles opstartsmøde?' },
  { key: 'decide.agreements', phase: 'decide', text: 'Har vi skrevet bindende samarbejdsaftaler med de samarbejdspartnere, indsatsen afhænger af?' },

  { key: 'plan.anchoring', phase: 'plan', text: 'Har indsatsen fået et organisatorisk hjem, der passer fagligt til målgruppen?' },
  { key: 'plan.steering_group', phase: 'plan', text: 'Er der nedsat en tværfaglig styregruppe, der følger implementeringen?' },
  { key: 'plan.team', phase: 'plan', text: 'Er medarbejderne til ACT-teamet fundet, og er teamet sat sammen?' },
  { key: 'plan.team_leader', phase: 'plan', text: 'Har teamet fået en teamleder?' },
  { key: 'plan.roles', phase: 'plan', text: 'Ved ledelse, teamleder og medarbejdere, hvem der har hvilke roller og hvilket ansvar?' },
  { key: 'plan.training', phase: 'plan', text: 'Har teamleder og medarbejdere gennemført den uddannelse og kompetenceudvikling, metoden kræver?' },
  { key: 'plan.plan', phase: 'plan', text: 'Har vi en samlet plan for implementeringen med aktiviteter, ansvarlige og frister?' },

  { key: 'carry_out.leadership', phase: 'carry_out', text: 'Er implementeringen forankret i ledelsen, så det er ledelsen, der driver den frem?' },
  { key: 'carry_out.functions', phase: 'carry_out', text: 'Er medarbejdernes konkrete roller og funktioner i teamet skrevet ned?' },
  { key: 'carry_out.team_dynamics', phase: 'carry_out', text: 'Arbejder vi bevidst og løbende med et ægte teamsamarbejde og en god dynamik i teamet?' },
  { key: 'carry_out.supervision', phase: 'carry_out', text: 'Bliver uddannelsen fulgt op af fast og løbende supervision?' },
  { key: 'carry_out.follow_up', phase: 'carry_out', text: 'Har vi faste rammer for at følge op på arbejdet og resultaterne, så vi lærer og udvikler os?' },

  { key: 'anchor.procedures', phase: 'anchor', text: 'Er der procedurer, der holder indsatsen i gang i driften, fx faste medarbejdere, manualer og skabeloner?' },
  { key: 'anchor.experience', phase: 'anchor', text: 'Har vi besluttet, hvordan erfaringerne med målgruppen, indsatsen og implementeringen bruges i driften?' },
  { key: 'anchor.conditions', phase: 'anchor', text: 'Har vi beskrevet, hvad der især fremmer og hæmmer, at indsatsen lykkes?' },
  { key: 'anchor.new_staff', phase: 'anchor', text: 'Har vi besluttet, hvordan nye medarbejdere lærer metoden, så de kan arbejde med den?' },
  { key: 'anchor.attention', phase: 'anchor', text: 'Har vi besluttet, hvordan alle ledelsesniveauer bliver ved med at holde øje med indsatsen?' },
];

export interface DefaultResponsibility {
  key: string;
  group: ResponsibilityGroupKey;
  text: string;
}

/** A starting roles-and-responsibilities table; the municipality rewrites it to its own setup. */
export const DEFAULT_RESPONSIBILITIES: readonly DefaultResponsibility[] = [
  { key: 'management.plan', group: 'management', text: 'Lægger implementeringsplanen og følger op på mål og resultater.' },
  { key: 'management.workflows', group: 'management', text: 'Sørger for arbejdsgange, der hænger sammen og støtter arbejdet med metoden.' },
  { key: 'management.backing', group: 'management', text: 'Bakker medarbejderne op med tid, ressourcer og mulighed for efteruddannelse.' },
  { key: 'management.ownership', group: 'management', text: 'Skaber ejerskab og motivation ved at anerkende, inddrage og drøfte arbejdet med medarbejderne.' },
  { key: 'management.partners', group: 'management', text: 'Inddrager misbrugsbehandlingen, myndighedsområdet og andre, der arbejder med målgruppen, og sørger for konkrete samarbejdsaftaler.' },
  { key: 'steering_group.commitment', group: 'steering_group', text: 'Sikrer, at de vigtigste samarbejdspartnere er med og har forpligtet sig.' },
  { key: 'steering_group.understanding', group: 'steering_group', text: 'Arbejder for en fælles forståelse af ACT på tværs af forvaltninger og sektorer.' },
  { key: 'steering_group.follow_up', group: 'steering_group', text: 'Følger implementeringen løbende og afklarer snitflader, roller og ansvar mellem ledelsesniveauerne.' },
  { key: 'team_leader.direction', group: 'team_leader', text: 'Går forrest, kender metoden indgående og hjælper teamet med at holde fast i den.' },
  { key: 'team_leader.decisions', group: 'team_leader', text: 'Træffer den endelige beslutning, når teamet er uenigt om retningen for en borgers forløb.' },
  { key: 'team_leader.knowledge', group: 'team_leader', text: 'Samler op på dokumentationen og giver plads til videndeling, fx på faste refleksionsmøder.' },
  { key: 'team_members.method', group: 'team_members', text: 'Holder deres kendskab til metoden ved lige gennem kompetenceudvikling og sparring.' },
  { key: 'team_members.goals', group: 'team_members', text: 'Sætter mål og følger op sammen med borgeren og dokumenterer borgerens udvikling over tid.' },
  { key: 'team_members.outreach', group: 'team_members', text: 'Opsøger borgerne og tager kontakt der, hvor borgerne er.' },
  { key: 'team_members.sharing', group: 'team_members', text: 'Deler viden om målgruppen, de gode historier og udfordringerne.' },
  { key: 'partners.agreements', group: 'partners', text: 'Overholder samarbejdsaftalerne, fx om henvisning, besøg og udskrivning.' },
  { key: 'partners.dialogue', group: 'partners', text: 'Siger til, når samarbejdet knirker, så forventningerne kan afstemmes undervejs.' },
];

/** Suggested focus areas for the implementation plan; the plan may use any area it likes. */
export const SUGGESTED_FOCUS_AREAS: readonly string[] = [
  'Organisering og styregruppe',
  'Teamet og teamlederen',
  'Uddannelse og supervision',
  'Samarbejdspartnere og aftaler',
  'Opsporing af borgere',
  'Løbende opfølgning og dokumentation',
  'Forankring i driften',
];

export interface ProgressItem {
  status: ChecklistStatusKey;
  removed: boolean;
}

export interface PhaseProgress {
  /** Items that count (not removed). */
  total: number;
  done: number;
  notRelevant: number;
  inProgress: number;
  notStarted: number;
  /** done + not relevant: the items the phase no longer waits for. */
  settled: number;
  /** settled / total as a whole percentage (rounded down, so 100 only when all are settled); null when no items. */
  percent: number | null;
  /** not started: nothing begun; complete: every item settled; otherwise in progress. */
  state: 'not_started' | 'in_progress' | 'complete' | 'empty';
}

/** A phase's progress: done and not-relevant items over the items that are not removed. */
export function phaseProgress(items: readonly ProgressItem[]): PhaseProgress {
  const live = items.filter((i) => !i.removed);
  const count = (s: ChecklistStatusKey) => live.filter((i) => i.status === s).length;
  const done = count('done');
  const notRelevant = count('not_relevant');
  const inProgress = count('in_progress');
  const notStarted = count('not_started');
  const settled = done + notRelevant;
  const total = live.length;
  const percent = total === 0 ? null : Math.floor((settled * 100) / total);
  const state = total === 0 ? 'empty' : settled === total ? 'complete' : notStarted === total ? 'not_started' : 'in_progress';
  return { total, done, notRelevant, inProgress, notStarted, settled, percent, state };
}

/** Overdue: the deadline has passed (before Copenhagen today) and the activity is neither done nor cancelled. */
export function activityOverdue(activity: { deadline: string | null; status: ActivityStatusKey }, today: string): boolean {
  if (!activity.deadline) return false;
  if (activity.status === 'done' || activity.status === 'cancelled') return false;
  return activity.deadline < today;
}

/** Which status changes need a reason: not relevant always; reopening (done/not relevant back to work) too. */
export function statusChangeNeedsReason(from: ChecklistStatusKey, to: ChecklistStatusKey): boolean {
  if (to === 'not_relevant') return true;
  return isReopening(from, to);
}

/** A settled item (done or not relevant) taken back into work. */
export function isReopening(from: ChecklistStatusKey, to: ChecklistStatusKey): boolean {
  const settled = (s: ChecklistStatusKey) => s === 'done' || s === 'not_relevant';
  return settled(from) && !settled(to);
}

/** The months ('YYYY-MM') a timeline spans: from the earliest start or deadline to the latest, today included. */
export function timelineMonths(activities: ReadonlyArray<{ startsOn: string | null; deadline: string | null }>, today: string): string[] {
  const dates = [today, ...activities.flatMap((a) => [a.startsOn, a.deadline]).filter((d): d is string => !!d)];
  const first = dates.reduce((a, b) => (b < a ? b : a)).slice(0, 7);
  const last = dates.reduce((a, b) => (b > a ? b : a)).slice(0, 7);
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  // Bounded: a plan spanning more than ten years is shown up to ten years.
  while (months.length < 120) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}
