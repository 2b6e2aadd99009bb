import { addDays, isoWeekStart } from '@act/domain';
import type { TFunction } from 'i18next';
import { formatDecimal } from '../caseload/format';

/**
 * Words and numbers for the fidelity report: values in their unit with Danish decimals, the
 * rating rule as a "threshold" sentence, scores, and the items that need a word instead of a
 * number (no data, not rated yet — never shown as 1).
 */

/** The report's default period: the 12 whole weeks (Monday–Sunday) before the current week. */
export function defaultFidelityPeriod(today: string): { from: string; to: string } {
  const monday = isoWeekStart(today);
  return { from: addDays(monday, -84), to: addDays(monday, -1) };
}

/** Decimals per unit (a share is written in whole per cent). */
const DECIMALS: Record<string, number> = {
  citizens_per_fte: 1,
  per_week: 2,
  minutes_per_week: 0,
  fte: 1,
  fte_per_100_citizens: 2,
  per_month: 2,
  citizens_per_month: 0,
};

const unitKey = (unit: string) => unit.toLowerCase();

/** A value's number alone: "64 %" for a share, "8,5" otherwise. */
export function unitNumber(unit: string, value: number, language: string): string {
  const u = unitKey(unit);
  if (u === 'share') return `${formatDecimal(value * 100, language, 0)} %`;
  return formatDecimal(value, language, DECIMALS[u] ?? 2);
}

/** A value with its unit in words: "8,5 borgere pr. årsværk", "64 %", "85 min. pr. uge". */
export function formatItemValue(t: TFunction, language: string, unit: string, value: number): string {
  const u = unitKey(unit);
  const number = unitNumber(u, value, language);
  return u === 'share' ? number : t(`fidelity.unit.${u}`, { value: number, defaultValue: number });
}

export interface RatingRuleLike {
  direction: string;
  cutoffs: readonly number[];
}

/**
 * The rule in words, from the best rating down: "5 ved mindst 90 %, 4 ved mindst 64 %, 3 ved
 * mindst 37 %, 2 ved mindst 10 %, ellers 1". Lower-is-better rules say "højst".
 */
export function thresholdText(t: TFunction, language: string, unit: string, rule: RatingRuleLike): string {
  const higher = rule.direction.toUpperCase() === 'HIGHER_IS_BETTER';
  const parts = rule.cutoffs
    .map((cutoff, i) => ({ rating: i + 2, cutoff }))
    .reverse()
    .map(({ rating, cutoff }) =>
      t(higher ? 'fidelity.threshold.atLeast' : 'fidelity.threshold.atMost', { rating, value: formatItemValue(t, language, unit, cutoff) }),
    );
  return `${parts.join(', ')}, ${t('fidelity.threshold.otherwise')}`;
}

export interface RatedLike {
  rating?: number | null;
  unratedReason?: string | null;
  kind: string;
}

/** An item's rating for a table: "3", or "Ingen data" / "Ikke vurderet endnu" — never a 1 for what is missing. */
export function ratingText(t: TFunction, item: RatedLike): string {
  if (item.rating !== null && item.rating !== undefined) return String(item.rating);
  return unratedText(t, item);
}

/** Why an item has no rating, in words. */
export function unratedText(t: TFunction, item: RatedLike): string {
  const reason = item.unratedReason ?? (item.kind.toUpperCase() === 'MANUAL' ? 'NOT_RATED' : 'NO_DATA');
  return reason.toUpperCase() === 'NOT_RATED' ? t('fidelity.notRated') : t('fidelity.noData');
}

/** A subscale or total score (a mean of 1–5 ratings) with two decimals: "3,45"; null → "Ikke beregnet". */
export function scoreText(t: TFunction, language: string, score: number | null | undefined): string {
  if (score === null || score === undefined) return t('fidelity.noScore');
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** The label of a basis number ("citizenDays" → "Borgerdage"); an unknown key is shown as it is. */
export function basisLabel(t: TFunction, key: string): string {
  return t(`fidelity.basis.${key}`, { defaultValue: key });
}

/** A basis number: up to two decimals. */
export function basisNumber(value: number, language: string): string {
  return formatDecimal(value, language, 2);
}

export interface ItemLike extends RatedLike {
  itemId: string;
  name: string;
  subscale: string;
}

/** The lowest-rated items (rated ones only), lowest first; ties keep the report's order. */
export function lowestRated<T extends ItemLike>(items: readonly T[], count = 3): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .filter((x) => x.item.rating !== null && x.item.rating !== undefined)
    .sort((a, b) => (a.item.rating as number) - (b.item.rating as number) || a.index - b.index)
    .slice(0, count)
    .map((x) => x.item);
}

/** Items under their subscale, in the subscales' order (an item of an unknown subscale comes last). */
export function groupBySubscale<T extends { subscale: string }, S extends { subscale: string }>(
  items: readonly T[],
  subscales: readonly S[],
): { subscale: S | null; items: T[] }[] {
  const groups: { subscale: S | null; items: T[] }[] = subscales.map((s) => ({ subscale: s, items: items.filter((i) => i.subscale === s.subscale) }));
  const rest = items.filter((i) => !subscales.some((s) => s.subscale === i.subscale));
  if (rest.length) groups.push({ subscale: null, items: rest });
  return groups.filter((g) => g.items.length > 0);
}

/** "2026-09-07" → "7.9.2026" (short Danish date for tables and chart labels). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

export interface ReviewItem extends ItemLike {
  unit: string;
  value?: number | null;
  basis?: readonly { key: string; value: number }[] | null;
  rule?: RatingRuleLike | null;
  manualRating?: { rating: number; note: string; ratedOn: string; ratedByName?: string | null } | null;
}

export interface ReviewRow {
  itemId: string;
  subscale: string;
  name: string;
  value: string;
  basis: string;
  suggested: string;
  note: string;
  threshold: string;
  /** The same for a CSV file: the suggested rating as a number where there is one. */
  csv: (string | number)[];
}

/**
 * The rows of the external reviewer's form: our value and the numbers behind it, the suggested
 * rating (the computed one, or the team leader's latest for a manual item) and the leader's note.
 */
export function reviewRows(
  t: TFunction,
  language: string,
  items: readonly ReviewItem[],
  subscales: readonly { subscale: string; name: string }[],
  valueText: (item: ReviewItem) => string,
): ReviewRow[] {
  return groupBySubscale(items, subscales).flatMap((group) =>
    group.items.map((item) => {
      const manual = item.kind.toUpperCase() === 'MANUAL';
      const subscale = group.subscale?.name ?? '';
      const value = valueText(item);
      const basis = (item.basis ?? []).map((b) => `${basisLabel(t, b.key)}: ${basisNumber(b.value, language)}`).join('; ');
      const suggested = ratingText(t, item);
      const r = item.manualRating;
      const note = manual && r ? t('fidelity.export.noteText', { note: r.note, who: r.ratedByName ?? t('fidelity.rate.unknownRater'), date: shortDate(r.ratedOn) }) : '';
      const threshold = manual ? t('fidelity.items.manualThreshold') : item.rule ? thresholdText(t, language, item.unit, item.rule) : '';
      const hasRating = item.rating !== null && item.rating !== undefined;
      return {
        itemId: item.itemId,
        subscale,
        name: item.name,
        value,
        basis,
        suggested,
        note,
        threshold,
        csv: [subscale, item.name, value, basis, hasRating ? (item.rating as number) : suggested, note, threshold],
      };
    }),
  );
}
