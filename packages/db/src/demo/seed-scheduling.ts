/**
 * Demo scheduling: each team's meeting rhythm as a series (from next week's meeting on), a
 * monthly team supervision with an external supervisor, monthly sparring with a presented case,
 * half-yearly evaluation and reflection days, and the municipality's quarterly steering group
 * meetings — with a realistic history (most held, a few not held or cancelled) and a member who
 * has missed supervision lately. Occurrences come from the same materialiser the API and worker
 * use. Runs in the demo seed's transaction on the owner role; day offsets count from `now`.
 */
import { WEEKDAY_CODES, addDays, copenhagenToday, isoWeekStart } from '@act/domain';
import type { EntityManager } from 'typeorm';
import { materialiseMeetingSeries } from '../meeting-series-materialiser';

export interface TeamSchedulingContext {
  tenantId: string;
  teamId: string;
  /** Team member ids and their user ids, by index; the leader's user id separately. */
  memberIds: readonly string[];
  leaderUserId: string;
  /** Citizens the team may present at sparring (active ones). */
  caseCitizenIds: readonly string[];
  rhythm: { weekday: number; startTime: string; endTime: string; place: string };
  now: Date;
}

export interface SchedulingCounts {
  series: number;
  occurrences: number;
}

interface SeriesSpec {
  kind: 'team_meeting' | 'supervision' | 'sparring' | 'evaluation_day' | 'steering_meeting';
  teamId: string | null;
  title: string;
  rrule: string;
  startDate: string;
  startTime: string;
  minutes: number;
  place: string;
  supervisor?: { name: string; email: string };
  createdBy: string;
}

const minutesBetween = (from: string, to: string) => {
  const [fh, fm] = from.split(':').map(Number);
  const [th, tm] = to.split(':').map(Number);
  return th * 60 + tm - (fh * 60 + fm);
};

async function insertSeries(manager: EntityManager, tenantId: string, spec: SeriesSpec, now: Date): Promise<string> {
  const [row] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place,
                                 supervisor_name, supervisor_email, materialised_until, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, ($6::date - 1), $12, $13) RETURNING id`,
    [tenantId, spec.kind, spec.teamId, spec.title, spec.rrule, spec.startDate, spec.startTime, spec.minutes, spec.place,
      spec.supervisor?.name ?? null, spec.supervisor?.email ?? null, spec.createdBy, new Date(Math.min(now.getTime(), Date.parse(`${spec.startDate}T00:00:00Z`)))],
  );
  await materialiseMeetingSeries(manager, row.id, undefined, now);
  return row.id;
}

interface PastOccurrence {
  id: string;
  ends_at: Date;
}

/** The series' occurrences that have ended by `now`, oldest first. */
async function past(manager: EntityManager, seriesId: string, now: Date): Promise<PastOccurrence[]> {
  return manager.query<PastOccurrence[]>(
    `SELECT id, ends_at FROM meeting_occurrence WHERE series_id = $1 AND ends_at <= $2 ORDER BY starts_at`,
    [seriesId, now],
  );
}

async function setStatus(
  manager: EntityManager,
  occurrence: PastOccurrence,
  by: string,
  outcome: { status: 'held'; attendees: readonly string[] } | { status: 'not_held' | 'cancelled'; reason: string },
  tenantId: string,
): Promise<void> {
  const setAt = new Date(occurrence.ends_at.getTime() + 60 * 60_000);
  await manager.query(
    `UPDATE meeting_occurrence SET status = $2, status_reason = $3, status_set_by = $4, status_set_at = $5 WHERE id = $1`,
    [occurrence.id, outcome.status, outcome.status === 'held' ? null : outcome.reason, by, setAt],
  );
  if (outcome.status === 'held' && outcome.attendees.length) {
    await manager.query(
      `INSERT INTO meeting_occurrence_attendee (tenant_id, occurrence_id, member_id) SELECT $1, $2, m FROM unnest($3::uuid[]) AS t(m)`,
      [tenantId, occurrence.id, [...outcome.attendees]],
    );
  }
}

export async function insertTeamScheduling(manager: EntityManager, ctx: TeamSchedulingContext): Promise<SchedulingCounts> {
  const { tenantId, teamId, memberIds, leaderUserId, rhythm, now } = ctx;
  const today = copenhagenToday(now);
  const everyone = [...memberIds];
  // The last member has missed the last three supervisions: the leader is told (supervision overdue).
  const missing = memberIds[memberIds.length - 1];
  const series: string[] = [];

  // The rhythm, from next week's meeting on (adopted; the hand-made ones before it stay as they are).
  series.push(await insertSeries(manager, tenantId, {
    kind: 'team_meeting', teamId, title: 'Teammøde', rrule: `FREQ=WEEKLY;BYDAY=${WEEKDAY_CODES[rhythm.weekday - 1]}`,
    startDate: addDays(isoWeekStart(today), 7 + rhythm.weekday - 1), startTime: rhythm.startTime, minutes: minutesBetween(rhythm.startTime, rhythm.endTime),
    place: rhythm.place, createdBy: leaderUserId,
  }, now));

  const supervision = await insertSeries(manager, tenantId, {
    kind: 'supervision', teamId, title: 'Teamsupervision', rrule: 'FREQ=MONTHLY;BYDAY=2TU', startDate: addDays(today, -240),
    startTime: '13:00', minutes: 120, place: 'Mødelokale 2, Sundhedshuset', createdBy: leaderUserId,
    supervisor: { name: 'Lene Holm, autoriseret psykolog', email: 'lene.holm@supervision.example' },
  }, now);
  series.push(supervision);
  const supervisions = await past(manager, supervision, now);
  for (const [i, o] of supervisions.entries()) {
    const fromEnd = supervisions.length - i;
    if (fromEnd === 5) {
      await setStatus(manager, o, leaderUserId, { status: 'not_held', reason: 'Supervisor var syg; ny dato blev ikke fundet.' }, tenantId);
    } else {
      const attendees = everyone.filter((m, j) => !(fromEnd <= 3 && m === missing) && (j + i) % 5 !== 0);
      await setStatus(manager, o, leaderUserId, { status: 'held', attendees }, tenantId);
    }
  }

  const sparring = await insertSeries(manager, tenantId, {
    kind: 'sparring', teamId, title: 'Sparring om et borgerforløb', rrule: 'FREQ=MONTHLY;BYDAY=-1TH', startDate: addDays(today, -180),
    startTime: '14:00', minutes: 90, place: 'Teamets kontor', createdBy: leaderUserId,
  }, now);
  series.push(sparring);
  const sparrings = await manager.query<Array<{ id: string; ends_at: Date }>>(
    `SELECT id, ends_at FROM meeting_occurrence WHERE series_id = $1 ORDER BY starts_at`, [sparring],
  );
  for (const [i, o] of sparrings.entries()) {
    const isPast = o.ends_at.getTime() <= now.getTime();
    const isNext = !isPast && (i === 0 || sparrings[i - 1].ends_at.getTime() <= now.getTime());
    if (!isPast && !isNext) continue;
    if (isPast && i === 2) {
      await setStatus(manager, o, leaderUserId, { status: 'cancelled', reason: 'Aflyst: akut situation hos en borger krævede hele teamet.' }, tenantId);
      continue;
    }
    if (ctx.caseCitizenIds.length) {
      await manager.query(`UPDATE meeting_occurrence SET presenter_member_id = $2, citizen_id = $3 WHERE id = $1`, [
        o.id, memberIds[(i + 1) % memberIds.length], ctx.caseCitizenIds[(i * 3) % ctx.caseCitizenIds.length],
      ]);
    }
    if (isPast) await setStatus(manager, o, leaderUserId, { status: 'held', attendees: everyone.filter((_, j) => (i + j) % 4 !== 1) }, tenantId);
  }

  const evaluation = await insertSeries(manager, tenantId, {
    kind: 'evaluation_day', teamId, title: 'Evaluerings- og refleksionsdag', rrule: 'FREQ=MONTHLY;INTERVAL=6', startDate: addDays(today, -150),
    startTime: '09:00', minutes: 360, place: 'Kursuscentret, lokale A', createdBy: leaderUserId,
  }, now);
  series.push(evaluation);
  for (const o of await past(manager, evaluation, now)) {
    await setStatus(manager, o, leaderUserId, { status: 'held', attendees: everyone }, tenantId);
  }

  const [{ count }] = await manager.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM meeting_occurrence WHERE series_id = ANY($1::uuid[])`, [series],
  );
  return { series: series.length, occurrences: count };
}

/** The steering group meets quarterly, on the first Wednesday, with a year of history. */
export async function insertSteeringScheduling(manager: EntityManager, tenantId: string, steeringUserId: string, now: Date): Promise<SchedulingCounts> {
  const today = copenhagenToday(now);
  const steering = await insertSeries(manager, tenantId, {
    kind: 'steering_meeting', teamId: null, title: 'Styregruppemøde om ACT', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE',
    startDate: addDays(today, -370), startTime: '10:00', minutes: 120, place: 'Rådhuset, mødelokale 3', createdBy: steeringUserId,
  }, now);
  const occurrences = await past(manager, steering, now);
  for (const [i, o] of occurrences.entries()) {
    const outcome = i === 1
      ? ({ status: 'not_held', reason: 'For få deltagere til at træffe beslutninger; punkterne blev flyttet.' } as const)
      : ({ status: 'held', attendees: [] } as const);
    await setStatus(manager, o, steeringUserId, outcome, tenantId);
  }
  const [{ count }] = await manager.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM meeting_occurrence WHERE series_id = $1`, [steering],
  );
  return { series: 1, occurrences: count };
}
