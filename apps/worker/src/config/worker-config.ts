import { databaseUrls } from '@act/db';
import { ConfigError, envBool, envHost, envLogLevel, envMetricsPort, envPort, envUrl, envValue, requireInProduction, type LogLevelName } from '@act/domain';
import type { RedisOptions } from 'ioredis';
import { WorkerConfigError } from './config-error';
import { loadMailConfig, type MailConfig } from './mail-config';

export { WorkerConfigError } from './config-error';

/**
 * Worker configuration, read from the environment when the app boots (never at import time,
 * so tests can point the worker at their own Redis database and PostgreSQL).
 */
export interface WorkerConfig {
  redis: RedisOptions;
  /** URL of the application role (not superuser, not BYPASSRLS), so row-level security applies. */
  databaseUrl: string;
  healthHost: string;
  healthPort: number;
  mail: MailConfig;
  production: boolean;
  /** pino level; `pretty` only outside production. */
  log: { level: LogLevelName; pretty: boolean };
  /** Prometheus /metrics on its own server; `port` null = off, 0 = any free port (tests). */
  metrics: { host: string; port: number | null };
  /** OpenTelemetry tracing (OTEL_ENABLED, or an OTLP endpoint given). */
  tracing: boolean;
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:63799';

/**
 * Throws a ConfigError (WorkerConfigError for the older checks) naming the variable; with
 * NODE_ENV=production the database, Redis and mail settings must be given.
 */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const production = env.NODE_ENV === 'production';
  requireInProduction(production, 'REDIS_URL', envValue(env, 'REDIS_URL') !== undefined);
  envUrl(env, 'DATABASE_APP_URL', ['postgres:', 'postgresql:'], 'postgres://act_app:…@db:5432/act');
  envUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://act_app:…@db:5432/act');
  requireInProduction(
    production,
    'DATABASE_APP_URL',
    ['ACT_WORKER_DATABASE_URL', 'DATABASE_APP_URL'].some((n) => envValue(env, n) !== undefined) ||
      (envValue(env, 'DATABASE_URL') !== undefined && envValue(env, 'ACT_APP_PASSWORD') !== undefined),
    'or DATABASE_URL and ACT_APP_PASSWORD',
  );
  const pretty = envBool(env, 'LOG_PRETTY', false);
  if (production && pretty) throw new ConfigError('LOG_PRETTY must not be true when NODE_ENV=production (logs are JSON lines)');
  const healthHost = envHost(env, 'WORKER_HEALTH_HOST', '127.0.0.1');
  return {
    redis: redisOptions(env.REDIS_URL || DEFAULT_REDIS_URL, env.REDIS_DB),
    databaseUrl: workerDatabaseUrl(env),
    healthHost,
    healthPort: envPort(env, 'WORKER_HEALTH_PORT', 3001, true),
    mail: loadMailConfig(env),
    production,
    log: { level: envLogLevel(env), pretty },
    metrics: { host: envHost(env, 'METRICS_HOST', healthHost), port: envMetricsPort(env, production) },
    tracing: envBool(env, 'OTEL_ENABLED', false) || envValue(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') !== undefined,
  };
}

/** ioredis options from a redis:// or rediss:// URL; REDIS_DB (when set) overrides the URL's database. */
export function redisOptions(redisUrl: string, redisDb?: string): RedisOptions {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    throw new WorkerConfigError('REDIS_URL is not a valid URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new WorkerConfigError('REDIS_URL must start with redis:// or rediss://');
  }
  const pathDb = url.pathname.replace(/^\//, '');
  const db = redisDb !== undefined && redisDb !== '' ? redisDbNumber(redisDb, 'REDIS_DB') : pathDb ? redisDbNumber(pathDb, 'REDIS_URL database') : 0;
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db,
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * ACT_WORKER_DATABASE_URL when set (tests point the worker at their own database), else the
 * application role's URL as packages/db derives it for the API too (DATABASE_APP_URL, or
 * DATABASE_URL with the act_app credentials and the ACT_DATABASE database).
 */
export function workerDatabaseUrl(env: NodeJS.ProcessEnv): string {
  if (env.ACT_WORKER_DATABASE_URL) return env.ACT_WORKER_DATABASE_URL;
  try {
    return databaseUrls(env).app;
  } catch (error) {
    throw new WorkerConfigError((error as Error).message);
  }
}

function redisDbNumber(value: string, name: string): number {
  if (!/^\d{1,5}$/.test(value)) throw new WorkerConfigError(`${name} must be a non-negative integer`);
  return Number(value);
}
