import { type ApolloClient, ApolloLink, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { type Observable, shareReplay, tap } from 'rxjs';

/**
 * Queries started at start-up, before React has rendered anything (issue 16): the session's `Me`
 * and the first page's own query go out in parallel with the page's code instead of one after
 * the other (code → session → page's code → page's data).
 *
 * A prefetch is an ordinary `client.query` (so the document is sent exactly as Apollo sends it),
 * marked in its context: the error link leaves it alone, and
 * `prefetchLink` keeps its answer for the first operation with the same name and variables within
 * `MAX_AGE_MS`, which takes it as if it had sent the request itself. So the page's `useQuery`
 * keeps its fetch policy (`cache-and-network` does not ask twice) and its errors reach the error
 * link as before. An answer with errors is not kept for later (e.g. the session had ended: the
 * app goes to the login page and no page takes it), and `clearStore` (login, logout) drops all.
 */
const MAX_AGE_MS = 15_000;

interface Prefetched {
  at: number;
  result: Observable<ApolloLink.Result>;
}

const prefetched = new Map<string, Prefetched>();

/** Operation name and variables (keys sorted, undefined left out): the same request, whoever builds it. */
export function prefetchKey(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  const vars = variables ?? {};
  const sorted = Object.keys(vars)
    .sort()
    .filter((k) => vars[k] !== undefined)
    .map((k) => [k, vars[k]]);
  return `${operationName ?? ''} ${JSON.stringify(sorted)}`;
}

/** True for a start-up query's own operation (the error link leaves it alone). */
export function isPrefetch(operation: ApolloLink.Operation): boolean {
  return (operation.getContext() as { prefetch?: boolean }).prefetch === true;
}

let client: ApolloClient | null = null;

/** Called once by apollo.ts with the app's client. */
export function configurePrefetch(appClient: ApolloClient): void {
  client = appClient;
  client.onClearStore(async () => prefetched.clear());
  client.onResetStore(async () => prefetched.clear());
}

/**
 * Sends a query now; the first matching operation of the app takes its answer. For pages whose
 * query asks the network on mount (`cache-and-network`, `network-only`); a `cache-first` query
 * needs none of this (a plain `client.query` fills the cache it reads).
 */
export function prefetchQuery<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables): void {
  // Not deduplicated: the page's own operation must reach prefetchLink to take the answer. Not
  // written to the cache: the page's operation writes it, once (the cache's merge of the caseload
  // was the largest single function in a profile with two writes).
  client
    ?.query({ query, variables, fetchPolicy: 'no-cache', context: { prefetch: true, queryDeduplication: false } } as ApolloClient.QueryOptions<TData, TVariables>)
    .catch(() => undefined);
}

/** Goes between the error link and the HTTP link. */
export const prefetchLink = new ApolloLink((operation, forward) => {
  const key = prefetchKey(operation.operationName, operation.variables);
  if (isPrefetch(operation)) {
    const entry: Prefetched = { at: Date.now(), result: forward(operation) };
    const drop = () => {
      if (prefetched.get(key) === entry) prefetched.delete(key);
    };
    // shareReplay: one request, its answer kept for the operation that takes it.
    entry.result = entry.result.pipe(
      tap({ next: (r) => void ('errors' in r && r.errors?.length && drop()), error: drop }),
      shareReplay(),
    );
    prefetched.set(key, entry);
    return entry.result;
  }
  const hit = prefetched.get(key);
  if (hit) {
    prefetched.delete(key);
    if (Date.now() - hit.at <= MAX_AGE_MS) return hit.result;
  }
  return forward(operation);
});

/**
 * Today's date in Copenhagen (YYYY-MM-DD) without `Intl`: the first `Intl.DateTimeFormat` of a
 * page costs 60–150 ms of CPU (time-zone data), which start-up should not pay before the requests
 * go out. Central European time is UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October (the EU rule since 1996). Only used to guess the
 * variables of a prefetch: were it ever to differ from `copenhagenToday()`, the page would simply
 * send its own request.
 */
export function copenhagenDateWithoutIntl(now: Date = new Date()): string {
  const year = now.getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1)); // the month's last day, 01:00 UTC
    return last.getTime() - last.getUTCDay() * 86_400_000;
  };
  const summer = now.getTime() >= lastSunday(2) && now.getTime() < lastSunday(9);
  return new Date(now.getTime() + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}
