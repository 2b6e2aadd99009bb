/**
 * Splits a translation file in two (issue 16, the 200 KB initial-JS budget): `da.json?core` holds
 * the paths in `src/i18n/core-keys.ts` (the app shell's words) and is bundled with the entry;
 * `da.json?pages` holds the rest (≈ 25 KB gzip) and is a chunk of its own that the router loads
 * beside the first page's chunk, in parallel, so it adds no round trip.
 *
 * After bundling, the initial chunks are searched for key literals (`'caseload.title'`,
 * `` `role.${r}` ``); a key that exists in the file but is not in the core fails the build, naming
 * the key and the fix.
 */
import { readFileSync } from 'node:fs';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

type Strings = Record<string, unknown>;
const PART = /\.json\?(core|pages)$/;

const isObject = (v: unknown): v is Strings => v !== null && typeof v === 'object' && !Array.isArray(v);

function get(strings: Strings, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), strings);
}

/** A key with plural forms (`bellLabel_one`, `bellLabel_other`) is named without its suffix. */
function withPlurals(strings: Strings, path: string): string[] {
  if (get(strings, path.split('.')) !== undefined) return [path];
  const keys = path.split('.');
  const parent = get(strings, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  return isObject(parent) ? Object.keys(parent).filter((k) => k.startsWith(`${last}_`)).map((k) => [...keys.slice(0, -1), k].join('.')) : [];
}

const exists = (strings: Strings, path: string) => withPlurals(strings, path).length > 0;

/** The core paths of `strings`, nested as in the file. */
export function corePart(strings: Strings, corePaths: readonly string[]): Strings {
  const out: Strings = {};
  for (const named of corePaths) {
    const forms = withPlurals(strings, named);
    if (!forms.length) throw new Error(`i18n core path "${named}" is not in the translation file`);
    for (const path of forms) {
      const keys = path.split('.');
      let node = out;
      for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Strings;
      node[keys[keys.length - 1]] = get(strings, keys);
    }
  }
  return out;
}

/** Everything in `strings` that the core paths do not cover. */
export function pagesPart(strings: Strings, corePaths: readonly string[]): Strings {
  return omit(strings, corePaths.flatMap((p) => withPlurals(strings, p)), '');
}

function omit(strings: Strings, paths: readonly string[], prefix: string): Strings {
  const out: Strings = {};
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (paths.includes(path)) continue;
    if (isObject(value) && paths.some((p) => p.startsWith(`${path}.`))) {
      const rest = omit(value, paths, path);
      if (Object.keys(rest).length) out[key] = rest;
    } else out[key] = value;
  }
  return out;
}

const covered = (path: string, paths: readonly string[]) => paths.some((p) => path === p || path.startsWith(`${p}.`));

/**
 * Key literals in `code` that name something in `strings` outside the core. A literal is a quoted
 * dotted path (`'caseload.title'`) or the fixed start of a template (`` `role.${…}` ``, checked as
 * the prefix `role`).
 */
export function uncoveredKeys(code: string, strings: Strings, paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/["'`]([A-Za-z][\w]*(?:\.[\w]+)*)(\.\$\{|["'`])/g)) {
    const path = m[1];
    const isPrefix = m[2] === '.${';
    if (!isPrefix && !path.includes('.')) continue; // a plain word, not a key path
    if (!exists(strings, path)) continue;
    // A template prefix (`role.${r}`) is covered only when everything under it is core.
    if (!covered(path, paths)) found.add(isPrefix ? `${path}.*` : path);
  }
  return [...found].sort();
}

function initialChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const stack = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...(byName.get(name)?.imports ?? []));
  }
  return [...seen].map((n) => byName.get(n)!).filter(Boolean);
}

export function i18nSplit(paths: readonly string[]): Plugin {
  const checked = new Map<string, Strings>();
  return {
    name: 'act-i18n-split',
    enforce: 'pre',
    async resolveId(source, importer) {
      const m = PART.exec(source);
      if (!m) return null;
      const resolved = await this.resolve(source.replace(PART, '.json'), importer, { skipSelf: true });
      return resolved ? `\0act-i18n:${resolved.id}?${m[1]}` : null;
    },
    load(id) {
      if (!id.startsWith('\0act-i18n:')) return null;
      const [file, part] = id.slice('\0act-i18n:'.length).split('?');
      this.addWatchFile(file);
      const strings = JSON.parse(readFileSync(file, 'utf8')) as Strings;
      checked.set(file, strings);
      const chosen = part === 'core' ? corePart(strings, paths) : pagesPart(strings, paths);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(chosen))});`;
    },
    generateBundle(_options, bundle) {
      for (const [file, strings] of checked) {
        const missing = initialChunks(bundle).flatMap((c) => uncoveredKeys(c.code, strings, paths));
        if (missing.length) {
          this.error(
            `The initial bundle uses translation keys that load only with the pages: ${[...new Set(missing)].join(', ')} (${file}). ` +
              'Add them to apps/web/src/i18n/core-keys.ts, or move the code that uses them into a page.',
          );
        }
      }
    },
  };
}
