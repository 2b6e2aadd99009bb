/**
 * Replaces each `graphql(`…`)` call in the app's source with an import of that one document from
 * the generated `src/gql/graphql.ts` — what GraphQL Codegen's babel/swc plugin does for the client
 * preset. Without it, `graphql()` looks documents up in a map of every document in the app, and
 * that map (and every document's AST) is part of the initial JS: 22.5 KB gzip on 2026-12-04 and
 * growing with each page. With it, each page's chunk carries only its own documents.
 *
 * A document is found by its first definition's name, as codegen names the exports: operation
 * `query Foo` → `FooDocument`, `fragment Bar` → `BarFragmentDoc`. Operation and fragment names are
 * unique in the app (codegen refuses duplicates), so the name is enough.
 */
import { readFileSync, statSync } from 'node:fs';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { GRAPHQL_CALL, documentExportName, generatedDocuments } from './graphql-document-names';

const VIRTUAL = 'virtual:act-gql/';
const RESOLVED = '\0act-gql:';

/**
 * Each document becomes its own small module (`virtual:act-gql/<Name>`, its AST as JSON), so the
 * bundler puts it in the chunk of the pages that use it; the generated module as a whole is never
 * imported by the app's code.
 */
export function graphqlDocumentImports(generatedModule: string): Plugin {
  let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;
  const documents = () => {
    const { mtimeMs } = statSync(generatedModule);
    if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, documents: generatedDocuments(readFileSync(generatedModule, 'utf8')) };
    return cache.documents;
  };
  return {
    name: 'act-graphql-document-imports',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? RESOLVED + id.slice(VIRTUAL.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const ast = documents().get(name);
      if (!ast) this.error(`GraphQL document ${name} is not in ${generatedModule}: run the codegen (npm run codegen -w @act/web)`);
      return `export default ${ast};\n`;
    },
    transform(code, id) {
      if (!/\.[cm]?tsx?$/.test(id) || id.includes('/node_modules/') || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const s = new MagicString(code);
      const names = new Set<string>();
      for (const m of code.matchAll(GRAPHQL_CALL)) {
        const name = documentExportName(m[1]);
        if (!name) this.error(`${id}: a graphql() document without a named query, mutation or fragment`);
        names.add(name);
        s.overwrite(m.index, m.index + m[0].length, `__gql_${name}`);
      }
      if (names.size === 0) return null;
      s.prepend([...names].map((n) => `import __gql_${n} from ${JSON.stringify(VIRTUAL + n)};\n`).join(''));
      return { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id, includeContent: true }) };
    },
  };
}
