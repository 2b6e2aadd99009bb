/**
 * The shared meeting-series materialiser against real PostgreSQL, as the application role under
 * RLS: occurrences at the local start time, idempotent and concurrency-safe, moved/cancelled
 * occurrences never recreated, ended series stop, team meetings and evaluation days get (or
 * adopt) their team_meeting row, and the schema refuses an occurrence that does not match its series.
 */
import type { Client } from 'pg';
import { materialiseMeetingSeries, topUpMeetingSeries } from './meeting-series-materialiser';
import { type TestTenant, closeOwnerDataSource, createTestTenant } from './testing/factories';
import { appClient, attempt, inTenant } from './testing/pg';

let app: Client;
let app2: Client;
let t: TestTenant;
const NOW = new Date('2026-12-03T10:00:00Z');

const rows = (c: Client) => ({ query: async (sql: string, params?: unknown[]) => (await c.query(sql, params)).rows });

async function createSeries(c: Client, fields: Record<string, unknown>): Promise<string> {
  const f: Record<string, unknown> = { kind: 'supervision', team_id: t.team.id, rrule: 'FREQ=MONTHLY;BYDAY=2TU', start_date: '2026-12-01', start_time: '13:00',
    duration_minutes: 90, materialised_until: '2026-11-30', ...fields };
  const { rows: [row] } = await c.query<{ id: string }>(
    `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place,
       materialised_until, created_by, ended_on)
     VALUES (current_setting('app.tenant_id')::uuid, $1, $2, 'Test', $3, $4, $5, $6, 'Mødelokalet', $7, $8, $9) RETURNING id`,
    [f.kind, f.team_id, f.rrule, f.start_date, f.start_time, f.duration_minutes, f.materialised_until, t.leader.id, f.ended_on ?? null],
  );
  return row.id;
}

const occurrences = (c: Client, seriesId: string) =>
  c.query<{ original_date: string; starts_at: Date; remind_at: Date | null; team_meeting_id: string | null }>(
    `SELECT to_char(original_date, 'YYYY-MM-DD') AS original_date, starts_at, remind_at, team_meeting_id
     FROM meeting_occurrence WHERE series_id = $1 ORDER BY original_date`,
    [seriesId],
  ).then((r) => r.rows);

beforeAll(async () => {
  [app, app2] = await Promise.all([appClient(), appClient()]);
  t = await createTestTenant();
});

afterAll(async () => {
  await Promise.all([app?.end(), app2?.end()]);
  await closeOwnerDataSource();
});

describe('materialiseMeetingSeries', () => {
  it('creates "second Tuesday 13:00" occurrences at 13:00 Copenhagen time up to the horizon, once', async () => {
    await inTenant(app, t.tenantId, async () => {
      const id = await createSeries(app, {});
      const created = await materialiseMeetingSeries(rows(app), id, undefined, NOW);
      const again = await materialiseMeetingSeries(rows(app), id, undefined, NOW);
      const list = await occurrences(app, id);
      // Horizon for a monthly rule: 123 days from 2026-12-03 = 2027-04-05.
      expect(list.map((o) => o.original_date)).toEqual(['2026-12-08', '2027-01-12', '2027-02-09', '2027-03-09']);
      expect(created).toHaveLength(4);
      expect(again).toEqual([]);
      // 13:00 in winter is 12:00 UTC; the reminder is a day before (the default 1440 minutes).
      expect(list[0].starts_at.toISOString()).toBe('2026-12-08T12:00:00.000Z');
      expect(list[0].remind_at?.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    });
  });

  it('keeps summer-time occurrences at the local hour', async () => {
    await inTenant(app, t.tenantId, async () => {
      const id = await createSeries(app, { start_date: '2027-03-01', materialised_until: '2027-02-28' });
      await materialiseMeetingSeries(rows(app), id, '2027-04-30', NOW);
      const list = await occurrences(app, id);
      expect(list.map((o) => o.starts_at.toISOString())).toEqual(['2027-03-09T12:00:00.000Z', '2027-04-13T11:00:00.000Z']);
    });
  });

  it('never recreates a moved or cancelled occurrence, and stops at the end date', async () => {
    await inTenant(app, t.tenantId, async () => {
      const id = await createSeries(app, { kind: 'sparring', rrule: 'FREQ=WEEKLY;BYDAY=TH', ended_on: '2026-12-31' });
      await materialiseMeetingSeries(rows(app), id, '2026-12-17', NOW);
      await app.query(`UPDATE meeting_occurrence SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day', moved = true
                       WHERE series_id = $1 AND original_date = '2026-12-10'`, [id]);
      await app.query(`DELETE FROM meeting_occurrence WHERE series_id = $1 AND original_date = '2026-12-17'`, [id]);
      await app.query(`UPDATE meeting_series SET materialised_until = '2026-12-17' WHERE id = $1`, [id]);
      await materialiseMeetingSeries(rows(app), id, undefined, NOW);
      const list = await occurrences(app, id);
      expect(list.map((o) => o.original_date)).toEqual(['2026-12-03', '2026-12-10', '2026-12-24', '2026-12-31']);
      // 2026-12-03 13:00 local is 12:00 UTC, after NOW (10:00 UTC): it still gets its (overdue) reminder.
      expect(list[0].remind_at).not.toBeNull();
    });
  });

  it('gives no reminder to an occurrence that has already started', async () => {
    await inTenant(app, t.tenantId, async () => {
      const id = await createSeries(app, { kind: 'sparring', rrule: 'FREQ=WEEKLY;BYDAY=TH', start_time: '08:00' });
      await materialiseMeetingSeries(rows(app), id, '2026-12-10', NOW);
      const list = await occurrences(app, id);
      expect(list.map((o) => [o.original_date, o.remind_at === null])).toEqual([['2026-12-03', true], ['2026-12-10', false]]);
    });
  });

  it('gives each team meeting and evaluation day a team_meeting row, adopting a hand-made one at the same time', async () => {
    await inTenant(app, t.tenantId, async () => {
      const { rows: [handMade] } = await app.query<{ id: string }>(
        `INSERT INTO team_meeting (tenant_id, team_id, starts_at, ends_at, place, created_by)
         VALUES (current_setting('app.tenant_id')::uuid, $1, '2026-12-07T08:00:00Z', '2026-12-07T09:30:00Z', 'Før', $2) RETURNING id`,
        [t.team.id, t.leader.id],
      );
      const id = await createSeries(app, { kind: 'team_meeting', rrule: 'FREQ=WEEKLY;BYDAY=MO', start_time: '09:00' });
      await materialiseMeetingSeries(rows(app), id, '2026-12-14', NOW);
      const list = await occurrences(app, id);
      expect(list).toHaveLength(2);
      expect(list[0].team_meeting_id).toBe(handMade.id);
      const { rows: linked } = await app.query(`SELECT kind FROM team_meeting WHERE id = $1`, [list[1].team_meeting_id]);
      expect(linked).toEqual([{ kind: 'team_meeting' }]);

      const evaluation = await createSeries(app, { kind: 'evaluation_day', rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15', start_time: '09:00', duration_minutes: 360 });
      await materialiseMeetingSeries(rows(app), evaluation, undefined, NOW);
      const days = await occurrences(app, evaluation);
      expect(days.map((o) => o.original_date)).toEqual(['2026-12-15', '2027-06-15', '2027-12-15']);
      const { rows: kinds } = await app.query(`SELECT DISTINCT kind FROM team_meeting WHERE id = ANY($1)`, [days.map((d) => d.team_meeting_id)]);
      expect(kinds).toEqual([{ kind: 'evaluation_day' }]);
      // Each day's agenda is the meeting guide's three sections, ready for decisions and tasks.
      const { rows: items } = await app.query(
        `SELECT meeting_id, array_agg(title ORDER BY position) AS titles FROM team_meeting_item WHERE meeting_id = ANY($1) GROUP BY 1`,
        [days.map((d) => d.team_meeting_id)],
      );
      expect(items).toHaveLength(3);
      for (const row of items) expect(row.titles).toEqual(['Det tager vi med', 'Det reflekterer vi over', 'Det beslutter vi']);
      // A team meeting gets no guide.
      const { rows: none } = await app.query(`SELECT count(*)::int AS n FROM team_meeting_item WHERE meeting_id = $1`, [list[1].team_meeting_id]);
      expect(none).toEqual([{ n: 0 }]);
    });
  });

  it('two transactions materialising the same series at once create each occurrence once', async () => {
    const id = await inTenant(app, t.tenantId, () => createSeries(app, { rrule: 'FREQ=WEEKLY;BYDAY=WE' }), { commit: true });
    const run = (c: Client) => inTenant(c, t.tenantId, () => materialiseMeetingSeries(rows(c), id, undefined, NOW), { commit: true });
    const [first, second] = await Promise.all([run(app), run(app2)]);
    expect(first.length + second.length).toBe(9);
    expect(Math.min(first.length, second.length)).toBe(0);
    const top = await inTenant(app, t.tenantId, () => topUpMeetingSeries(rows(app), NOW));
    expect(top.created).toBe(0);
  });

  it('refuses an occurrence whose kind or team differs from its series', async () => {
    const id = await inTenant(app, t.tenantId, () => createSeries(app, {}), { commit: true });
    const result = await attempt(app, t.tenantId,
      `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place)
       VALUES ($1, $2, 'sparring', $3, '2027-01-01', now(), now() + interval '1 hour', 'X')`,
      [t.tenantId, id, t.team.id]);
    expect(result).toMatchObject({ ok: false, code: '23514' });
    const otherTeam = await attempt(app, t.tenantId,
      `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place)
       VALUES ($1, $2, 'supervision', $3, '2027-01-01', now(), now() + interval '1 hour', 'X')`,
      [t.tenantId, id, t.otherTeam.id]);
    expect(otherTeam).toMatchObject({ ok: false, code: '23514' });
  });
});
