/**
 * The max-10 rule: a member may be primary contact for at most floor(10 × FTE) citizens, and a
 * team's ratio of active citizens to primary-contact FTE must stay ≤ 10.
 *
 * FTE values are decimals with at most two places (0.55); all arithmetic is done on integer
 * hundredths so 0.55 × 10 never becomes 5.499999….
 */

export const MAX_CITIZENS_PER_FTE = 10;

/** True for 0 < fte ≤ 1 with at most two decimals. */
export function isValidFte(fte: number): boolean {
  if (typeof fte !== 'number' || !Number.isFinite(fte) || fte <= 0 || fte > 1) return false;
  const hundredths = Math.round(fte * 100);
  return Math.abs(fte * 100 - hundredths) < 1e-6;
}

/** FTE as an integer number of hundredths (0.55 → 55). */
export function fteToHundredths(fte: number): number {
  if (typeof fte !== 'number' || !Number.isFinite(fte) || fte < 0) throw new RangeError('FTE must be a non-negative number');
  return Math.round(fte * 100);
}

/**
 * How many citizens a member may be primary contact for: floor(10 × FTE), or 0 for a member who
 * does not carry a caseload (e.g. the psychiatrist). Throws RangeError for an invalid FTE.
 */
export function primaryCapacity(fte: number, carriesCaseload = true): number {
  if (!isValidFte(fte)) throw new RangeError('FTE must be greater than 0 and at most 1, with at most two decimals');
  if (!carriesCaseload) return 0;
  return Math.floor((fteToHundredths(fte) * MAX_CITIZENS_PER_FTE) / 100);
}

/**
 * Active citizens per primary-contact FTE (the team ratio that must stay ≤ 10), rounded to two
 * decimals. `primaryFteTotal` is the sum of the FTEs of members who carry a caseload.
 * Returns null when that sum is 0 (no ratio exists).
 */
export function teamRatio(activeCitizens: number, primaryFteTotal: number): number | null {
  assertCount(activeCitizens, 'activeCitizens');
  const hundredths = fteToHundredths(primaryFteTotal);
  if (hundredths === 0) return null;
  return Math.round((activeCitizens * 100 * 100) / hundredths) / 100;
}

/** True when the team ratio is within the max-10 rule (exact integer comparison, no rounding). */
export function isTeamRatioWithinLimit(activeCitizens: number, primaryFteTotal: number): boolean {
  assertCount(activeCitizens, 'activeCitizens');
  return activeCitizens * 100 <= MAX_CITIZENS_PER_FTE * fteToHundredths(primaryFteTotal);
}

/**
 * Load as a fraction of capacity (1 = full, above 1 = over capacity), rounded to two decimals.
 * Returns null when capacity is 0 (no fraction exists; any load is then over capacity).
 */
export function utilisation(load: number, capacity: number): number | null {
  assertCount(load, 'load');
  assertCount(capacity, 'capacity');
  if (capacity === 0) return null;
  return Math.round((load * 100) / capacity) / 100;
}

/** True when a member with this load and capacity is over the limit. */
export function isOverCapacity(load: number, capacity: number): boolean {
  assertCount(load, 'load');
  assertCount(capacity, 'capacity');
  return load > capacity;
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}
