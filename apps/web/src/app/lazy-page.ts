import { type ComponentType, lazy } from 'react';
import { loadPageStrings } from '../i18n';

/**
 * A route's page, loaded when first shown: its chunk and the pages' Danish words (one shared
 * chunk, loaded once) are fetched in parallel, and the page renders when both are there.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React's own lazy()
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() => Promise.all([load(), loadPageStrings()]).then(([page]) => page));
}
