/**
 * A team's fidelity report for one period and one model version. Pure and deterministic: the
 * same records, period and version always give the same report (no clock, ordered output), so
 * recomputing an old period with the version it was made with gives the same answer.
 */
import { periodProblem, type Period } from '../steering-figures';
import {
  FIDELITY_SUBSCALES,
  fidelityModelProblems,
  rateValue,
  type ComputedItemId,
  type FidelityItemDefinition,
  type FidelityModelVersion,
  type FidelitySettings,
  type FidelitySubscale,
  type RatingRule,
} from './model';
import {
  communityContactShare,
  faceToFaceContactsPerWeek,
  faceToFaceMinutesPerWeek,
  groupAttendanceShare,
  highestMonthlyIntake,
  networkContactsPerMonth,
  retention,
  seenByMoreThanOneStaff,
  substanceTreatmentMinutesPerWeek,
} from './services';
import {
  citizensPerStaffFte,
  disciplineFtePer100,
  staffingAgainstBudget,
  staffTurnover,
  teamLeaderDirectShare,
  teamMeetingReviewShare,
  teamMeetingsPerWeek,
  teamSizeFte,
} from './staffing';
import type { ComputedValue, FidelityInput, ManualRating } from './types';
import { Enrolments, itemWindow, roundTo } from './windows';

type Computation = (input: FidelityInput, enrolments: Enrolments, window: Period, settings: FidelitySettings) => ComputedValue;

const COMPUTATIONS: Readonly<Record<ComputedItemId, Computation>> = {
  caseload_ratio: (i, e, w, s) => citizensPerStaffFte(i.staff, e, w, s.caseloadExcludedDisciplines),
  team_approach: (i, e, w) => seenByMoreThanOneStaff(i.contacts, e, w),
  team_meeting_frequency: (i, _e, w) => teamMeetingsPerWeek(i.meetings, w),
  team_meeting_review_share: (i, e, w) => teamMeetingReviewShare(i.meetings, e, w),
  team_leader_direct_share: (i, _e, w, s) => teamLeaderDirectShare(i.staff, i.contacts, w, s.hoursPerFteWeek),
  staff_turnover: (i, _e, w) => staffTurnover(i.staff, w),
  staffing_vs_budget: (i, _e, w) => staffingAgainstBudget(i.staff, i.budget, w),
  psychiatrist_fte: (i, e, w) => disciplineFtePer100(i.staff, e, w, 'psychiatry'),
  nurse_fte: (i, e, w) => disciplineFtePer100(i.staff, e, w, 'nursing'),
  substance_abuse_fte: (i, e, w) => disciplineFtePer100(i.staff, e, w, 'substance_abuse'),
  employment_fte: (i, e, w) => disciplineFtePer100(i.staff, e, w, 'employment'),
  team_size: (i, _e, w) => teamSizeFte(i.staff, w),
  monthly_intake: (_i, e, w) => highestMonthlyIntake(e, w),
  community_share: (i, e, w) => communityContactShare(i.contacts, e, w),
  retention: (_i, e, w, s) => retention(e, w, s.retentionExcusedEnds),
  face_to_face_minutes: (i, e, w) => faceToFaceMinutesPerWeek(i.contacts, e, w),
  face_to_face_contacts: (i, e, w) => faceToFaceContactsPerWeek(i.contacts, e, w),
  network_contacts: (i, e, w) => networkContactsPerMonth(i.contacts, e, w),
  substance_treatment_minutes: (i, e, w) => substanceTreatmentMinutesPerWeek(i.contacts, e, w),
  group_attendance: (i, e, w) => groupAttendanceShare(i.groupSessions, e, w),
};

export type UnratedReason = 'no_data' | 'not_rated';

export interface FidelityItemResult {
  itemId: string;
  subscale: FidelitySubscale;
  nameDa: string;
  kind: 'computed' | 'manual';
  /** The computed value; null for manual items and when there was nothing to compute from. */
  value: number | null;
  /** The numbers behind a computed value. */
  basis: Readonly<Record<string, number>> | null;
  /** 1–5, or null when unrated. */
  rating: number | null;
  /** The cutoffs used (computed items). */
  rule: RatingRule | null;
  /** The window the value covers (computed items). */
  window: Period | null;
  /** The rating used for a manual item: the latest made on or before the period's last day. */
  manualRating: ManualRating | null;
  unratedReason: UnratedReason | null;
}

export interface FidelityScore {
  /** Mean of the rated items, two decimals; null when none is rated. */
  score: number | null;
  ratedItems: number;
  items: number;
}

export interface FidelityReport {
  modelVersionId: string;
  period: Period;
  items: FidelityItemResult[];
  subscales: Record<FidelitySubscale, FidelityScore>;
  total: FidelityScore;
  /** Items left out of the scores, in model order. */
  unrated: Array<{ itemId: string; reason: UnratedReason }>;
}

function latestRating(ratings: readonly ManualRating[], itemId: string, lastDay: string): ManualRating | null {
  let best: ManualRating | null = null;
  for (const r of ratings) {
    if (r.itemId !== itemId || r.ratedOn > lastDay || !Number.isInteger(r.rating) || r.rating < 1 || r.rating > 5) continue;
    if (!best || r.ratedOn > best.ratedOn || (r.ratedOn === best.ratedOn && r.id > best.id)) best = r;
  }
  return best;
}

function itemResult(item: FidelityItemDefinition, input: FidelityInput, enrolments: Enrolments, period: Period, settings: FidelitySettings): FidelityItemResult {
  const common = { itemId: item.id, subscale: item.subscale, nameDa: item.nameDa, kind: item.kind };
  if (item.kind === 'manual') {
    const manual = latestRating(input.manualRatings, item.id, period.to);
    const rating = manual?.rating ?? null;
    return { ...common, value: null, basis: null, rating, rule: null, window: null, manualRating: manual, unratedReason: rating === null ? 'not_rated' : null };
  }
  const window = itemWindow(period, item.windowMonths);
  if (item.uses.some((source) => input.unavailable?.includes(source))) {
    return { ...common, value: null, basis: null, rating: null, rule: item.rule, window, manualRating: null, unratedReason: 'no_data' };
  }
  const computed = COMPUTATIONS[item.id](input, enrolments, window, settings);
  const rating = rateValue(item.rule, computed.value);
  return { ...common, value: computed.value, basis: computed.basis, rating, rule: item.rule, window, manualRating: null, unratedReason: rating === null ? 'no_data' : null };
}

function score(results: readonly FidelityItemResult[]): FidelityScore {
  const rated = results.filter((r) => r.rating !== null);
  const sum = rated.reduce((s, r) => s + r.rating!, 0);
  return { score: rated.length ? roundTo(sum / rated.length, 2) : null, ratedItems: rated.length, items: results.length };
}

/** The report for one team and period. Throws RangeError for an unusable period or version. */
export function fidelityReport(input: FidelityInput, period: Period, version: FidelityModelVersion): FidelityReport {
  const periodError = periodProblem(period);
  if (periodError) throw new RangeError(periodError);
  const problems = fidelityModelProblems(version);
  if (problems.length) throw new RangeError(problems.join(' '));
  const enrolments = new Enrolments(input.citizens);
  const items = version.items.map((item) => itemResult(item, input, enrolments, period, version.settings));
  const subscales = Object.fromEntries(FIDELITY_SUBSCALES.map((s) => [s, score(items.filter((i) => i.subscale === s))])) as Record<FidelitySubscale, FidelityScore>;
  return {
    modelVersionId: version.versionId,
    period: { ...period },
    items,
    subscales,
    total: score(items),
    unrated: items.filter((i) => i.unratedReason !== null).map((i) => ({ itemId: i.itemId, reason: i.unratedReason! })),
  };
}
