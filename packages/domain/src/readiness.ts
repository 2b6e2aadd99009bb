/**
 * Readiness assessment (the guide's Bilag 1a): statements on the five implementation drivers,
 * answered on a 1–5 scale or "ved ikke", and the result maths the steering group reads.
 *
 * Privacy: a figure derived from fewer people than the tenant's minimum group size is not
 * returned at all (null + suppressed), never the small number.
 */

export const READINESS_DRIVERS = ['intervention', 'organisation', 'leadership', 'people', 'context'] as const;
export type ReadinessDriverKey = (typeof READINESS_DRIVERS)[number];

/** Plain Danish names and what each driver asks about (our own words, after the guide). */
export const READINESS_DRIVER_LABELS: Record<ReadinessDriverKey, { label: string; about: string }> = {
  intervention: { label: 'Indsatsen', about: 'Om ACT-metoden passer til borgerne og til det, vi vil opnå.' },
  organisation: { label: 'Organisationen', about: 'Om rammer, samarbejde og arbejdsgange kan bære et ACT-team.' },
  leadership: { label: 'Ledelsen', about: 'Om ledelsen på alle niveauer bakker op og følger med.' },
  people: { label: 'Medarbejderne', about: 'Om de rette folk, kompetencer og motivation er til stede.' },
  context: { label: 'Omgivelserne', about: 'Om politik, økonomi og samarbejdspartnere støtter indsatsen.' },
};

export interface DefaultReadinessStatement {
  key: string;
  driver: ReadinessDriverKey;
  text: string;
}

/** The default catalogue: written by us from the guide's descriptions of the five drivers. */
export const DEFAULT_READINESS_STATEMENTS: readonly DefaultReadinessStatement[] = [
  { key: 'intervention.fits_target_group', driver: 'intervention', text: 'Vi ved, hvilke borgere i kommunen ACT-indsatsen er til, og at de har brug for den.' },
  { key: 'intervention.understood', driver: 'intervention', text: 'Jeg kender ACT-metodens kerneelementer og ved, hvad de betyder for hverdagen.' },
  { key: 'intervention.recovery', driver: 'intervention', text: 'Vi tror på, at borgerne kan komme sig, og kan arbejde uden at stille krav om forandring.' },
  { key: 'intervention.better_than_now', driver: 'intervention', text: 'ACT-indsatsen giver borgerne noget, de ikke får i dag.' },
  { key: 'organisation.team_placement', driver: 'organisation', text: 'Det er afklaret, hvor ACT-teamet hører til i organisationen.' },
  { key: 'organisation.resources', driver: 'organisation', text: 'Der er afsat tid, penge og lokaler nok til teamet.' },
  { key: 'organisation.cooperation', driver: 'organisation', text: 'Samarbejdet med psykiatrien, jobcentret og andre parter er på plads eller godt på vej.' },
  { key: 'organisation.routines', driver: 'organisation', text: 'Vores arbejdsgange og systemer kan tilpasses en udgående og fleksibel indsats.' },
  { key: 'leadership.decision', driver: 'leadership', text: 'Ledelsen har truffet en klar beslutning om at indføre ACT-metoden.' },
  { key: 'leadership.support', driver: 'leadership', text: 'Ledelsen bakker synligt op og fjerner forhindringer, når de opstår.' },
  { key: 'leadership.follow_up', driver: 'leadership', text: 'Ledelsen følger løbende op på, hvordan det går med indsatsen.' },
  { key: 'leadership.team_leader', driver: 'leadership', text: 'Teamlederen har mandat og tid til at lede teamet i det daglige.' },
  { key: 'people.motivation', driver: 'people', text: 'Medarbejderne er motiverede for at arbejde efter ACT-metoden.' },
  { key: 'people.competences', driver: 'people', text: 'Teamet har de faglige kompetencer, der skal til (fx psykiatri, misbrug, sygepleje, beskæftigelse).' },
  { key: 'people.training', driver: 'people', text: 'Der er en plan for oplæring, supervision og sparring.' },
  { key: 'people.mindshift', driver: 'people', text: 'Medarbejderne er klar til at være den aktive part og ikke opgive borgeren.' },
  { key: 'context.political', driver: 'context', text: 'Der er politisk opbakning til indsatsen.' },
  { key: 'context.economy', driver: 'context', text: 'Økonomien til indsatsen er sikret i de næste år.' },
  { key: 'context.partners', driver: 'context', text: 'Samarbejdspartnerne kender indsatsen og vil bidrage til den.' },
  { key: 'context.citizens', driver: 'context', text: 'Vi kan finde og nå borgerne i målgruppen.' },
];

/** The answer scale: 1–5, plus "ved ikke" (no score). */
export const READINESS_SCALE: ReadonlyArray<{ score: number; label: string }> = [
  { score: 1, label: 'Helt uenig' },
  { score: 2, label: 'Uenig' },
  { score: 3, label: 'Hverken enig eller uenig' },
  { score: 4, label: 'Enig' },
  { score: 5, label: 'Helt enig' },
];
export const READINESS_DONT_KNOW_LABEL = 'Ved ikke';

export interface ReadinessAnswerValue {
  /** 1–5, or null for "ved ikke". */
  score: number | null;
}

export interface ReadinessFigures {
  /** Answers given (scores and "ved ikke"); null when suppressed. */
  answers: number | null;
  /** Share of the answers that were "ved ikke" (0–1); null when there are no answers. */
  dontKnowShare: number | null;
  /** Mean, standard deviation (population), lowest and highest score; null when suppressed or no scores. */
  mean: number | null;
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
  /** True when the scores come from fewer people than the minimum group: the figures above are withheld. */
  suppressed: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Figures for a set of answers. `people` is how many different people the answers come from (a
 * driver has several answers per person); below `minGroup` the mean, spread and range are
 * withheld. The number of answers and the don't-know share are shown only with the scores.
 */
export function readinessFigures(answers: readonly ReadinessAnswerValue[], people: number, minGroup: number): ReadinessFigures {
  if (people < minGroup) {
    return { answers: null, dontKnowShare: null, mean: null, standardDeviation: null, min: null, max: null, suppressed: true };
  }
  const scores = answers.map((a) => a.score).filter((s): s is number => s !== null);
  const dontKnow = answers.length - scores.length;
  const base = { answers: answers.length, dontKnowShare: answers.length ? round2(dontKnow / answers.length) : null, suppressed: false };
  if (!scores.length) return { ...base, mean: null, standardDeviation: null, min: null, max: null };
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  const variance = scores.reduce((s, x) => s + (x - mean) ** 2, 0) / scores.length;
  return {
    ...base,
    mean: round2(mean),
    standardDeviation: round2(Math.sqrt(variance)),
    min: Math.min(...scores),
    max: Math.max(...scores),
  };
}

/** One submitted participant's answer to one statement of a round. */
export interface ReadinessResultAnswer {
  participantId: string;
  statementId: string;
  score: number | null;
}

export interface ReadinessResultStatement {
  id: string;
  driver: ReadinessDriverKey;
}

export interface ReadinessResults {
  /** Participants who submitted. */
  submitted: number;
  /** True when fewer than the minimum group submitted: nothing below is shown. */
  suppressed: boolean;
  drivers: Array<{ driver: ReadinessDriverKey; figures: ReadinessFigures }>;
  statements: Array<{ id: string; driver: ReadinessDriverKey; figures: ReadinessFigures }>;
}

/**
 * Results of a round, per driver and per statement. A figure is withheld when the people who
 * gave a score to it (not "ved ikke") are fewer than `minGroup`; the whole round is withheld
 * when fewer than `minGroup` submitted.
 */
export function readinessResults(
  statements: readonly ReadinessResultStatement[],
  answers: readonly ReadinessResultAnswer[],
  submitted: number,
  minGroup: number,
): ReadinessResults {
  if (submitted < minGroup) return { submitted, suppressed: true, drivers: [], statements: [] };
  const scorers = (rows: readonly ReadinessResultAnswer[]) => new Set(rows.filter((a) => a.score !== null).map((a) => a.participantId)).size;
  const byStatement = statements.map((s) => {
    const rows = answers.filter((a) => a.statementId === s.id);
    return { id: s.id, driver: s.driver, figures: withheldBelow(rows, scorers(rows), minGroup) };
  });
  const drivers = READINESS_DRIVERS.filter((d) => statements.some((s) => s.driver === d)).map((driver) => {
    const ids = new Set(statements.filter((s) => s.driver === driver).map((s) => s.id));
    const rows = answers.filter((a) => ids.has(a.statementId));
    return { driver, figures: withheldBelow(rows, scorers(rows), minGroup) };
  });
  return { submitted, suppressed: false, drivers, statements: byStatement };
}

/** The answer count and don't-know share stay (the round has enough people); the scores go when too few scored. */
function withheldBelow(rows: readonly ReadinessResultAnswer[], scoringPeople: number, minGroup: number): ReadinessFigures {
  const all = readinessFigures(rows, Number.MAX_SAFE_INTEGER, 0);
  if (scoringPeople >= minGroup) return all;
  return { ...all, mean: null, standardDeviation: null, min: null, max: null, suppressed: true };
}

/** A submitted participant's group, for results per group. */
export interface ReadinessGroupAnswer extends ReadinessResultAnswer {
  group: string;
}

export interface ReadinessGroupResults {
  /**
   * True when any group that answered has fewer than the minimum: then no group is shown, not
   * even the big ones — with the total known, one group's figures would give away the other's.
   */
  suppressed: boolean;
  groups: Array<{ group: string; submitted: number; drivers: ReadinessResults['drivers'] }>;
}

/** Driver figures per group (steering group, team leaders, members, partners), all or none. */
export function readinessGroupResults(
  statements: readonly ReadinessResultStatement[],
  answers: readonly ReadinessGroupAnswer[],
  submittedByGroup: ReadonlyMap<string, number>,
  minGroup: number,
): ReadinessGroupResults {
  const answered = [...submittedByGroup].filter(([, n]) => n > 0);
  if (answered.length < 2 || answered.some(([, n]) => n < minGroup)) return { suppressed: true, groups: [] };
  return {
    suppressed: false,
    groups: answered.map(([group, submitted]) => ({
      group,
      submitted,
      drivers: readinessResults(statements, answers.filter((a) => a.group === group), submitted, minGroup).drivers,
    })),
  };
}
