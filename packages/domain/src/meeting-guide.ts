/**
 * The meeting guide for evaluation and reflection days (the implementation guide's annex 1f,
 * in our own words): what to bring, what to reflect on, what to decide. An evaluation day's
 * agenda is built from these sections; decisions and follow-up tasks are kept as for team
 * meetings. The figures to bring are linked from the day's page (caseload, contacts, and the
 * fidelity report once it exists).
 */
export type MeetingGuideSectionKey = 'bring' | 'reflect' | 'decide';

export interface MeetingGuidePoint {
  /** Stable key, e.g. for tests and links to the figures it needs. */
  key: string;
  text: string;
}

export interface MeetingGuideSection {
  key: MeetingGuideSectionKey;
  title: string;
  intro: string;
  points: readonly MeetingGuidePoint[];
}

export const EVALUATION_DAY_GUIDE: readonly MeetingGuideSection[] = [
  {
    key: 'bring',
    title: 'Det tager vi med',
    intro: 'Dagen bygger på det, teamet har dokumenteret. Find tallene frem inden dagen, så alle taler ud fra det samme.',
    points: [
      { key: 'results', text: 'Borgernes udvikling: mål i indsatsplanerne, der er nået, ændret eller sat i bero siden sidst.' },
      { key: 'caseload', text: 'Caseload: borgere pr. primærkontakt, venteliste og undtagelser fra max-10-reglen.' },
      { key: 'contacts', text: 'Kontakt: besøg pr. borger pr. uge, ansigt-til-ansigt-kontakter og borgere, der ikke er set.' },
      { key: 'meetings', text: 'Møder: afholdte teammøder, supervision og sparring i perioden, og hvad der blev aflyst.' },
      { key: 'fidelity', text: 'Metodetroskab: den seneste måling, når den findes.' },
    ],
  },
  {
    key: 'reflect',
    title: 'Det reflekterer vi over',
    intro: 'Hvad lykkes, og hvad lykkes ikke i hverdagen? Tag udgangspunkt i konkrete forløb og tal.',
    points: [
      { key: 'works', text: 'Hvad virker i arbejdet med borgerne, og hvorfor?' },
      { key: 'hard', text: 'Hvor er det svært: kontakt, der ikke kan fastholdes, relations- og motivationsarbejde, samarbejde med andre?' },
      { key: 'method', text: 'Arbejder vi efter metodens kerneelementer: opsøgende, tværfagligt, med borgerens egne mål?' },
      { key: 'team', text: 'Hvordan fungerer teamet: roller, fordeling af borgere og brug af hinandens fag?' },
    ],
  },
  {
    key: 'decide',
    title: 'Det beslutter vi',
    intro: 'Afslut med klare aftaler: hvad ændrer vi, hvem gør hvad, og hvornår følger vi op?',
    points: [
      { key: 'changes', text: 'Hvilke arbejdsgange eller rutiner ændrer vi?' },
      { key: 'tasks', text: 'Hvem gør hvad, og hvornår er det gjort?' },
      { key: 'escalate', text: 'Hvad skal videre til ledelsen eller styregruppen?' },
      { key: 'next', text: 'Hvad følger vi op på ved næste evaluerings- og refleksionsdag?' },
    ],
  },
];

export const EVALUATION_DAY_GUIDE_POINT_COUNT = EVALUATION_DAY_GUIDE.reduce((n, s) => n + s.points.length, 0);
