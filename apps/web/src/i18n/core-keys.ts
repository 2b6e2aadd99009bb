/**
 * The Danish strings the initial bundle carries: what the app shell, the error pages and the
 * loading states say before any page has loaded. Everything else in `da.json` is loaded with the
 * first page (`loadPageStrings`), so a page's words do not weigh on the first paint.
 *
 * A path is a top-level namespace (`nav`) or a single key (`sso.nav`). The build fails when code in
 * the initial bundle uses a key that is not covered here (vite-i18n-split.ts), so a word cannot go
 * missing from the shell unnoticed.
 */
export const CORE_KEY_PATHS: readonly string[] = [
  'app',
  'nav',
  'common',
  'form',
  'errors',
  'role',
  'auth.logout',
  'auth.loggingOut',
  'account.linkSuffix',
  'sessions.menuLink',
  'dashboard.settingsNav',
  'sso.nav',
  'notifications.bellLabel',
];
