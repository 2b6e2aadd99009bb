/**
 * Materialises a meeting series (team meetings, supervision, sparring, evaluation days, steering
 * meetings) as `meeting_occurrence` rows up to a horizon (ADR 0013). Shared by the API (in the
 * request's transaction when a series is created or changed) and the worker (the series' own job
 * scheduler and the reconciler), so there is one expansion: `expandSeries` in packages/domain.
 *
 * Idempotent and safe under concurrency: the series row is locked, each occurrence is keyed by
 * (series_id, original_date) with ON CONFLICT DO NOTHING, and `materialised_until` only grows. A
 * moved or cancelled occurrence keeps its key, so a later top-up never recreates it. Team
 * meetings and evaluation days also get their `team_meeting` row (agenda, decisions, tasks); a
 * hand-made meeting already at that time is adopted instead of doubled.
 */
import { EVALUATION_DAY_GUIDE, addDays, copenhagenToday, expandSeries, parseRecurrenceRule, type RecurrenceRule } from '@act/domain';
import type { RowQueryable } from './visit-series-materialiser';

/** How far ahead a series has rows: weekly rules 8 weeks, monthly ones 4 months, rarer ones 13 months. */
export function meetingSeriesHorizonDays(rule: RecurrenceRule): number {
  if (rule.freq === 'WEEKLY') return 56;
  return rule.intervalMonths <= 2 ? 123 : 397;
}

export function meetingSeriesHorizon(rule: RecurrenceRule, now: Date = new Date()): string {
  return addDays(copenhagenToday(now), meetingSeriesHorizonDays(rule));
}

interface SeriesRow {
  id: string;
  kind: string;
  rrule: string;
  start_date: string;
  start_time: string;
  duration_minutes: number;
  remind_minutes_before: number;
  materialised_until: string;
  ended_on: string | null;
}

/** Kinds whose occurrences keep minutes, decisions and tasks in a `team_meeting` row. */
const WITH_TEAM_MEETING = new Set(['team_meeting', 'evaluation_day']);

/**
 * Creates the series' missing occurrences up to its horizon (or `through`, a local date, when
 * given) in the caller's transaction. Returns the ids of the occurrences it created (none for an
 * ended series or one already expanded that far).
 */
export async function materialiseMeetingSeries(db: RowQueryable, seriesId: string, through?: string, now: Date = new Date()): Promise<string[]> {
  const [series] = (await db.query(
    `SELECT id, kind, rrule, to_char(start_date, 'YYYY-MM-DD') AS start_date, start_time, duration_minutes,
            remind_minutes_before, to_char(materialised_until, 'YYYY-MM-DD') AS materialised_until,
            to_char(ended_on, 'YYYY-MM-DD') AS ended_on
     FROM meeting_series WHERE id = $1 FOR UPDATE`,
    [seriesId],
  )) as SeriesRow[];
  if (!series) return [];
  const rule = parseRecurrenceRule(series.rrule, series.start_date);
  let until = through ?? meetingSeriesHorizon(rule, now);
  if (series.ended_on && series.ended_on < until) until = series.ended_on;
  if (series.materialised_until >= until) return [];
  const occurrences = expandSeries(
    { id: series.id, rule, startDate: series.start_date, startTime: series.start_time, durationMinutes: series.duration_minutes },
    addDays(series.materialised_until, 1),
    until,
  );
  let created: Array<{ id: string }> = [];
  if (occurrences.length) {
    // No reminder for an occurrence that has already started; an overdue reminder is sent at once.
    const remindAt = occurrences.map((o) =>
      o.start.getTime() > now.getTime() ? new Date(o.start.getTime() - series.remind_minutes_before * 60_000) : null,
    );
    created = (await db.query(
      `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place, remind_at)
       SELECT s.tenant_id, s.id, s.kind, s.team_id, o.d, o.st, o.en, s.place, o.r
       FROM unnest($2::date[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[]) AS o(d, st, en, r)
       CROSS JOIN meeting_series s WHERE s.id = $1
       ON CONFLICT (series_id, original_date) DO NOTHING
       RETURNING id`,
      [seriesId, occurrences.map((o) => o.originalDate), occurrences.map((o) => o.start), occurrences.map((o) => o.end), remindAt],
    )) as Array<{ id: string }>;
    if (created.length && WITH_TEAM_MEETING.has(series.kind)) await linkTeamMeetings(db, created.map((r) => r.id));
  }
  await db.query(`UPDATE meeting_series SET materialised_until = $2 WHERE id = $1 AND materialised_until < $2`, [seriesId, until]);
  return created.map((r) => r.id);
}

/** Gives each occurrence its team meeting: a new one, or a hand-made one already at that time. */
async function linkTeamMeetings(db: RowQueryable, occurrenceIds: string[]): Promise<void> {
  await db.query(
    `INSERT INTO team_meeting (tenant_id, team_id, kind, starts_at, ends_at, place, created_by)
     SELECT o.tenant_id, o.team_id, o.kind::text::team_meeting_kind, o.starts_at, o.ends_at, o.place, s.created_by
     FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id
     WHERE o.id = ANY($1::uuid[])
     ON CONFLICT (team_id, starts_at) DO NOTHING`,
    [occurrenceIds],
  );
  await db.query(
    `UPDATE meeting_occurrence o SET team_meeting_id = tm.id
     FROM team_meeting tm
     WHERE o.id = ANY($1::uuid[]) AND o.team_meeting_id IS NULL
       AND tm.team_id = o.team_id AND tm.starts_at = o.starts_at
       AND NOT EXISTS (SELECT 1 FROM meeting_occurrence x WHERE x.team_meeting_id = tm.id)`,
    [occurrenceIds],
  );
  // An evaluation day's agenda is its meeting guide: one item per section (bring, reflect,
  // decide), so the day's decisions and follow-up tasks can be written at once.
  await db.query(
    `INSERT INTO team_meeting_item (tenant_id, meeting_id, source, title, position, added_by)
     SELECT o.tenant_id, o.team_meeting_id, 'member', g.title, g.position, s.created_by
     FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id
     CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS g(title, position)
     WHERE o.id = ANY($1::uuid[]) AND o.kind = 'evaluation_day' AND o.team_meeting_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM team_meeting_item i WHERE i.meeting_id = o.team_meeting_id)`,
    [occurrenceIds, EVALUATION_DAY_GUIDE.map((section) => section.title)],
  );
}

/** Tops up every open series of the current tenant; returns how many series and occurrences. */
export async function topUpMeetingSeries(db: RowQueryable, now: Date = new Date()): Promise<{ series: number; created: number }> {
  const rows = (await db.query(
    `SELECT id FROM meeting_series WHERE ended_on IS NULL OR ended_on > materialised_until ORDER BY id`,
  )) as Array<{ id: string }>;
  let created = 0;
  for (const row of rows) created += (await materialiseMeetingSeries(db, row.id, undefined, now)).length;
  return { series: rows.length, created };
}
