import { databaseUrls } from '@act/db';

/** Read once at boot (never at import time, so tests can set the environment first). */
export interface ApiConfig {
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string;
  redisUrl: string;
  redisDb: number;
  /** Count SQL statements (tests only). */
  countQueries: boolean;
  session: { cookieName: string; secureCookie: boolean; idleSeconds: number; absoluteSeconds: number };
  /** Fair login limits (ADR 0016), shared by every replica through Redis. */
  login: {
    /** Failed attempts one address may make per window. */
    perAddress: number;
    windowSeconds: number;
    /** Failures in a row an account gets before each try must wait (1, 2, 4 … s). */
    freeFailures: number;
    /** The longest wait an account's owner can be made to have. */
    maxDelaySeconds: number;
    /** How long an account's failures are remembered without a success. */
    failureMemorySeconds: number;
    /** Redis key prefix: the same for every replica of one deployment. */
    namespace: string;
  };
  /**
   * Which proxies in front of the API may say who the client is (X-Forwarded-For): at most
   * `hops` of them, each at an address in `addresses` (Express names like `loopback`, IPs, CIDRs).
   */
  trustedProxies: { addresses: string[]; hops: number };
  /**
   * Single sign-on (ADR 0017). `publicUrl`: the address browsers use (redirect URI base); unset,
   * it is taken from the request. `secrets`: every SSO_CLIENT_SECRET_* variable, the only place
   * client secrets live (a tenant's settings name one). `allowHttp`: plain-http issuers (tests).
   */
  sso: { publicUrl: string | null; secrets: Record<string, string>; allowHttp: boolean };
}

/** The names a tenant's settings may give for its client secret. */
export const SSO_SECRET_ENV = /^SSO_CLIENT_SECRET_[A-Z0-9_]{1,60}$/;

const int = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const production = env.NODE_ENV === 'production';
  const secureCookie = env.SESSION_COOKIE_SECURE !== 'false';
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    production,
    databaseUrl: databaseUrls(env).app,
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:63799',
    redisDb: redisDb(env),
    countQueries: env.ACT_COUNT_QUERIES === '1',
    session: {
      // The __Host- prefix pins the cookie to this host, path / and HTTPS (browsers treat localhost as secure).
      cookieName: secureCookie ? '__Host-act_session' : 'act_session',
      secureCookie,
      idleSeconds: int(env.SESSION_IDLE_SECONDS, 30 * 60),
      absoluteSeconds: int(env.SESSION_ABSOLUTE_SECONDS, 12 * 60 * 60),
    },
    login: {
      perAddress: int(env.LOGIN_PER_ADDRESS_PER_WINDOW, 30),
      windowSeconds: int(env.LOGIN_WINDOW_SECONDS, 15 * 60),
      freeFailures: int(env.LOGIN_FREE_FAILURES, 5),
      maxDelaySeconds: int(env.LOGIN_MAX_DELAY_SECONDS, 60),
      failureMemorySeconds: int(env.LOGIN_FAILURE_MEMORY_SECONDS, 24 * 60 * 60),
      namespace: env.LOGIN_LIMITS_NAMESPACE ?? 'act:login',
    },
    trustedProxies: {
      addresses: (env.TRUSTED_PROXIES ?? 'loopback').split(',').map((a) => a.trim()).filter(Boolean),
      hops: Math.max(0, int(env.TRUSTED_PROXY_HOPS, 1)),
    },
    sso: {
      publicUrl: env.SSO_PUBLIC_URL ? env.SSO_PUBLIC_URL.replace(/\/+$/, '') : null,
      secrets: Object.fromEntries(
        Object.entries(env).filter((e): e is [string, string] => SSO_SECRET_ENV.test(e[0]) && !!e[1]),
      ),
      allowHttp: !production,
    },
  };
}

/** REDIS_DB when set, else the database in REDIS_URL's path, else 0 — as the worker reads it. */
function redisDb(env: NodeJS.ProcessEnv): number {
  if (env.REDIS_DB) return int(env.REDIS_DB, 0);
  const path = env.REDIS_URL ? /^rediss?:\/\/[^/]*\/(\d+)/.exec(env.REDIS_URL)?.[1] : undefined;
  return path ? Number(path) : 0;
}

export const API_CONFIG = Symbol('API_CONFIG');
