/**
 * The derive form's drafts: cutoffs as the user types them (a share in per cent, Danish decimal
 * comma allowed), turned into the API's overrides — only what differs from the base version.
 */

export interface CutoffDraft {
  /** The four cutoffs (ratings 2–5) as typed; empty for a manual item. */
  cutoffs: string[];
  excluded: boolean;
}

export interface BaseItem {
  itemId: string;
  unit: string;
  rule?: { direction: string; cutoffs: readonly number[] } | null;
}

export interface Override {
  itemId: string;
  cutoffs?: number[];
  excluded?: boolean;
}

const isShare = (unit: string) => unit.toLowerCase() === 'share';

/** A stored cutoff as the form shows it: a share in per cent ("64"), otherwise the number with a comma ("2,5"). */
export function cutoffInput(unit: string, value: number): string {
  const shown = isShare(unit) ? Math.round(value * 1000) / 10 : Math.round(value * 1000) / 1000;
  return String(shown).replace('.', ',');
}

/** A typed cutoff back to the stored number (a share from per cent); null when it is not a number. */
export function parseCutoff(unit: string, text: string): number | null {
  const cleaned = text.trim().replace(/\s|%/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return isShare(unit) ? Math.round(n * 10) / 1000 : Math.round(n * 1000) / 1000;
}

/**
 * The overrides for the API, and per item what is wrong: "number" (a cutoff is not a number) or
 * "order" (the four do not rise — or fall, for a lower-is-better item — strictly).
 */
export function deriveOverrides(
  items: readonly BaseItem[],
  drafts: Record<string, CutoffDraft>,
): { overrides: Override[]; problems: Record<string, 'number' | 'order'> } {
  const overrides: Override[] = [];
  const problems: Record<string, 'number' | 'order'> = {};
  for (const item of items) {
    const draft = drafts[item.itemId];
    if (!draft) continue;
    if (draft.excluded) {
      overrides.push({ itemId: item.itemId, excluded: true });
      continue;
    }
    if (!item.rule) continue;
    const values = draft.cutoffs.map((c) => parseCutoff(item.unit, c));
    if (values.length !== 4 || values.some((v) => v === null)) {
      problems[item.itemId] = 'number';
      continue;
    }
    const nums = values as number[];
    const higher = item.rule.direction.toUpperCase() === 'HIGHER_IS_BETTER';
    const ordered = nums.every((v, i) => i === 0 || (higher ? v > nums[i - 1] : v < nums[i - 1]));
    if (!ordered) {
      problems[item.itemId] = 'order';
      continue;
    }
    if (nums.some((v, i) => Math.abs(v - item.rule!.cutoffs[i]) > 1e-9)) overrides.push({ itemId: item.itemId, cutoffs: nums });
  }
  return { overrides, problems };
}
