import { databaseUrls } from '@act/db';
import {
  ConfigError,
  envBool,
  envHost,
  envInt,
  envLogLevel,
  envMetricsPort,
  envPort,
  envPublicUrl,
  envUrl,
  envValue,
  requireInProduction,
  type LogLevelName,
} from '@act/domain';
import { isIP } from 'node:net';

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
  /** Connections in the application role's pool. */
  poolSize: number;
  /** pino level; `pretty`: one readable line per entry (development only, refused in production). */
  log: { level: LogLevelName; pretty: boolean };
  /** Prometheus /metrics on its own server; `port` null = off, 0 = any free port (tests). */
  metrics: { host: string; port: number | null };
  /** OpenTelemetry tracing (OTEL_ENABLED, or an OTLP endpoint given). */
  tracing: boolean;
}

/** The names a tenant's settings may give for its client secret. */
export const SSO_SECRET_ENV = /^SSO_CLIENT_SECRET_[A-Z0-9_]{1,60}$/;

/**
 * Reads and checks the environment. A bad value throws a ConfigError naming the variable and
 * what is expected; with NODE_ENV=production the must-haves (database, Redis, public address)
 * are required and unsafe switches refused. Outside production every default is this machine.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const production = env.NODE_ENV === 'production';
  const secureCookie = envBool(env, 'SESSION_COOKIE_SECURE', true);
  if (production && !secureCookie) throw new ConfigError('SESSION_COOKIE_SECURE must not be false when NODE_ENV=production');
  const host = envHost(env, 'HOST', '127.0.0.1');
  const publicUrl = envPublicUrl(env, 'PUBLIC_URL', production) ?? envPublicUrl(env, 'SSO_PUBLIC_URL', production) ?? null;
  requireInProduction(production, 'PUBLIC_URL', publicUrl !== null, 'the address browsers use, e.g. https://act.kommune.dk');
  const redisUrl = envUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://redis:6379/0');
  requireInProduction(production, 'REDIS_URL', redisUrl !== undefined);
  const pretty = envBool(env, 'LOG_PRETTY', false);
  if (production && pretty) throw new ConfigError('LOG_PRETTY must not be true when NODE_ENV=production (logs are JSON lines)');
  return {
    port: envPort(env, 'PORT', 3000),
    host,
    production,
    databaseUrl: appDatabaseUrl(env, production),
    redisUrl: redisUrl ?? 'redis://127.0.0.1:63799',
    redisDb: redisDb(env),
    countQueries: env.ACT_COUNT_QUERIES === '1',
    session: {
      // The __Host- prefix pins the cookie to this host, path / and HTTPS (browsers treat localhost as secure).
      cookieName: secureCookie ? '__Host-act_session' : 'act_session',
      secureCookie,
      idleSeconds: envInt(env, 'SESSION_IDLE_SECONDS', 30 * 60, 1),
      absoluteSeconds: envInt(env, 'SESSION_ABSOLUTE_SECONDS', 12 * 60 * 60, 1),
    },
    login: {
      perAddress: envInt(env, 'LOGIN_PER_ADDRESS_PER_WINDOW', 30, 1),
      windowSeconds: envInt(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1),
      freeFailures: envInt(env, 'LOGIN_FREE_FAILURES', 5, 0),
      maxDelaySeconds: envInt(env, 'LOGIN_MAX_DELAY_SECONDS', 60, 0),
      failureMemorySeconds: envInt(env, 'LOGIN_FAILURE_MEMORY_SECONDS', 24 * 60 * 60, 1),
      namespace: envValue(env, 'LOGIN_LIMITS_NAMESPACE') ?? 'act:login',
    },
    trustedProxies: {
      addresses: trustedProxyList(env),
      hops: envInt(env, 'TRUSTED_PROXY_HOPS', 1, 0, 10),
    },
    sso: {
      publicUrl,
      secrets: Object.fromEntries(
        Object.entries(env).filter((e): e is [string, string] => SSO_SECRET_ENV.test(e[0]) && !!e[1]),
      ),
      allowHttp: !production,
    },
    poolSize: envInt(env, 'DATABASE_POOL_SIZE', 20, 1, 500),
    log: { level: envLogLevel(env), pretty },
    metrics: { host: envHost(env, 'METRICS_HOST', host), port: envMetricsPort(env, production) },
    tracing: envBool(env, 'OTEL_ENABLED', false) || envValue(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') !== undefined,
  };
}

/** The application role's URL; in production given outright, or derivable with a real password. */
function appDatabaseUrl(env: NodeJS.ProcessEnv, production: boolean): string {
  const example = 'postgres://act_app:…@db:5432/act';
  envUrl(env, 'DATABASE_APP_URL', ['postgres:', 'postgresql:'], example);
  envUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], example);
  requireInProduction(
    production,
    'DATABASE_APP_URL',
    envValue(env, 'DATABASE_APP_URL') !== undefined || (envValue(env, 'DATABASE_URL') !== undefined && envValue(env, 'ACT_APP_PASSWORD') !== undefined),
    'or DATABASE_URL and ACT_APP_PASSWORD',
  );
  try {
    return databaseUrls(env).app;
  } catch (error) {
    throw new ConfigError((error as Error).message.replace(/^Invalid ACT_DATABASE name: .*/, 'ACT_DATABASE must be a lower-case database name (letters, digits, _)'));
  }
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Express names, IP addresses or CIDRs; anything else would only fail later inside Express. */
function trustedProxyList(env: NodeJS.ProcessEnv): string[] {
  const list = (envValue(env, 'TRUSTED_PROXIES') ?? 'loopback').split(',').map((a) => a.trim()).filter(Boolean);
  for (const entry of list) {
    const [address, bits, extra] = entry.split('/');
    const version = isIP(address);
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 6 ? 128 : 32));
    if (!PROXY_NAMES.has(entry) && (!version || !bitsOk || extra !== undefined)) {
      throw new ConfigError(
        `TRUSTED_PROXIES must be a comma-separated list of IP addresses, CIDRs (10.0.0.0/8) or loopback, linklocal, uniquelocal; got ${JSON.stringify(entry)}`,
      );
    }
  }
  return list;
}

/** REDIS_DB when set, else the database in REDIS_URL's path, else 0 — as the worker reads it. */
function redisDb(env: NodeJS.ProcessEnv): number {
  if (envValue(env, 'REDIS_DB') !== undefined) return envInt(env, 'REDIS_DB', 0, 0, 65535);
  const path = env.REDIS_URL ? /^rediss?:\/\/[^/]*\/(\d+)/.exec(env.REDIS_URL)?.[1] : undefined;
  return path ? Number(path) : 0;
}

export const API_CONFIG = Symbol('API_CONFIG');
