/**
 * The fidelity model: which items a team is measured on, how each is rated 1–5, and over which
 * window. A model is versioned data (`FidelityModelVersion`): a report names the version it was
 * computed with, and a municipality that wants other minimums makes its own version from the
 * default (`deriveFidelityModelVersion`) instead of changing one in place.
 */
import type { CompositionDiscipline } from '../team-composition';
import type { CitizenEndKind, FidelityDataSource } from './types';

export type FidelitySubscale = 'human_resources' | 'organisational_boundaries' | 'nature_of_services';

export const FIDELITY_SUBSCALES: readonly FidelitySubscale[] = ['human_resources', 'organisational_boundaries', 'nature_of_services'];

export const FIDELITY_SUBSCALE_NAMES_DA: Readonly<Record<FidelitySubscale, string>> = {
  human_resources: 'Personale',
  organisational_boundaries: 'Organisering',
  nature_of_services: 'Indsatsens indhold',
};

/** The items the platform computes from data; each has a function in `report.ts`. */
export const COMPUTED_ITEM_IDS = [
  'caseload_ratio',
  'team_approach',
  'team_meeting_frequency',
  'team_meeting_review_share',
  'team_leader_direct_share',
  'staff_turnover',
  'staffing_vs_budget',
  'psychiatrist_fte',
  'nurse_fte',
  'substance_abuse_fte',
  'employment_fte',
  'team_size',
  'monthly_intake',
  'community_share',
  'retention',
  'face_to_face_minutes',
  'face_to_face_contacts',
  'network_contacts',
  'substance_treatment_minutes',
  'group_attendance',
] as const;

export type ComputedItemId = (typeof COMPUTED_ITEM_IDS)[number];

export type FidelityUnit =
  | 'citizens_per_fte'
  | 'share'
  | 'per_week'
  | 'minutes_per_week'
  | 'fte'
  | 'fte_per_100_citizens'
  | 'per_month'
  | 'citizens_per_month';

/**
 * A 1–5 rating by four cutoffs, for the ratings 2, 3, 4 and 5. `higher_is_better`: the rating is
 * 1 plus the number of cutoffs the value reaches (value ≥ cutoff), so cutoffs ascend.
 * `lower_is_better`: 1 plus the number of cutoffs the value stays within (value ≤ cutoff), so
 * cutoffs descend.
 */
export interface RatingRule {
  direction: 'higher_is_better' | 'lower_is_better';
  cutoffs: readonly [number, number, number, number];
}

interface ItemBase {
  id: string;
  subscale: FidelitySubscale;
  /** The item's Danish name. */
  nameDa: string;
  /** What the item measures and why, in plain Danish. */
  definitionDa: string;
}

export interface ComputedItemDefinition extends ItemBase {
  id: ComputedItemId;
  kind: 'computed';
  unit: FidelityUnit;
  /** The records the value is computed from. */
  uses: readonly FidelityDataSource[];
  rule: RatingRule;
  /** Computed over the trailing months ending with the report period's last day; null = the report period itself. */
  windowMonths: number | null;
}

/** An item the data cannot show: the team leader rates it 1–5 with a note and a date. */
export interface ManualItemDefinition extends ItemBase {
  kind: 'manual';
  /** What a 5 looks like, as a guide for the rater. */
  guideDa: string;
}

export type FidelityItemDefinition = ComputedItemDefinition | ManualItemDefinition;

export interface FidelitySettings {
  /** Working hours of a full-time post (37 in Denmark). */
  hoursPerFteWeek: number;
  /** Disciplines left out of "citizens per staff FTE" (the psychiatrist treats but carries no caseload). */
  caseloadExcludedDisciplines: readonly CompositionDiscipline[];
  /** Endings that do not count against retention. */
  retentionExcusedEnds: readonly CitizenEndKind[];
}

export interface FidelityModelVersion {
  /** Stable id stated in every report, e.g. "standard-2026-1" or "aalborg-2027-1". */
  versionId: string;
  label: string;
  /** The version this one was derived from, if any. */
  basedOn: string | null;
  settings: FidelitySettings;
  items: readonly FidelityItemDefinition[];
}

/** Needs a human rating? */
export function isManualItem(item: FidelityItemDefinition): item is ManualItemDefinition {
  return item.kind === 'manual';
}

/** The 1–5 rating of a value; null for no value. */
export function rateValue(rule: RatingRule, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const reached = rule.cutoffs.filter((c) => (rule.direction === 'higher_is_better' ? value >= c : value <= c)).length;
  return 1 + reached;
}

const KNOWN_COMPUTED = new Set<string>(COMPUTED_ITEM_IDS);

/** What is wrong with a version, in plain Danish; empty when it can be used. */
export function fidelityModelProblems(version: FidelityModelVersion): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(version.versionId)) problems.push('Versionens id skal være 1–64 tegn: små bogstaver, tal, punktum, bindestreg eller understreg.');
  if (!(version.settings.hoursPerFteWeek > 0 && version.settings.hoursPerFteWeek <= 60)) problems.push('Timer pr. fuldtidsstilling skal være mellem 0 og 60.');
  const seen = new Set<string>();
  for (const item of version.items) {
    if (seen.has(item.id)) problems.push(`Punktet ${item.id} findes to gange.`);
    seen.add(item.id);
    if (!FIDELITY_SUBSCALES.includes(item.subscale)) problems.push(`Punktet ${item.id} har en ukendt delskala.`);
    if (!item.nameDa.trim() || !item.definitionDa.trim()) problems.push(`Punktet ${item.id} mangler navn eller definition.`);
    if (item.kind === 'manual') {
      if (KNOWN_COMPUTED.has(item.id)) problems.push(`Punktet ${item.id} beregnes og kan ikke også vurderes manuelt.`);
      continue;
    }
    if (!KNOWN_COMPUTED.has(item.id)) problems.push(`Punktet ${item.id} kan ikke beregnes.`);
    const c = item.rule.cutoffs;
    const ordered = item.rule.direction === 'higher_is_better' ? c[0] < c[1] && c[1] < c[2] && c[2] < c[3] : c[0] > c[1] && c[1] > c[2] && c[2] > c[3];
    if (c.length !== 4 || !c.every(Number.isFinite) || !ordered) problems.push(`Grænserne for ${item.nameDa} skal være fire tal i rækkefølge.`);
    if (item.windowMonths !== null && !(Number.isInteger(item.windowMonths) && item.windowMonths >= 1 && item.windowMonths <= 36))
      problems.push(`Perioden for ${item.nameDa} skal være 1–36 måneder.`);
  }
  return problems;
}

export interface ItemOverride {
  rule?: RatingRule;
  windowMonths?: number | null;
  nameDa?: string;
  definitionDa?: string;
}

/**
 * A municipality's own version: the base with some items' thresholds, windows or wording
 * changed, settings changed, or items left out. The base is not modified. Throws RangeError with
 * the problems when the result is not a usable version.
 */
export function deriveFidelityModelVersion(
  base: FidelityModelVersion,
  change: {
    versionId: string;
    label: string;
    items?: Readonly<Record<string, ItemOverride>>;
    settings?: Partial<FidelitySettings>;
    omit?: readonly string[];
    addManual?: readonly ManualItemDefinition[];
  },
): FidelityModelVersion {
  const unknown = Object.keys(change.items ?? {}).filter((id) => !base.items.some((i) => i.id === id));
  if (unknown.length) throw new RangeError(`Ukendte punkter: ${unknown.join(', ')}`);
  const items: FidelityItemDefinition[] = base.items
    .filter((i) => !(change.omit ?? []).includes(i.id))
    .map((item) => {
      const o = change.items?.[item.id];
      if (!o) return item;
      const words = { nameDa: o.nameDa ?? item.nameDa, definitionDa: o.definitionDa ?? item.definitionDa };
      if (item.kind === 'manual') return { ...item, ...words };
      return { ...item, ...words, rule: o.rule ?? item.rule, windowMonths: o.windowMonths === undefined ? item.windowMonths : o.windowMonths };
    });
  const version: FidelityModelVersion = {
    versionId: change.versionId,
    label: change.label,
    basedOn: base.versionId,
    settings: { ...base.settings, ...change.settings },
    items: [...items, ...(change.addManual ?? [])],
  };
  const problems = fidelityModelProblems(version);
  if (version.versionId === base.versionId) problems.push('En ny version skal have sit eget id.');
  if (problems.length) throw new RangeError(problems.join(' '));
  return version;
}
