/**
 * Planning rules for outreach visits: a sane time range, double bookings of a team member, and
 * the initials shown where a name must not be (calendar feeds).
 */

export const MAX_VISIT_MINUTES = 12 * 60;

export interface PlannedSlot {
  id: string;
  start: Date;
  end: Date;
  memberIds: readonly string[];
  /** Cancelled visits free the slot. */
  cancelled?: boolean;
}

export interface DoubleBooking {
  memberId: string;
  visitIds: [string, string];
}

/** Why a planned time range is refused, or null when it is fine. */
export function visitRangeProblem(start: Date, end: Date): 'invalid' | 'end-before-start' | 'too-long' | null {
  if (!(start instanceof Date) || !(end instanceof Date) || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    return 'invalid';
  }
  if (end.getTime() <= start.getTime()) return 'end-before-start';
  if (end.getTime() - start.getTime() > MAX_VISIT_MINUTES * 60_000) return 'too-long';
  return null;
}

/**
 * Pairs of visits that overlap in time and share a member (touching ends, 10–11 and 11–12, do
 * not overlap). One entry per member and pair, ordered by the first visit's start.
 */
export function findDoubleBookings(slots: readonly PlannedSlot[]): DoubleBooking[] {
  const active = slots.filter((s) => !s.cancelled).sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const result: DoubleBooking[] = [];
  for (let i = 0; i < active.length; i++) {
    const a = active[i];
    for (let j = i + 1; j < active.length; j++) {
      const b = active[j];
      if (b.start.getTime() >= a.end.getTime()) break;
      for (const memberId of a.memberIds) {
        if (b.memberIds.includes(memberId)) result.push({ memberId, visitIds: [a.id, b.id] });
      }
    }
  }
  return result;
}

/** "Anne-Mette Holm Berg" → "A.M.H.B."; used instead of names where a name must not be shown. */
export function initialsOf(name: string): string {
  const initials = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part[0].toLocaleUpperCase('da-DK'));
  return initials.length ? `${initials.join('.')}.` : '?';
}
