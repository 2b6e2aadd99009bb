/**
 * How the app's graphql(`…`) documents map to GraphQL Codegen's generated exports (used by the
 * build plugin in vite-graphql-documents.ts and by its test).
 */
export const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const GENERATED_EXPORT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** The generated export's name for a document's source, or null when it has no named definition. */
export function documentExportName(source: string): string | null {
  const m = FIRST_DEFINITION.exec(source);
  if (!m) return null;
  return m[1] === 'fragment' ? `${m[2]}FragmentDoc` : `${m[2]}Document`;
}

/** Every document's AST (as JSON text) in the generated module, by export name. */
export function generatedDocuments(source: string): Map<string, string> {
  return new Map([...source.matchAll(GENERATED_EXPORT)].map((m) => [m[1], m[2]]));
}

