/**
 * How cost grows with the number of teams: reads .data/bench/results-<N>-teams.json (written by
 * bench/run.ts for each size) and prints server CPU per request (API + PostgreSQL) and p95 per
 * scenario and size. Per-team operations should stay flat; the steering aggregates should grow
 * no faster than the teams (the last column: growth from the smallest to the largest size,
 * divided by the growth in teams).
 *
 *   npx tsx bench/scale.ts 10 40 160
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_OUT, SCENARIOS } from './common';

interface Results {
  teams: number;
  visits: number;
  loadBefore?: number;
  loadAfter?: number;
  load: Record<string, { p95: number; errors: number; cpuPerRequest?: { api: number; pg: number; generator: number } }>;
}

const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['10', '40', '160']).map(Number);
const found = sizes
  .map((n) => join(BENCH_OUT, `results-${n}-teams.json`))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Results)
  .sort((a, b) => a.teams - b.teams);
if (!found.length) {
  console.error(`scale: no results for ${sizes.join(', ')} teams in ${BENCH_OUT} (run npm run bench -- --scale)`);
  process.exit(1);
}

const cpu = (r: Results, key: string) => {
  const c = r.load[key]?.cpuPerRequest;
  return c ? c.api + c.pg : Number.NaN;
};
const header = ['scenario', ...found.map((r) => `${r.teams} teams: CPU (API+PG) / p95`), 'CPU growth ÷ team growth'];
const rows: string[][] = [header];
for (const s of SCENARIOS) {
  if (!found.some((r) => r.load[s.key])) continue;
  const first = found[0];
  const last = found[found.length - 1];
  const growth = cpu(last, s.key) / cpu(first, s.key) / (last.teams / first.teams);
  rows.push([
    `${s.key}${s.perTeam ? '' : ' (steering)'}`,
    ...found.map((r) => (r.load[s.key] ? `${cpu(r, s.key).toFixed(1)} ms / ${r.load[s.key].p95.toFixed(0)} ms${r.load[s.key].errors ? ` (${r.load[s.key].errors} err)` : ''}` : '-')),
    found.length > 1 && Number.isFinite(growth) ? growth.toFixed(2) : '-',
  ]);
}
rows.push(['visits in the dataset', ...found.map((r) => r.visits.toLocaleString('en')), '']);
rows.push(['load average before / after', ...found.map((r) => `${r.loadBefore?.toFixed(1) ?? '?'} / ${r.loadAfter?.toFixed(1) ?? '?'}`), '']);

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
const out = [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
console.log(`\n${out}\n\nFlat per-team operations have a growth ratio near ${(found[0].teams / found[found.length - 1].teams).toFixed(2)} (CPU unchanged while teams grow); 1.00 means CPU grows as fast as the teams.\n`);
writeFileSync(join(BENCH_OUT, 'scale.md'), `${out}\n`);
