import type { ApolloCache } from '@apollo/client';

/**
 * After a visit is planned, moved or logged, the lists built from visits are out of date: drop
 * them from the cache so the next page shows fresh figures (no stale "not seen" list).
 */
export function evictVisitLists(cache: ApolloCache, citizenId?: string): void {
  for (const fieldName of ['myDay', 'myWeek', 'teamWeek', 'notSeenCitizens']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  if (citizenId) cache.evict({ id: cache.identify({ __typename: 'Citizen', id: citizenId }), fieldName: 'visitOverview' });
  cache.gc();
}
