import {
  type Period,
  READINESS_DRIVERS,
  addDays,
  averagePresent,
  copenhagenToday,
  copenhagenWallTimeToUtc,
  guard,
  median,
  perPersonPerWeek,
  periodBounds,
  periodCaseloadRatio,
  periodDays,
  periodProblem,
  periodReadingDay,
  periodWeeks,
  shareOf,
} from '@act/domain';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import { SteeringDashboardErrorCode, SteeringDashboardException } from './steering-dashboard.exception';
import type {
  DashboardCountModel,
  DashboardFigureModel,
  DashboardMeetingFiguresModel,
  DashboardPhaseModel,
  DashboardReadinessRoundModel,
  DashboardTeamModel,
  SteeringDashboardModel,
} from './steering-dashboard.model';
import {
  type MeetingFigureRow,
  type PeriodParams,
  type ReadinessRow,
  type TeamFigureRow,
  type TransitionFigureRow,
  latestClosedRound,
  meetingFigures,
  minGroupSize,
  phaseFigures,
  teamFigures,
  transitionFigures,
} from './steering-dashboard.queries';

export const MEETING_KINDS = ['team_meeting', 'supervision', 'sparring', 'evaluation_day'] as const;
export const PHASES = ['decide', 'plan', 'carry_out', 'anchor'] as const;

/**
 * The steering group's dashboard: per team over a chosen period, and the implementation's
 * state. Six statements whatever the number of teams and citizens; aggregates only.
 *
 * Figures (Copenhagen calendar days; the period's both ends included):
 * - citizen-days: days on which a citizen had a primary contact, within the period;
 * - caseload ratio = citizen-days / FTE-days of the members who carry a caseload, FTE day by day
 *   from the staffing history (ADR 0025: a member counts from their first to their last day, with
 *   the FTE each span gave; whether they carry a caseload is today's setting);
 * - citizens active = with a primary contact on at least one day; waiting = referred before the
 *   period ended and still without a first primary contact when it began (a referral closed
 *   without ever getting a contact is left out: its date is not known); started = first primary
 *   contact began in the period; ended = the course was ended and its last contact ended in it;
 * - face-to-face contacts per citizen per week = contacts logged done and face to face, on days
 *   the citizen had a primary contact, / (citizen-days / 7);
 * - on the reading day (the last day, or today when the period runs on), of the citizens with a
 *   primary contact: share with an agreed plan (agreed on or before that day), share of those
 *   whose next follow-up is set and not before that day, share not seen face to face for more
 *   than the team's threshold (calendar days, as the team's "not seen" list);
 * - meetings: occurrences that began in the period and before now, per kind;
 * - transitions: referrals, admissions, discharges, returns, withdrawals dated in the period;
 *   the median wait over the admissions in the period.
 * The minimum group: a team's citizen figures are withheld when fewer than the minimum number of
 * citizens were active or waiting in the period; a share also when its own denominator is below
 * the minimum; the median wait when fewer admissions stand behind it. Staff counts (FTE, members
 * over capacity, exceptions) and meeting counts are not about citizens and always show.
 */
@Injectable()
export class SteeringDashboardService {
  async dashboard(ctx: RequestContext, period: Period): Promise<SteeringDashboardModel> {
    const viewer = requireViewer(ctx.viewer);
    const problem = periodProblem(period);
    if (problem) throw new SteeringDashboardException(SteeringDashboardErrorCode.InvalidPeriod, problem, 'to');
    const today = copenhagenToday();
    const readingDay = periodReadingDay(period, today);
    const { start, end } = periodBounds(period);
    const params: PeriodParams = {
      start,
      end,
      from: period.from,
      afterTo: addDays(period.to, 1),
      readingDay,
      readingEnd: copenhagenWallTimeToUtc(addDays(readingDay, 1), '00:00'),
    };
    const min = await minGroupSize(ctx.db, viewer.tenantId);
    const teams = await teamFigures(ctx.db, params);
    const meetings = await meetingFigures(ctx.db, params);
    const transitions = await transitionFigures(ctx.db, params);
    const phases = await phaseFigures(ctx.db);
    const round = await latestClosedRound(ctx.db, today);
    return {
      from: period.from,
      to: period.to,
      days: periodDays(period),
      weeks: Math.round(periodWeeks(period) * 100) / 100,
      readingDay,
      minGroupSize: min,
      teams: teams.map((t) => teamModel(t, period, min, meetings.filter((m) => m.team_id === t.team_id), transitions.find((x) => x.team_id === t.team_id))),
      allTeams: teamModel(sumRows(teams), period, min, meetings, sumTransitions(transitions)),
      phases: PHASES.map((phase) => phaseModel(phase, phases.find((p) => p.phase === phase))),
      latestReadinessRound: round ? roundModel(round, min) : null,
    };
  }
}

/** All teams together: every count and day-sum adds up (a citizen belongs to one team). */
function sumRows(rows: TeamFigureRow[]): TeamFigureRow {
  const sum = (key: Exclude<keyof TeamFigureRow, 'team_id' | 'team_name' | 'not_seen_threshold_days'>) => rows.reduce((n, r) => n + r[key], 0);
  return {
    team_id: null,
    team_name: null,
    not_seen_threshold_days: null,
    group_size: sum('group_size'),
    citizen_days: sum('citizen_days'),
    active: sum('active'),
    waiting: sum('waiting'),
    started: sum('started'),
    ended: sum('ended'),
    face_to_face: sum('face_to_face'),
    active_on_reading_day: sum('active_on_reading_day'),
    with_agreed_plan: sum('with_agreed_plan'),
    follow_up_on_time: sum('follow_up_on_time'),
    not_seen: sum('not_seen'),
    fte_hundredth_days: sum('fte_hundredth_days'),
    members_over_capacity: sum('members_over_capacity'),
    exceptions_in_force: sum('exceptions_in_force'),
  };
}

function sumTransitions(rows: TransitionFigureRow[]): TransitionFigureRow {
  const sum = (key: 'referrals' | 'admissions' | 'discharges' | 'returns' | 'withdrawn') => rows.reduce((n, r) => n + r[key], 0);
  return {
    team_id: '',
    referrals: sum('referrals'),
    admissions: sum('admissions'),
    discharges: sum('discharges'),
    returns: sum('returns'),
    withdrawn: sum('withdrawn'),
    waits: rows.flatMap((r) => r.waits),
  };
}

function teamModel(
  t: TeamFigureRow,
  period: Period,
  min: number,
  meetings: MeetingFigureRow[],
  tr: TransitionFigureRow | undefined,
): DashboardTeamModel {
  const group = t.group_size;
  const count = (n: number): DashboardCountModel => guard(n, group, min);
  const figure = (value: number | null, ownGroup = group): DashboardFigureModel => {
    const byTeam = guard(value, group, min);
    return byTeam.suppressed ? byTeam : guard(value, ownGroup, min);
  };
  const waits = tr?.waits ?? [];
  return {
    teamId: t.team_id,
    teamName: t.team_name,
    suppressed: guard(0, group, min).suppressed,
    caseloadRatio: figure(periodCaseloadRatio(t.citizen_days, t.fte_hundredth_days)),
    averageCitizens: figure(averagePresent(t.citizen_days, period)),
    averagePrimaryFte: Math.round(t.fte_hundredth_days / periodDays(period)) / 100,
    membersOverCapacity: t.members_over_capacity,
    exceptionsInForce: t.exceptions_in_force,
    citizensActive: count(t.active),
    citizensWaiting: count(t.waiting),
    citizensStarted: count(t.started),
    citizensEnded: count(t.ended),
    faceToFacePerCitizenWeek: figure(perPersonPerWeek(t.face_to_face, t.citizen_days)),
    agreedPlanShare: figure(shareOf(t.with_agreed_plan, t.active_on_reading_day), t.active_on_reading_day),
    followUpOnTimeShare: figure(shareOf(t.follow_up_on_time, t.with_agreed_plan), t.with_agreed_plan),
    notSeenShare: figure(shareOf(t.not_seen, t.active_on_reading_day), t.active_on_reading_day),
    notSeenThresholdDays: t.not_seen_threshold_days,
    meetings: MEETING_KINDS.map((kind) => meetingModel(kind, meetings.filter((m) => m.kind === kind))),
    transitions: {
      referrals: count(tr?.referrals ?? 0),
      admissions: count(tr?.admissions ?? 0),
      discharges: count(tr?.discharges ?? 0),
      returns: count(tr?.returns ?? 0),
      withdrawn: count(tr?.withdrawn ?? 0),
      medianWaitDays: figure(median(waits), waits.length),
    },
  };
}

/** One kind's occurrences, summed over the rows given (one team's, or every team's). */
function meetingModel(kind: string, rows: MeetingFigureRow[]): DashboardMeetingFiguresModel {
  const sum = (key: 'held' | 'not_held' | 'not_marked' | 'cancelled') => rows.reduce((n, r) => n + r[key], 0);
  const held = sum('held');
  const notHeld = sum('not_held');
  const notMarked = sum('not_marked');
  return { kind, planned: held + notHeld + notMarked, held, notHeld, notMarked, cancelled: sum('cancelled') };
}

function phaseModel(phase: string, row: { items: number; done: number; not_relevant: number; in_progress: number } | undefined): DashboardPhaseModel {
  const items = row?.items ?? 0;
  const done = row?.done ?? 0;
  const notRelevant = row?.not_relevant ?? 0;
  return { phase, items, done, notRelevant, inProgress: row?.in_progress ?? 0, progress: shareOf(done + notRelevant, items) };
}

function roundModel(r: ReadinessRow, min: number): DashboardReadinessRoundModel {
  const suppressed = guard(0, r.submitted, min).suppressed;
  return {
    roundId: r.id,
    title: r.title,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    submitted: r.submitted,
    invited: r.invited,
    suppressed,
    drivers: READINESS_DRIVERS.map((driver) => {
      const d = r.drivers.find((x) => x.driver === driver);
      const mean = d && d.mean !== null ? Math.round(d.mean * 100) / 100 : null;
      // The readiness page's rule (readinessResults): a driver's mean needs the minimum number of
      // people who scored it, not only of people who submitted.
      return { driver, mean: suppressed ? { value: null, suppressed: true } : guard(mean, d?.people ?? 0, min) };
    }),
  };
}
