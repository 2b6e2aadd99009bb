/**
 * Reading the runtime environment (API and worker) with one clear error per bad value: the
 * message names the variable and what is expected. A value is echoed only where it cannot be a
 * secret (ports, levels, flags); URLs may carry passwords and are never echoed.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** The value trimmed, or undefined when unset or blank. */
export function envValue(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A TCP port 1–65535 (`allowZero`: 0 too, "any free port", for tests). */
export function envPort(env: Env, name: string, fallback: number, allowZero = false): number {
  const value = envValue(env, name);
  if (value === undefined) return fallback;
  const min = allowZero ? 0 : 1;
  if (!/^\d{1,5}$/.test(value) || Number(value) < min || Number(value) > 65535) {
    throw new ConfigError(`${name} must be a port number ${min}–65535, got ${shown(value)}`);
  }
  return Number(value);
}

/** A whole number within bounds. */
export function envInt(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const value = envValue(env, name);
  if (value === undefined) return fallback;
  if (!/^-?\d{1,15}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${shown(value)}`);
  }
  return Number(value);
}

export function envBool(env: Env, name: string, fallback: boolean): boolean {
  const value = envValue(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got ${shown(env[name]!.trim())}`);
}

export function envLogLevel(env: Env, name = 'LOG_LEVEL', fallback: LogLevelName = 'info'): LogLevelName {
  const value = envValue(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} must be one of ${LOG_LEVELS.join(', ')}, got ${shown(env[name]!.trim())}`);
  }
  return value as LogLevelName;
}

/** A bind address: an IPv4/IPv6 literal or a host name. */
export function envHost(env: Env, name: string, fallback: string): string {
  const value = envValue(env, name);
  if (value === undefined) return fallback;
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(value)) {
    throw new ConfigError(`${name} must be an address to listen on (e.g. 127.0.0.1 or 0.0.0.0), got ${shown(value)}`);
  }
  return value;
}

/**
 * A URL with one of `protocols` (e.g. ['postgres:', 'postgresql:']). Never echoed: it may hold a
 * password. `example` is shown instead.
 */
export function envUrl(env: Env, name: string, protocols: readonly string[], example: string): string | undefined {
  const value = envValue(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL like ${example}`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (e.g. ${example})`);
  }
  if (!url.hostname) throw new ConfigError(`${name} has no host (e.g. ${example})`);
  return value;
}

/** The public address of the web app, without a trailing slash; https only in production. */
export function envPublicUrl(env: Env, name: string, production: boolean): string | undefined {
  const value = envUrl(env, name, ['http:', 'https:'], 'https://act.kommune.dk');
  if (value === undefined) return undefined;
  const url = new URL(value);
  if (url.search || url.hash) throw new ConfigError(`${name} must not have a query or fragment`);
  if (production && url.protocol !== 'https:') throw new ConfigError(`${name} must start with https:// when NODE_ENV=production`);
  return url.toString().replace(/\/+$/, '');
}

/** `off`/unset → null (no metrics server), else a port (0 = any free port). */
export function envMetricsPort(env: Env, production: boolean, name = 'METRICS_PORT'): number | null {
  const value = envValue(env, name)?.toLowerCase();
  if (value === 'off' || value === 'false') return null;
  if (value === undefined) return production ? DEFAULT_METRICS_PORT : null;
  return envPort(env, name, DEFAULT_METRICS_PORT, true);
}

export const DEFAULT_METRICS_PORT = 9464;

export function requireInProduction(production: boolean, name: string, present: boolean, what = ''): void {
  if (production && !present) throw new ConfigError(`${name} must be set when NODE_ENV=production${what ? ` (${what})` : ''}`);
}
