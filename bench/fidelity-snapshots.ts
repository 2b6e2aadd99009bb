/**
 * What the worker does every Monday at 02:30 (and at boot): stores each team's fidelity report of
 * the last 12 whole weeks (ADR 0021). The steering group's fidelity view reads these snapshots, so
 * the benchmark measures it as it runs in production — after the weekly job — and prints how long
 * the job itself took for the dataset's teams. Idempotent: snapshots already stored are kept.
 *
 *   npx tsx bench/fidelity-snapshots.ts          (scripts/bench.sh runs it after the dataset)
 */
import { activeFidelityVersion, type FidelityQuery, lastTwelveWeeks, storeFidelitySnapshot } from '@act/db';
import { copenhagenToday } from '@act/domain';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { BENCH_OUT, benchUrls } from './common';

async function main(): Promise<void> {
  // As the worker: the application role, row-level security on, one transaction per tenant.
  const db = new Client({ connectionString: benchUrls().app, application_name: 'act-bench-fidelity-snapshots' });
  await db.connect();
  const q: FidelityQuery = async <R>(sql: string, params: unknown[]): Promise<R[]> => (await db.query(sql, params)).rows as R[];
  const owner = new Client({ connectionString: benchUrls().owner });
  await owner.connect();
  const tenants = (await owner.query<{ id: string }>(`SELECT id FROM tenant ORDER BY id`)).rows;
  await owner.end();
  const period = lastTwelveWeeks(copenhagenToday());
  const started = process.hrtime.bigint();
  let teams = 0;
  let stored = 0;
  const perTeamMs: number[] = [];
  try {
    for (const tenant of tenants) {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant.id]);
      const version = await activeFidelityVersion(q, tenant.id);
      for (const { id } of await q<{ id: string }>(`SELECT id FROM team ORDER BY id`, [])) {
        const t0 = process.hrtime.bigint();
        if (await storeFidelitySnapshot(q, tenant.id, id, period, version)) {
          stored++;
          perTeamMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
        teams++;
      }
      await db.query('COMMIT');
    }
  } finally {
    await db.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  perTeamMs.sort((a, b) => a - b);
  const median = perTeamMs.length ? perTeamMs[Math.floor(perTeamMs.length / 2)] : null;
  console.log(
    stored
      ? `fidelity snapshots ${period.from}–${period.to}: ${stored} stored for ${teams} team(s) in ${seconds.toFixed(1)} s (median ${median!.toFixed(0)} ms per team)`
      : `fidelity snapshots ${period.from}–${period.to}: all ${teams} team(s) already stored`,
  );
  mkdirSync(BENCH_OUT, { recursive: true });
  writeFileSync(join(BENCH_OUT, 'fidelity-snapshots.json'), JSON.stringify({ period, teams, stored, seconds, medianMsPerTeam: median }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
