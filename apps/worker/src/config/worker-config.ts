import { databaseUrls } from '@act/db';
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
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:63799';

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  return {
    redis: redisOptions(env.REDIS_URL || DEFAULT_REDIS_URL, env.REDIS_DB),
    databaseUrl: workerDatabaseUrl(env),
    healthHost: env.WORKER_HEALTH_HOST || '127.0.0.1',
    healthPort: port(env.WORKER_HEALTH_PORT, 3001),
    mail: loadMailConfig(env),
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

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new WorkerConfigError('WORKER_HEALTH_PORT must be an integer from 0 to 65535');
  }
  return Number(value);
}
