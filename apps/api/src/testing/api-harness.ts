/**
 * Boots the real API in-process (real PostgreSQL, application role, RLS, audit) on a free port
 * and talks to it over HTTP like a browser would: JSON POSTs and the session cookie.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomInt } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { createApp } from '../main';
import { queryCounter } from '../database/query-counter';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
  headers: Headers;
}

export interface ApiHarness {
  url: string;
  /**
   * The client address this harness's requests claim (via the trusted loopback proxy's
   * X-Forwarded-For): each harness its own, so suites sharing the login limits in Redis never
   * use up each other's per-address budget — the limits themselves stay as configured.
   */
  address: string;
  app: NestExpressApplication;
  /** `headers` adds request headers, e.g. `x-forwarded-for` to claim a client address behind the (trusted loopback) proxy. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  login(email: string, password: string): Promise<string>;
  /** Statements sent to PostgreSQL while `fn` ran. */
  countQueries(fn: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** `logDestination`: capture the API's JSON log lines (at LOG_LEVEL, default info) instead of keeping only errors. */
export async function startApi(env: Record<string, string> = {}, options: { logDestination?: DestinationStream } = {}): Promise<ApiHarness> {
  const previous = { ...process.env };
  Object.assign(process.env, {
    ACT_DATABASE: process.env.ACT_TEST_DATABASE ?? 'act_test',
    ACT_COUNT_QUERIES: '1',
    ...env,
  });
  let app: NestExpressApplication;
  try {
    app = await createApp(options.logDestination ? { logDestination: options.logDestination } : { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
  } finally {
    process.env = previous;
  }
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;
  const client = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

  const gql: ApiHarness['gql'] = async (query, variables, cookie, headers = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': client,
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
  };

  return {
    url,
    address: client,
    app,
    gql,
    async login(email, password) {
      const res = await gql(
        `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`,
        { input: { email, password } },
      );
      if (res.errors?.length) throw new Error(`login failed: ${res.errors[0].message}`);
      const setCookie = res.headers.get('set-cookie') ?? '';
      return setCookie.split(';')[0];
    },
    async countQueries(fn) {
      const before = queryCounter.count;
      await fn();
      return queryCounter.count - before;
    },
    close: () => app.close(),
  };
}
