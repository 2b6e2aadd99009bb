/**
 * The web app's bundle budget (issue 16): the initial JS — index.html's module script, its
 * modulepreloads and their static imports, transitively — must stay within 200 KB gzip, and the
 * largest route chunk with its own non-initial imports within 80 KB. `vite build` is followed by
 * this check (apps/web's `build` script), so a build over budget fails; `npm run bench` prints the
 * same figures.
 *   tsx scripts/bundle-budget.ts [distDir]     (from apps/web; distDir defaults to dist)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET = 200 * 1024;
export const ROUTE_CHUNK_BUDGET = 80 * 1024;

export interface Bundle {
  initialGzip: number;
  initialFiles: string[];
  largestRoute: { chunk: string; gzip: number; withDepsGzip: number } | null;
  routeChunks: number;
}

/** Initial JS = index.html's module script + modulepreloads + their static imports (transitively). */
export function webBundle(dist: string): Bundle | null {
  const assets = join(dist, 'assets');
  if (!existsSync(join(dist, 'index.html'))) return null;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const gz = new Map<string, number>();
  const gzipOf = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(assets, file))).length);
    return gz.get(file)!;
  };
  const staticImports = (file: string): string[] => {
    const code = readFileSync(join(assets, file), 'utf8');
    const found = new Set<string>();
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) found.add(m[1]);
    return [...found];
  };
  const closure = (roots: string[], exclude: Set<string> = new Set()): Set<string> => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f) || exclude.has(f) || !existsSync(join(assets, f))) continue;
      seen.add(f);
      stack.push(...staticImports(f));
    }
    return seen;
  };
  const roots = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/assets\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const initial = closure(roots);
  const initialGzip = [...initial].reduce((sum, f) => sum + gzipOf(f), 0);
  // Route chunks: targets of dynamic import() anywhere in the build.
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const dynamic = new Set<string>();
  for (const f of js) for (const m of readFileSync(join(assets, f), 'utf8').matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)) dynamic.add(m[1]);
  let largest: Bundle['largestRoute'] = null;
  for (const chunk of dynamic) {
    if (initial.has(chunk)) continue;
    const withDeps = [...closure([chunk], initial)].reduce((sum, f) => sum + gzipOf(f), 0);
    if (!largest || withDeps > largest.withDepsGzip) largest = { chunk, gzip: gzipOf(chunk), withDepsGzip: withDeps };
  }
  return { initialGzip, initialFiles: [...initial], largestRoute: largest, routeChunks: dynamic.size };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Lines describing the bundle against its budgets, and whether it is within them. */
export function budgetReport(bundle: Bundle): { ok: boolean; lines: string[] } {
  const initialOk = bundle.initialGzip <= INITIAL_JS_BUDGET;
  const route = bundle.largestRoute;
  const routeOk = !route || route.withDepsGzip <= ROUTE_CHUNK_BUDGET;
  const lines = [
    `initial JS ${kb(bundle.initialGzip)} gzip in ${bundle.initialFiles.length} files (budget ${kb(INITIAL_JS_BUDGET)})${initialOk ? '' : ' — OVER BUDGET'}`,
    route
      ? `largest route chunk ${route.chunk}: ${kb(route.withDepsGzip)} gzip with its own imports (budget ${kb(ROUTE_CHUNK_BUDGET)})${routeOk ? '' : ' — OVER BUDGET'}`
      : 'no route chunks',
  ];
  return { ok: initialOk && routeOk, lines };
}

if (process.argv[1]?.endsWith('bundle-budget.ts')) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const bundle = webBundle(dist);
  if (!bundle) {
    console.error(`bundle budget: no build in ${dist}`);
    process.exit(2);
  }
  const { ok, lines } = budgetReport(bundle);
  for (const line of lines) console.log(`bundle budget: ${line}`);
  if (!ok) console.error('bundle budget: the web build is over budget — load the new code lazily (a route chunk) or remove a dependency');
  process.exit(ok ? 0 : 1);
}
