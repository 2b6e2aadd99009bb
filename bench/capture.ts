/**
 * The BUILT API (apps/api/dist, the code the server under load runs) booted in-process with the
 * statement logger on, so a bench script can send an operation and see the exact statements and
 * parameters it caused. Used by bench/sql.ts (replays) and bench/access-log-shape.ts (ADR 0026).
 */
import { BENCH_DATABASE, LOGIN, PASSWORD } from './common';

export interface Captured {
  query: string;
  parameters: unknown[] | undefined;
}

export interface CapturingApi {
  /** POSTs an operation; throws on a non-200 answer or GraphQL errors. */
  gql: (query: string, variables: Record<string, unknown>, cookie?: string) => Promise<Response>;
  /** Logs in and returns the session cookie (name=value). */
  login: (email: string) => Promise<string>;
  /** Runs `send` and returns the statements sent meanwhile, in order. */
  capture: (send: () => Promise<unknown>) => Promise<Captured[]>;
  close: () => Promise<void>;
}

export async function startCapturingApi(): Promise<CapturingApi> {
  Object.assign(process.env, { ACT_DATABASE: BENCH_DATABASE, ACT_COUNT_QUERIES: '1', SESSION_COOKIE_SECURE: 'false' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createApp } = require('../apps/api/dist/main.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { countingLogger } = require('../apps/api/dist/database/query-counter.js');
  let log: Captured[] | null = null;
  const original = countingLogger.logQuery;
  countingLogger.logQuery = (query: string, parameters?: unknown[], ...rest: unknown[]) => {
    log?.push({ query, parameters: parameters ? [...parameters] : undefined });
    return original.call(countingLogger, query, parameters, ...rest);
  };
  const app = await createApp({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const gql = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: Array<{ message: string }> };
    if (res.status !== 200 || body.errors?.length) throw new Error(`${res.status} ${body.errors?.[0]?.message ?? ''}`);
    return res;
  };
  return {
    gql,
    login: async (email) => (await gql(LOGIN, { input: { email, password: PASSWORD } })).headers.get('set-cookie')!.split(';')[0],
    capture: async (send) => {
      const mine: Captured[] = [];
      log = mine;
      try {
        await send();
      } finally {
        log = null;
      }
      return mine;
    },
    close: () => app.close(),
  };
}
