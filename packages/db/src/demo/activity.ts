/**
 * Demo activity on top of the rosters and caseloads: ACT plans, visits, team meetings, the team
 * board and function descriptions. Pure function of the PRNG and the generated teams (no clock):
 * every date is a day offset from the reference date the seed passes in. Members are referred to
 * by their index in `DemoTeam.members`, so renaming e-mails (tests) never breaks a reference.
 */
import { Prng } from '@act/domain';
import { CitizenStatus, Discipline } from '../entities/enums';
import type { DemoCitizen, DemoMembership, DemoTeam, DemoUser } from './demo-data';

export type LifeAreaCode =
  | 'substance_use'
  | 'mental_health'
  | 'physical_health'
  | 'social_network'
  | 'finances'
  | 'housing'
  | 'education_employment'
  | 'everyday_life';

export type StageOfChange = 'precontemplation' | 'contemplation' | 'preparation' | 'action' | 'maintenance' | 'relapse';
export type VisitPlaceKind = 'home' | 'drop_in_centre' | 'jobcenter' | 'street' | 'treatment_site' | 'office';
export type VisitOutcomeKind = 'done' | 'not_met' | 'cancelled_by_citizen' | 'cancelled_by_team';

export interface DemoPlanStep {
  description: string;
  /** Index into the team's members. */
  responsible: number;
  /** Due date = reference date + this many days (negative: in the past). */
  dueDaysAhead: number;
}

export interface DemoPlanGoal {
  /** Stable across versions of one citizen's plan (the same goal, revised). */
  key: string;
  area: LifeAreaCode;
  /** In the citizen's own words. */
  words: string;
  status: 'active' | 'achieved';
  /** Only on substance-use goals. */
  stage: StageOfChange | null;
  steps: DemoPlanStep[];
}

export interface DemoPlanVersion {
  status: 'agreed' | 'draft';
  /** What matters to the citizen, in their own words. */
  citizenWords: string;
  goals: DemoPlanGoal[];
  /** Areas the citizen chose not to work on, in their own words. */
  declined: Array<{ area: LifeAreaCode; words: string }>;
  /** Agreed versions only. */
  agreedDaysAgo: number | null;
  agreedHow: 'meeting' | 'home_visit' | 'phone' | null;
  participants: string | null;
  /** Next follow-up = reference date + this many days (negative: overdue). */
  nextFollowUpDaysAhead: number | null;
}

export interface DemoVisitOutcome {
  kind: VisitOutcomeKind;
  actualMinutes: number | null;
  faceToFace: boolean | null;
  note: string | null;
}

export interface DemoVisit {
  /** Visit day = reference date + this many days; 0 = the seed day itself, always planned without an outcome ("Min dag"). */
  day: number;
  /** Copenhagen wall-clock start, HH:MM. */
  start: string;
  minutes: number;
  /** Member indexes; the first is the primary contact. */
  members: number[];
  place: VisitPlaceKind;
  placeText: string | null;
  purpose: string | null;
  /** Null for future visits. */
  outcome: DemoVisitOutcome | null;
}

export interface DemoCitizenActivity {
  /** Index into `DemoTeam.citizens`. */
  citizen: number;
  /** Oldest first; only the last may be a draft. */
  planVersions: DemoPlanVersion[];
  visits: DemoVisit[];
}

export interface DemoMeetingItem {
  citizen: number | null;
  source: 'prepared' | 'member';
  reason: string | null;
  title: string | null;
  note: string | null;
  decisions: string[];
  tasks: Array<{ description: string; assignee: number; dueDaysAhead: number; done: boolean }>;
}

export interface DemoBoardEntry {
  citizen: number;
  reason: string;
  placedDaysAgo: number;
  contacts: Array<{ member: number; agreement: string }>;
  notes: string[];
}

export interface DemoFunctionRole {
  title: string;
  discipline: Discipline;
  purpose: string;
  tasksOutreach: string;
  tasksPlan: string;
  tasksSupport: string;
  tasksTransition: string;
  professionalCompetences: string;
  personalCompetences: string;
  /** Member indexes linked to the role. */
  members: number[];
}

export interface DemoTeamActivity {
  rhythm: { weekday: number; startTime: string; endTime: string; place: string };
  /** Last week's meeting, held and closed. Next week's meeting is created with an empty agenda. */
  lastMeeting: { absent: number[]; items: DemoMeetingItem[] };
  board: DemoBoardEntry[];
  functionRoles: DemoFunctionRole[];
  citizens: DemoCitizenActivity[];
  /** Citizens (indexes) deliberately not seen face to face for 10+ days. */
  notSeen: number[];
}

// ---- text --------------------------------------------------------------------------------------

const WHAT_MATTERS = [
  'Det vigtigste for mig er at have ro derhjemme og at nogen kommer, selv når jeg ikke selv ringer.',
  'Jeg vil gerne have en almindelig hverdag, hvor jeg selv bestemmer.',
  'Min familie betyder mest. Jeg vil gerne være der for dem igen.',
  'At have et sted at bo og noget at stå op til om morgenen.',
  'Jeg vil ikke føle mig alene med det hele.',
  'Jeg vil gerne have styr på tingene, så jeg ikke hele tiden er bange for breve.',
  'At blive mødt som den jeg er, og at I siger det ligeud.',
  'Min hund og min lejlighed. Dem vil jeg ikke miste.',
];

interface GoalText {
  words: string;
  steps: string[];
}

const GOALS: Record<LifeAreaCode, GoalText[]> = {
  substance_use: [
    { words: 'Jeg vil gerne drikke mindre, så jeg kan huske mine aftaler.', steps: ['Tale om hvilke dage der er svære', 'Prøve at skrive ned hvad jeg drikker i en uge'] },
    { words: 'Jeg vil finde ud af, om hashen hjælper mig eller holder mig tilbage.', steps: ['Snakke med misbrugskonsulenten om fordele og ulemper', 'Besøge rusmiddelcentret sammen'] },
    { words: 'Jeg vil holde fast i, at jeg ikke har taget noget i tre måneder.', steps: ['Lave en plan for hvad jeg gør, når trangen kommer', 'Gå med til samtalegruppen om torsdagen'] },
  ],
  mental_health: [
    { words: 'Jeg vil gerne sove bedre om natten.', steps: ['Tale med psykiateren om min medicin', 'Prøve at gå i seng på samme tid hver aften'] },
    { words: 'Jeg vil kunne mærke, når stemmerne bliver værre, og vide hvad jeg så gør.', steps: ['Skrive mine tidlige tegn ned sammen', 'Aftale hvem jeg ringer til'] },
    { words: 'Jeg vil ikke være så bange for at gå uden for en dør.', steps: ['Gå en kort tur sammen to gange om ugen', 'Handle ind sammen i det lokale supermarked'] },
  ],
  physical_health: [
    { words: 'Jeg vil have ordnet mine tænder, så det ikke gør ondt at spise.', steps: ['Bestille tid hos tandlægen', 'Følges til tandlægen'] },
    { words: 'Jeg vil gå en tur hver dag.', steps: ['Finde en rute jeg kan lide', 'Låne skridttæller'] },
    { words: 'Jeg vil have tjekket mit blodtryk og mit blodsukker.', steps: ['Bestille tid hos egen læge', 'Tage blodprøver sammen med sygeplejersken'] },
  ],
  social_network: [
    { words: 'Jeg vil gerne se min datter igen.', steps: ['Skrive et brev til hende sammen', 'Tale om hvad jeg vil sige, hvis hun svarer'] },
    { words: 'Jeg vil have én at ringe til, når det er svært.', steps: ['Prøve værestedet en eftermiddag', 'Skrive telefonnumre ind i min telefon'] },
    { words: 'Jeg vil gerne spille fodbold med nogen igen.', steps: ['Finde et hold for voksne i nærheden', 'Tage med til første træning'] },
  ],
  finances: [
    { words: 'Jeg vil have styr på mine regninger, så jeg ikke får rykkere.', steps: ['Gå posten igennem sammen hver anden uge', 'Oprette betalingsservice på husleje og el'] },
    { words: 'Jeg vil have penge til mad hele måneden.', steps: ['Lave et enkelt budget', 'Tale med sagsbehandleren om min ydelse'] },
  ],
  housing: [
    { words: 'Jeg vil blive boende i min lejlighed.', steps: ['Tale med boligforeningen om klagen', 'Rydde op i køkkenet sammen'] },
    { words: 'Jeg vil have min egen bolig.', steps: ['Søge om bolig gennem kommunen', 'Se på lejligheder sammen'] },
    { words: 'Jeg vil gerne kunne have gæster igen.', steps: ['Rydde én stue ad gangen', 'Køre storskrald væk'] },
  ],
  education_employment: [
    { words: 'Jeg vil gerne prøve at arbejde lidt igen.', steps: ['Tale med beskæftigelseskonsulenten om hvad jeg kan', 'Besøge en arbejdsplads et par timer'] },
    { words: 'Jeg vil tage dansk på 9. klasses niveau.', steps: ['Finde et hold på VUC', 'Følges til første undervisning'] },
  ],
  everyday_life: [
    { words: 'Jeg vil lave mad selv et par gange om ugen.', steps: ['Lave en indkøbsliste sammen', 'Lave mad sammen om tirsdagen'] },
    { words: 'Jeg vil gerne fiske igen.', steps: ['Finde min fiskestang og købe fiskekort', 'Tage ud til søen en formiddag'] },
    { words: 'Jeg vil have en fast rytme i hverdagen.', steps: ['Lave en ugeplan på køleskabet', 'Aftale faste tider for besøg'] },
  ],
};

const DECLINED: Partial<Record<LifeAreaCode, string[]>> = {
  substance_use: ['Jeg vil ikke sætte mål for rusmidler lige nu. I må gerne spørge igen senere.'],
  finances: ['Min bror hjælper mig med pengene. Det vil jeg ikke have med i planen.'],
  social_network: ['Min familie vil jeg ikke tale om lige nu.'],
  education_employment: ['Arbejde er ikke noget for mig lige nu. Jeg skal have det bedre først.'],
};

const VISIT_PURPOSES = [
  'Kaffe og snak om ugen',
  'Følges til læge',
  'Gå posten igennem',
  'Handle ind sammen',
  'Medicin og søvn',
  'Gåtur',
  'Tale om planen',
  'Følges til jobcentret',
  null,
];

const DONE_NOTES = [
  'God snak over en kop kaffe. Vi aftalte at ses igen i næste uge.',
  'Vi gik posten igennem og fik betalt to regninger.',
  'Var på gåtur ved søen. Borgeren fortalte, at nætterne er blevet bedre.',
  'Handlede ind sammen. Borgeren valgte selv, hvad der skulle laves mad af.',
  'Kort besøg. Borgeren var træt, men glad for at vi kom.',
  'Talte om planen. Borgeren vil gerne tænke over næste skridt.',
  'Fulgtes til lægen. Ny tid om en måned.',
  'Snakkede om familien. Borgeren vil gerne skrive til sin søster.',
];

const PHONE_NOTES = ['Talte i telefon, da borgeren ikke ville have besøg i dag. Aftalt nyt besøg.', 'Kort opringning. Borgeren har det godt og vil ses i næste uge.'];
const NOT_MET_NOTES = ['Ikke hjemme. Lagt en seddel i postkassen.', 'Ingen åbnede. Ringede bagefter uden svar.', 'Ikke mødt op på værestedet som aftalt.'];
const CANCELLED_NOTES = ['Borgeren ringede og aflyste – havde besøg af familie.', 'Aflyst af teamet på grund af sygdom. Ny tid aftalt.'];

const START_TIMES = ['09:00', '09:30', '10:00', '11:00', '12:30', '13:00', '13:30', '14:00', '15:00'];
const DURATIONS = [30, 45, 60, 60, 90];
const OTHER_PLACES: VisitPlaceKind[] = ['drop_in_centre', 'jobcenter', 'street', 'treatment_site', 'office'];

const BOARD_REASONS = [
  'Har det svært efter en indlæggelse. Daglig kontakt i en periode.',
  'Risiko for at miste boligen. Tæt opfølgning indtil mødet med boligforeningen.',
  'Har ikke været til at træffe i et stykke tid. Vi prøver flere veje.',
  'Ny medicin. Vi følger søvn og humør tæt de næste uger.',
];
const BOARD_AGREEMENTS = ['Besøg hver dag på hverdage', 'Ringer hver morgen kl. 9', 'Følges til psykiatrien', 'Tager med til boligforeningen'];
const BOARD_NOTES = ['Besøg i dag. Borgeren var rolig og havde spist.', 'Ringede i morges. Aftalt besøg i morgen.'];

const MEETING_NOTES = [
  'Går bedre. Kontaktpersonen fortsætter som aftalt.',
  'Borgeren ønsker færre besøg i en periode. Vi respekterer det og ringer i stedet.',
  'Drøftet hvordan vi bedst får kontakt. Flere fra teamet prøver.',
  'Planen skal følges op snart.',
];
const DECISIONS = [
  'Sygeplejersken tager med på næste besøg for at se på medicinen.',
  'Vi forsøger kontakt to gange om ugen, også på værestedet.',
  'Opfølgning på planen aftales med borgeren inden næste møde.',
  'Borgeren bliver på tavlen en uge mere.',
];
const TASKS = [
  'Ring til egen læge om ny tid',
  'Aftal opfølgning på planen med borgeren',
  'Tag kontakt til boligforeningen',
  'Find tider på værestedet',
];

const FUNCTION_ROLES: Array<Omit<DemoFunctionRole, 'members'>> = [
  {
    title: 'Bostøttemedarbejder (socialpædagog)',
    discipline: Discipline.SocialPedagogy,
    purpose: 'Være borgerens faste kontaktperson i hverdagen og hjælpe borgeren med at nå sine egne mål.',
    tasksOutreach: 'Opsøge borgeren der, hvor borgeren er – hjemme, på værestedet eller på gaden. Blive ved, også når det er svært at få kontakt.',
    tasksPlan: 'Skrive planen sammen med borgeren med borgerens egne ord. Sørge for at planen bliver fulgt op til tiden.',
    tasksSupport: 'Hjælpe med hverdagen: post, indkøb, madlavning, aftaler. Følges til læge, jobcenter og behandling.',
    tasksTransition: 'Forberede overgangen til mindre støtte sammen med borgeren og de nye kontakter.',
    professionalCompetences: 'Socialpædagogisk uddannelse. Kendskab til psykisk sygdom, rusmidler og recovery.',
    personalCompetences: 'Tålmodig, rolig og ligefrem. Kan holde fast i kontakten uden at presse.',
  },
  {
    title: 'Sygeplejerske',
    discipline: Discipline.Nursing,
    purpose: 'Sørge for at borgerens fysiske og psykiske helbred bliver fulgt, og at medicinen fungerer.',
    tasksOutreach: 'Tage med på besøg, når helbred eller medicin fylder.',
    tasksPlan: 'Bidrage til mål om helbred og søvn. Foreslå konkrete skridt.',
    tasksSupport: 'Medicin, blodprøver og kontakt til egen læge og psykiatri.',
    tasksTransition: 'Overdrage medicin og helbred til egen læge på en tryg måde.',
    professionalCompetences: 'Sygeplejerske med erfaring fra psykiatrien.',
    personalCompetences: 'Nysgerrig og praktisk. Forklarer tingene enkelt.',
  },
  {
    title: 'Misbrugskonsulent',
    discipline: Discipline.SubstanceAbuse,
    purpose: 'Støtte borgeren i at finde sin egen vej med rusmidler, uden at dømme.',
    tasksOutreach: 'Møde borgeren der, hvor borgeren er – også når borgeren ikke er klar til forandring.',
    tasksPlan: 'Hjælpe med at sætte ord på borgerens egne mål om rusmidler og følge hvor borgeren er i forandringen.',
    tasksSupport: 'Motiverende samtaler, skadesreduktion og følgeskab til behandling.',
    tasksTransition: 'Bygge bro til rusmiddelbehandling og netværk uden for teamet.',
    professionalCompetences: 'Uddannet i motiverende samtale og rusmiddelbehandling.',
    personalCompetences: 'Fordomsfri og vedholdende. Lytter mere end taler.',
  },
  {
    title: 'Psykiater',
    discipline: Discipline.Psychiatry,
    purpose: 'Stå for den psykiatriske udredning og behandling i teamet.',
    tasksOutreach: 'Tage med ud til borgere, der ikke kommer i psykiatrien.',
    tasksPlan: 'Rådgive om mål for psykisk trivsel og medicin.',
    tasksSupport: 'Ordinere og følge medicin. Sparre med teamet på teammødet.',
    tasksTransition: 'Overdrage behandlingen til distriktspsykiatri eller egen læge.',
    professionalCompetences: 'Speciallæge i psykiatri.',
    personalCompetences: 'Lyttende og tydelig. Tager sig tid.',
  },
];

// ---- generation --------------------------------------------------------------------------------

const AREAS: readonly LifeAreaCode[] = Object.keys(GOALS) as LifeAreaCode[];
const STAGES: readonly StageOfChange[] = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance', 'relapse'];

function memberIndex(team: DemoTeam, email: string): number {
  return team.members.findIndex((m) => m.email === email);
}

function disciplineIndex(team: DemoTeam, d: Discipline): number {
  return team.members.findIndex((m) => m.discipline === d && !m.isTeamLeader);
}

/** Who takes a step: the specialist for the area if the team has one, otherwise the primary contact. */
function responsibleFor(prng: Prng, team: DemoTeam, area: LifeAreaCode, primary: number): number {
  const specialist: Partial<Record<LifeAreaCode, Discipline>> = {
    substance_use: Discipline.SubstanceAbuse,
    physical_health: Discipline.Nursing,
    finances: Discipline.Casework,
    education_employment: Discipline.Employment,
  };
  const d = specialist[area];
  const i = d ? disciplineIndex(team, d) : -1;
  return i >= 0 && prng.chance(0.7) ? i : primary;
}

function goals(prng: Prng, team: DemoTeam, primary: number, count: number, keyPrefix: string, dueFrom: number): DemoPlanGoal[] {
  return prng
    .shuffle(AREAS)
    .slice(0, count)
    .map((area, i) => {
      const text = prng.pick(GOALS[area]);
      return {
        key: `${keyPrefix}${i}`,
        area,
        words: text.words,
        status: 'active' as const,
        stage: area === 'substance_use' ? prng.pick(STAGES) : null,
        steps: text.steps.slice(0, prng.int(1, 2)).map((description, s) => ({
          description,
          responsible: responsibleFor(prng, team, area, primary),
          dueDaysAhead: dueFrom + prng.int(5, 40) + s * 7,
        })),
      };
    });
}

function participants(users: ReadonlyMap<string, DemoUser>, team: DemoTeam, primary: number, extra: number | null): string {
  const name = (i: number) => users.get(team.members[i].email)!.name;
  const parts = ['Borgeren', `${name(primary)} (kontaktperson)`];
  if (extra !== null && extra !== primary) parts.push(`${name(extra)} (${team.members[extra].title.toLowerCase()})`);
  return parts.join(', ');
}

function planFor(prng: Prng, team: DemoTeam, citizen: DemoCitizen, primary: number, users: ReadonlyMap<string, DemoUser>, overdue: boolean): DemoPlanVersion[] {
  const versions: DemoPlanVersion[] = [];
  const startedDaysAgo = citizen.referredDaysAgo;
  const psychiatrist = disciplineIndex(team, Discipline.Psychiatry);
  const declinedArea = (used: readonly LifeAreaCode[]) => {
    const options = (Object.keys(DECLINED) as LifeAreaCode[]).filter((a) => !used.includes(a));
    if (!options.length || !prng.chance(0.35)) return [];
    const area = prng.pick(options);
    return [{ area, words: prng.pick(DECLINED[area]!) }];
  };

  // An earlier agreed version for some long-standing citizens.
  let currentGoals = goals(prng, team, primary, prng.int(1, 3), 'a', 0);
  const currentAgreedDaysAgo = prng.int(20, Math.min(150, Math.max(21, startedDaysAgo - 10)));
  const withHistory = startedDaysAgo >= currentAgreedDaysAgo + 120 && prng.chance(0.35);
  if (withHistory) {
    const oldAgreed = prng.int(currentAgreedDaysAgo + 90, Math.min(startedDaysAgo, currentAgreedDaysAgo + 200));
    const oldGoals = goals(prng, team, primary, prng.int(1, 2), 'h', -oldAgreed);
    versions.push({
      status: 'agreed',
      citizenWords: prng.pick(WHAT_MATTERS),
      goals: oldGoals,
      declined: [],
      agreedDaysAgo: oldAgreed,
      agreedHow: 'home_visit',
      participants: participants(users, team, primary, null),
      nextFollowUpDaysAhead: -oldAgreed + 90,
    });
    // The first goal carries on (same key); it may have been reached since.
    const carried = { ...oldGoals[0], status: prng.chance(0.5) ? ('achieved' as const) : ('active' as const) };
    carried.steps = carried.status === 'achieved' ? [] : carried.steps.map((s) => ({ ...s, dueDaysAhead: prng.int(3, 30) }));
    currentGoals = [carried, ...currentGoals.filter((g) => g.area !== carried.area)].slice(0, 3);
  }
  const areas = currentGoals.map((g) => g.area);
  versions.push({
    status: 'agreed',
    citizenWords: prng.pick(WHAT_MATTERS),
    goals: currentGoals,
    declined: declinedArea(areas),
    agreedDaysAgo: currentAgreedDaysAgo,
    agreedHow: prng.pick(['meeting', 'home_visit', 'home_visit', 'phone'] as const),
    participants: participants(users, team, primary, prng.chance(0.4) ? psychiatrist : null),
    nextFollowUpDaysAhead: overdue ? -prng.int(3, 20) : prng.int(7, 75),
  });

  // A draft in progress for a few: the same goals with one step added.
  if (prng.chance(0.15)) {
    const draftGoals = currentGoals
      .filter((g) => g.status === 'active')
      .map((g, i) => ({
        ...g,
        steps: i === 0 ? [...g.steps, { description: 'Tale om hvordan det går, og om målet stadig passer', responsible: primary, dueDaysAhead: prng.int(10, 30) }] : g.steps,
      }));
    versions.push({
      status: 'draft',
      citizenWords: prng.pick(WHAT_MATTERS),
      goals: draftGoals.length ? draftGoals : goals(prng, team, primary, 1, 'd', 0),
      declined: [],
      agreedDaysAgo: null,
      agreedHow: null,
      participants: null,
      nextFollowUpDaysAhead: null,
    });
  }
  return versions;
}

function outcomeFor(prng: Prng, minutes: number, forceSeen: boolean, forceNotMet: boolean): DemoVisitOutcome {
  const roll = prng.next();
  if (forceNotMet || (!forceSeen && roll < 0.15)) return { kind: 'not_met', actualMinutes: null, faceToFace: null, note: prng.pick(NOT_MET_NOTES) };
  if (!forceSeen && roll < 0.22) {
    const kind = prng.chance(0.6) ? ('cancelled_by_citizen' as const) : ('cancelled_by_team' as const);
    return { kind, actualMinutes: null, faceToFace: null, note: kind === 'cancelled_by_citizen' ? CANCELLED_NOTES[0] : CANCELLED_NOTES[1] };
  }
  const phone = !forceSeen && prng.chance(0.08);
  return {
    kind: 'done',
    actualMinutes: phone ? prng.int(5, 15) : Math.max(10, minutes + prng.pick([-15, -10, 0, 0, 10, 20])),
    faceToFace: !phone,
    note: phone ? prng.pick(PHONE_NOTES) : prng.pick(DONE_NOTES),
  };
}

/** Three past weeks and next week; 1–3 visits a week by the primary contact, sometimes with a second member. */
function visitsFor(prng: Prng, team: DemoTeam, citizen: DemoCitizen, primary: number, notSeen: boolean): DemoVisit[] {
  const secondaries = citizen.secondaryContacts.map((e) => memberIndex(team, e)).filter((i) => i >= 0);
  const visits: DemoVisit[] = [];
  for (const [from, to] of [[-21, -15], [-14, -8], [-7, -1], [1, 7]] as const) {
    const days = prng.shuffle(Array.from({ length: to - from + 1 }, (_, i) => from + i)).slice(0, prng.int(1, 3)).sort((a, b) => a - b);
    for (const day of days) {
      const minutes = prng.pick(DURATIONS);
      const home = prng.chance(0.75);
      const place = home ? 'home' : prng.pick(OTHER_PLACES);
      visits.push({
        day,
        start: prng.pick(START_TIMES),
        minutes,
        members: secondaries.length && prng.chance(0.2) ? [primary, prng.pick(secondaries)] : [primary],
        place,
        placeText: place === 'street' ? 'Ved kiosken på torvet' : null,
        purpose: prng.pick(VISIT_PURPOSES),
        outcome: day < 0 ? outcomeFor(prng, minutes, false, notSeen && day >= -11) : null,
      });
    }
  }
  // Some visits today, not yet logged, so "Min dag" has something to log in the demo.
  if (!notSeen && prng.chance(0.45)) {
    visits.push({
      day: 0,
      start: prng.pick(START_TIMES),
      minutes: 60,
      members: [primary],
      place: 'home',
      placeText: null,
      purpose: prng.pick(VISIT_PURPOSES),
      outcome: null,
    });
  }
  // Everyone else was seen face to face at their latest past visit (so only the chosen few lapse).
  const past = visits.filter((v) => v.day < 0);
  const latest = past[past.length - 1];
  if (!notSeen && latest && !(latest.outcome!.kind === 'done' && latest.outcome!.faceToFace)) {
    latest.outcome = outcomeFor(prng, latest.minutes, true, false);
  }
  return visits;
}

function meetingFor(prng: Prng, team: DemoTeam, board: readonly DemoBoardEntry[], active: readonly number[]): DemoTeamActivity['lastMeeting'] {
  const leader = team.members.findIndex((m) => m.isTeamLeader);
  const others = team.members.map((_, i) => i).filter((i) => i !== leader);
  const absent = [prng.pick(others)];
  const items: DemoMeetingItem[] = board.map((b) => ({
    citizen: b.citizen,
    source: 'prepared' as const,
    reason: 'team_board',
    title: null,
    note: prng.pick(MEETING_NOTES),
    decisions: [DECISIONS[3]],
    tasks: [],
  }));
  const onBoard = new Set(board.map((b) => b.citizen));
  const rest = prng.shuffle(active.filter((c) => !onBoard.has(c))).slice(0, 4);
  rest.forEach((citizen, i) => {
    const primary = memberIndex(team, team.citizens[citizen].primaryContact!.email);
    items.push({
      citizen,
      source: 'prepared',
      reason: 'longest_not_discussed',
      title: null,
      note: i < 2 ? prng.pick(MEETING_NOTES) : null,
      decisions: i === 0 ? [DECISIONS[0]] : i === 1 ? [DECISIONS[2]] : [],
      tasks: i < 2 ? [{ description: TASKS[i === 0 ? 0 : 1], assignee: primary, dueDaysAhead: i === 0 ? -2 : prng.int(3, 10), done: i === 0 }] : [],
    });
  });
  items.push({
    citizen: null,
    source: 'member',
    reason: null,
    title: 'Sommerferieplan og dækning af vagter',
    note: 'Alle skriver deres ønsker på listen inden næste møde.',
    decisions: [],
    tasks: [{ description: 'Saml ferieønsker og lav et udkast til vagtplan', assignee: leader, dueDaysAhead: 5, done: false }],
  });
  return { absent, items };
}

export function generateTeamActivity(prng: Prng, team: DemoTeam, users: readonly DemoUser[], teamIndex: number): DemoTeamActivity {
  const userByEmail = new Map(users.map((u) => [u.email, u]));
  const active = team.citizens.map((c, i) => (c.status === CitizenStatus.Active ? i : -1)).filter((i) => i >= 0);
  const notSeen = prng.shuffle(active).slice(0, 2).sort((a, b) => a - b);
  const withPlan = new Set(prng.shuffle(active).slice(0, Math.round((active.length * 2) / 3)));
  const overdue = new Set(prng.shuffle([...withPlan]).slice(0, 3));

  const citizens: DemoCitizenActivity[] = active.map((ci) => {
    const citizen = team.citizens[ci];
    const primary = memberIndex(team, citizen.primaryContact!.email);
    return {
      citizen: ci,
      planVersions: withPlan.has(ci) ? planFor(prng, team, citizen, primary, userByEmail, overdue.has(ci)) : [],
      visits: visitsFor(prng, team, citizen, primary, notSeen.includes(ci)),
    };
  });

  // The board: one citizen not seen lately, and one more in Nord.
  const boardCitizens = [notSeen[0], ...(teamIndex === 0 ? [prng.pick(active.filter((i) => !notSeen.includes(i)))] : [])];
  const board: DemoBoardEntry[] = boardCitizens.map((ci, i) => {
    const primary = memberIndex(team, team.citizens[ci].primaryContact!.email);
    const nurse = disciplineIndex(team, Discipline.Nursing);
    return {
      citizen: ci,
      reason: i === 0 ? BOARD_REASONS[2] : prng.pick([BOARD_REASONS[0], BOARD_REASONS[1], BOARD_REASONS[3]]),
      placedDaysAgo: prng.int(5, 12),
      contacts: [
        { member: primary, agreement: BOARD_AGREEMENTS[i === 0 ? 1 : 0] },
        ...(nurse >= 0 && nurse !== primary ? [{ member: nurse, agreement: prng.pick(BOARD_AGREEMENTS.slice(2)) }] : []),
      ],
      notes: BOARD_NOTES.slice(0, prng.int(1, 2)),
    };
  });

  const functionRoles: DemoFunctionRole[] =
    teamIndex === 0
      ? FUNCTION_ROLES.map((r) => ({
          ...r,
          members: team.members.map((m: DemoMembership, i) => (m.discipline === r.discipline && !m.isTeamLeader ? i : -1)).filter((i) => i >= 0),
        }))
      : [];

  return {
    rhythm: {
      weekday: teamIndex === 0 ? 2 : 4,
      startTime: '09:00',
      endTime: '10:30',
      place: teamIndex === 0 ? 'Mødelokalet, Teamhuset Nord' : 'Mødelokalet, Teamhuset Syd',
    },
    lastMeeting: meetingFor(prng, team, board, active),
    board,
    functionRoles,
    citizens,
    notSeen,
  };
}
