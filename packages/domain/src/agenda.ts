/**
 * Preparing a team meeting's agenda: a pure, deterministic function of what the team knows about
 * its active citizens. The order follows the team meeting's purpose — crises first, no one missed:
 *
 *   1. citizens on the team board (intensive follow-up),
 *   2. citizens with a crisis flag,
 *   3. citizens whose plan follow-up is overdue,
 *   4. citizens whose face-to-face contact has lapsed,
 *   5. then the citizens not discussed for the longest.
 *
 * Coverage: with n active citizens and "review every N meetings", each agenda takes at least
 * ceil(n / N) citizens from group 5 (oldest first) and every citizen who would otherwise pass N
 * meetings without being discussed. A citizen's place in the "longest not discussed" queue moves
 * forward by at least ceil(n / N) each meeting, so everyone is discussed within N meetings.
 *
 * Two of the signals come from capabilities that may not be wired yet (plans, visits); they are
 * explicit `'unknown'` values then, and an unknown signal never puts a citizen on the agenda.
 */

/** A signal another capability provides; `'unknown'` until that capability is wired. */
export type Unknown = 'unknown';

export interface AgendaCitizen {
  id: string;
  name: string;
  onTeamBoard: boolean;
  crisisFlag: boolean;
  /** From the ACT plan (issue 4): is the plan's follow-up date passed? */
  planFollowUpOverdue: boolean | Unknown;
  /** From visits (issue 5): the last face-to-face contact; null = none recorded. */
  lastFaceToFaceContactAt: Date | null | Unknown;
  /** Start of the last held team meeting where the citizen was discussed; null = never. */
  lastDiscussedAt: Date | null;
  /** Held team meetings since the citizen was last discussed (or, if never, since they were referred). */
  meetingsSinceDiscussed: number;
}

export type AgendaReason = 'team_board' | 'crisis' | 'plan_follow_up_overdue' | 'contact_lapsed' | 'review_due' | 'longest_not_discussed';

export const AGENDA_REASON_ORDER: readonly AgendaReason[] = [
  'team_board',
  'crisis',
  'plan_follow_up_overdue',
  'contact_lapsed',
  'review_due',
  'longest_not_discussed',
];

export interface AgendaEntry {
  citizenId: string;
  reason: AgendaReason;
  /** 1-based position on the prepared agenda. */
  position: number;
}

export interface AgendaOptions {
  /** Every active citizen is discussed at least every N meetings (per team, 1–52). */
  reviewEveryMeetings: number;
  /** The time of the meeting being prepared. */
  now: Date;
  /** Days without face-to-face contact after which contact counts as lapsed (default 14). */
  lapsedContactDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_LAPSED_CONTACT_DAYS = 14;

const collator = new Intl.Collator('da', { sensitivity: 'base' });

/** Oldest (never first), then name, then id: the same input always gives the same order. */
function byLongestNotDiscussed(a: AgendaCitizen, b: AgendaCitizen): number {
  const at = a.lastDiscussedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const bt = b.lastDiscussedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (at !== bt) return at < bt ? -1 : 1;
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function isContactLapsed(last: Date | null | Unknown, now: Date, lapsedDays = DEFAULT_LAPSED_CONTACT_DAYS): boolean {
  if (last === 'unknown') return false;
  if (last === null) return true;
  return now.getTime() - last.getTime() > lapsedDays * DAY_MS;
}

/** The most urgent reason a citizen has to be on the agenda, or null if only the rotation applies. */
export function urgentReason(c: AgendaCitizen, options: AgendaOptions): AgendaReason | null {
  if (c.onTeamBoard) return 'team_board';
  if (c.crisisFlag) return 'crisis';
  if (c.planFollowUpOverdue === true) return 'plan_follow_up_overdue';
  if (isContactLapsed(c.lastFaceToFaceContactAt, options.now, options.lapsedContactDays)) return 'contact_lapsed';
  return null;
}

/** Would the citizen pass N meetings undiscussed if left off this agenda? */
function isReviewDue(c: AgendaCitizen, n: number): boolean {
  return c.meetingsSinceDiscussed >= n - 1;
}

export function prepareAgenda(citizens: readonly AgendaCitizen[], options: AgendaOptions): AgendaEntry[] {
  const n = options.reviewEveryMeetings;
  if (!Number.isInteger(n) || n < 1) throw new RangeError('reviewEveryMeetings must be a positive integer');
  const seen = new Set<string>();
  const unique = citizens.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));

  const chosen: Array<{ c: AgendaCitizen; reason: AgendaReason }> = [];
  const rest: AgendaCitizen[] = [];
  for (const c of unique) {
    const reason = urgentReason(c, options);
    if (reason) chosen.push({ c, reason });
    else rest.push(c);
  }
  rest.sort(byLongestNotDiscussed);
  const quota = Math.ceil(unique.length / n);
  rest.forEach((c, i) => {
    if (isReviewDue(c, n)) chosen.push({ c, reason: 'review_due' });
    else if (i < quota) chosen.push({ c, reason: 'longest_not_discussed' });
  });

  const rank = (r: AgendaReason) => AGENDA_REASON_ORDER.indexOf(r);
  chosen.sort((a, b) => rank(a.reason) - rank(b.reason) || byLongestNotDiscussed(a.c, b.c));
  return chosen.map(({ c, reason }, i) => ({ citizenId: c.id, reason, position: i + 1 }));
}
