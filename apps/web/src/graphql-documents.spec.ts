/**
 * The build replaces every graphql(`…`) call with an import of that one document (see
 * vite-graphql-documents.ts). This proves each call in the app names a document the codegen
 * generated, so the build can never ship a page without its query.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentExportName, generatedDocuments } from '../graphql-document-names';

const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' && dir === SRC ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.spec\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const generated = generatedDocuments(readFileSync(join(SRC, 'gql', 'graphql.ts'), 'utf8'));

it('names operations and fragments as the codegen exports them', () => {
  expect(documentExportName('\n  query MyDay($date: String!) { myDay { id } }')).toBe('MyDayDocument');
  expect(documentExportName('mutation LogVisitOutcome { x }')).toBe('LogVisitOutcomeDocument');
  expect(documentExportName('\n  fragment OccurrenceFields on MeetingOccurrence { id }')).toBe('OccurrenceFieldsFragmentDoc');
  expect(documentExportName('{ viewer { id } }')).toBeNull();
});

it('finds every graphql() document of the app among the generated documents, as a JSON AST', () => {
  const calls = sourceFiles(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]));
  expect(calls.length).toBeGreaterThan(150);
  for (const source of calls) {
    const name = documentExportName(source);
    expect(name).not.toBeNull();
    const ast = JSON.parse(generated.get(name!) ?? 'null') as { kind: string; definitions: Array<{ name?: { value: string } }> } | null;
    expect({ name, kind: ast?.kind }).toEqual({ name, kind: 'Document' });
    expect(`${ast!.definitions[0].name!.value}${name!.endsWith('FragmentDoc') ? 'FragmentDoc' : 'Document'}`).toBe(name);
  }
});
