import { ApolloClient, ApolloLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { copenhagenToday } from '@act/domain';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { configurePrefetch, copenhagenDateWithoutIntl, isPrefetch, prefetchKey, prefetchLink, prefetchQuery } from './prefetch';

const TeamDocument = parse(`query Team($teamId: ID!) { team(id: $teamId) { id name } }`) as TypedDocumentNode<
  { team: { id: string; name: string } },
  { teamId: string }
>;

/** A client whose HTTP link counts requests and answers after `delay` ms; the error link records what it saw. */
function setUp(answer: (teamId: string) => Record<string, unknown> = (teamId) => ({ data: { team: { __typename: 'Team', id: teamId, name: 'Team 1' } } })) {
  const sent: string[] = [];
  const errorsSeen: string[] = [];
  const errorLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe((source) => {
      return new Observable((observer) =>
        source.subscribe({
          next: (r) => {
            if (!isPrefetch(operation) && 'errors' in r && r.errors?.length) errorsSeen.push(operation.operationName ?? '');
            observer.next(r);
          },
          error: (e) => observer.error(e),
          complete: () => observer.complete(),
        }),
      );
    }),
  );
  const http = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(prefetchKey(operation.operationName, operation.variables));
        const timer = setTimeout(() => {
          observer.next(answer(String(operation.variables.teamId)) as ApolloLink.Result);
          observer.complete();
        }, 5);
        return () => clearTimeout(timer);
      }),
  );
  const client = new ApolloClient({ link: ApolloLink.from([errorLink, prefetchLink, http]), cache: new InMemoryCache() });
  configurePrefetch(client);
  return { client, sent, errorsSeen };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('start-up prefetch (issue 16)', () => {
  it('the page query takes the prefetched answer while it is still on its way: one request', async () => {
    const { client, sent } = setUp();
    prefetchQuery(TeamDocument, { teamId: 't1' });
    const page = await client.query({ query: TeamDocument, variables: { teamId: 't1' }, fetchPolicy: 'network-only' });
    expect(page.data?.team.name).toBe('Team 1');
    expect(sent).toEqual(['Team [["teamId","t1"]]']);
    await client.clearStore();
  });

  it('the page query takes an answer that has already arrived (cache-and-network asks no second time)', async () => {
    const { client, sent } = setUp();
    prefetchQuery(TeamDocument, { teamId: 't1' });
    await settle();
    const results = await new Promise<number>((resolve) => {
      let n = 0;
      const sub = client.watchQuery({ query: TeamDocument, variables: { teamId: 't1' }, fetchPolicy: 'cache-and-network' }).subscribe((r) => {
        if (r.data?.team && ++n >= 1) setTimeout(() => (sub.unsubscribe(), resolve(n)), 20);
      });
    });
    expect(results).toBeGreaterThanOrEqual(1);
    expect(sent).toHaveLength(1);
    // Taken once: the next fetch asks the server.
    await client.query({ query: TeamDocument, variables: { teamId: 't1' }, fetchPolicy: 'network-only' });
    expect(sent).toHaveLength(2);
    await client.clearStore();
  });

  it('other variables are another request', async () => {
    const { client, sent } = setUp();
    prefetchQuery(TeamDocument, { teamId: 't1' });
    await client.query({ query: TeamDocument, variables: { teamId: 't2' }, fetchPolicy: 'network-only' });
    expect(sent).toEqual(['Team [["teamId","t1"]]', 'Team [["teamId","t2"]]']);
    await client.clearStore();
  });

  it('an answer with errors is not kept: nobody takes it later, and the error link did not see the prefetch', async () => {
    const { client, sent, errorsSeen } = setUp(() => ({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }));
    prefetchQuery(TeamDocument, { teamId: 't1' });
    await settle();
    expect(errorsSeen).toEqual([]);
    await client.query({ query: TeamDocument, variables: { teamId: 't1' }, fetchPolicy: 'network-only', errorPolicy: 'all' });
    expect(sent).toHaveLength(2);
    expect(errorsSeen).toEqual(['Team']);
  });

  it('clearStore (login, logout) drops what was prefetched', async () => {
    const { client, sent } = setUp();
    prefetchQuery(TeamDocument, { teamId: 't1' });
    await settle();
    await client.clearStore();
    await client.query({ query: TeamDocument, variables: { teamId: 't1' }, fetchPolicy: 'network-only' });
    expect(sent).toHaveLength(2);
  });

  it('keys ignore the order of variables and undefined ones', () => {
    expect(prefetchKey('A', { b: 1, a: 2, c: undefined })).toBe(prefetchKey('A', { a: 2, b: 1 }));
  });
});

describe('copenhagenDateWithoutIntl', () => {
  it('agrees with copenhagenToday every 20 minutes over two years, around every switch to and from summer time', () => {
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2027, 0, 1);
    const differ: string[] = [];
    for (let t = start; t < end; t += 20 * 60_000) {
      const d = new Date(t);
      if (copenhagenDateWithoutIntl(d) !== copenhagenToday(d)) differ.push(d.toISOString());
    }
    expect(differ).toEqual([]);
  });
});
