import { type ComponentType, lazy } from 'react';
import { loadPageStrings } from '../i18n';

/**
 * A route's page, loaded when first shown: its chunk and the pages' Danish words (one shared
 * chunk, loaded once; asked for first, as it is the larger) are fetched in parallel, and the page
 * renders when both are there.
 * `preload()` starts that load early (main.tsx: the first page's, at start-up, beside the session).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React's own lazy()
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let loading: Promise<{ default: T }> | null = null;
  const preload = () =>
    (loading ??= Promise.all([loadPageStrings(), load()]).then(
      ([, page]) => page,
      (error: unknown) => {
        loading = null; // a failed load (offline) is tried again when the page is shown
        throw error;
      },
    ));
  return Object.assign(lazy(preload), { preload });
}
