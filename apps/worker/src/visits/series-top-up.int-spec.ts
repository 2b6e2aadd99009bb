/**
 * The daily top-up of recurring visits against real PostgreSQL, as the application role under
 * row-level security: it extends open series to the horizon, exactly once, and leaves stopped
 * series and moved occurrences alone.
 */
import { addDays, copenhagenToday } from '@act/domain';
import { closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import type { WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { JOB_DEFINITIONS } from '../jobs/job-names';
import { SeriesTopUpSweep } from './series-top-up.sweep';

let database: DatabaseService;
let sweep: SeriesTopUpSweep;

beforeAll(() => {
  database = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
  sweep = new SeriesTopUpSweep(database);
});

afterAll(async () => {
  await database.onApplicationShutdown();
  await closeOwnerDataSource();
});

/** A weekly Tuesday 10:00 series materialised until `until` (nothing created yet). */
async function series(t: TestTenant, startDate: string, until: string, stopped = false): Promise<string> {
  const owner = await ownerDataSource();
  const [row] = (await owner.query<Array<{ id: string }>>(
    `INSERT INTO visit_series (tenant_id, citizen_id, rrule, start_date, start_time, duration_minutes, place_kind, materialised_until, stopped_at)
     VALUES ($1, $2, 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA,SU', $3, '10:00', 60, 'home', $4, $5) RETURNING id`,
    [t.tenantId, t.citizen.id, startDate, until, stopped ? new Date() : null],
  ));
  await owner.query(`INSERT INTO visit_series_member (series_id, member_id, tenant_id) VALUES ($1, $2, $3)`, [
    row.id,
    t.member.memberId,
    t.tenantId,
  ]);
  return row.id;
}

async function occurrences(seriesId: string): Promise<Array<{ d: string; local: string; members: number }>> {
  return ownerDataSource().then((o) =>
    o.query(
      `SELECT to_char(v.series_date, 'YYYY-MM-DD') AS d, to_char(v.planned_start AT TIME ZONE 'Europe/Copenhagen', 'HH24:MI') AS local,
              (SELECT count(*)::int FROM visit_member vm WHERE vm.visit_id = v.id) AS members
       FROM visit v WHERE v.series_id = $1 ORDER BY v.series_date`,
      [seriesId],
    ),
  );
}

describe('visits.series-top-up (real PostgreSQL, application role)', () => {
  it('is declared once, on the visits queue', () => {
    expect(JOB_DEFINITIONS.filter((d) => d.name === 'visits.series-top-up')).toEqual([{ name: 'visits.series-top-up', queue: 'visits' }]);
  });

  it('extends an open series to the horizon at 10:00 local time, once, and skips a stopped one', async () => {
    const t = await createTestTenant();
    const today = copenhagenToday();
    const open = await series(t, today, addDays(today, 2));
    const stopped = await series(t, today, addDays(today, 2), true);
    const through = addDays(today, 6);

    const [a, b] = await Promise.all([sweep.topUpTenant(t.tenantId, through), sweep.topUpTenant(t.tenantId, through)]);
    expect(a.created + b.created).toBe(4); // days 3..6, daily rule
    const rows = await occurrences(open);
    expect(rows.map((r) => r.d)).toEqual([3, 4, 5, 6].map((n) => addDays(today, n)));
    expect(rows.every((r) => r.local === '10:00' && r.members === 1)).toBe(true);
    expect(await occurrences(stopped)).toEqual([]);
    expect(await sweep.topUpTenant(t.tenantId, through)).toEqual({ series: 0, created: 0 });

    const all = await sweep.topUpAll(through);
    expect(all.failedTenants).toBe(0);
    expect(await occurrences(open)).toHaveLength(4);
  });
});
