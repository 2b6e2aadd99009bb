// The two halves of a translation file, made by vite-i18n-split.ts.
declare module '*.json?core' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?pages' {
  const strings: Record<string, unknown>;
  export default strings;
}
