import { ConfigError } from '@act/domain';
import { loadConfig } from './config';

const PRODUCTION = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://act.kommune.dk',
  DATABASE_APP_URL: 'postgres://act_app:pw@db:5432/act',
  REDIS_URL: 'redis://redis:6379/0',
};

describe('loadConfig (API)', () => {
  it('has local defaults: this machine only, metrics and tracing off', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      production: false,
      redisUrl: 'redis://127.0.0.1:63799',
      poolSize: 20,
      log: { level: 'info', pretty: false },
      metrics: { host: '127.0.0.1', port: null },
      tracing: false,
      trustedProxies: { addresses: ['loopback'], hops: 1 },
      session: { secureCookie: true, cookieName: '__Host-act_session' },
    });
    expect(config.sso.publicUrl).toBeNull();
  });

  it('reads the environment', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      PUBLIC_URL: 'https://act.kommune.dk/',
      LOG_LEVEL: 'warn',
      METRICS_PORT: '9100',
      TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.1, uniquelocal, ::1',
      TRUSTED_PROXY_HOPS: '2',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      log: { level: 'warn' },
      metrics: { host: '0.0.0.0', port: 9100 },
      tracing: true,
      trustedProxies: { addresses: ['10.0.0.0/8', '192.168.1.1', 'uniquelocal', '::1'], hops: 2 },
    });
    expect(config.sso.publicUrl).toBe('https://act.kommune.dk');
    expect(loadConfig({ SSO_PUBLIC_URL: 'http://localhost:5173' }).sso.publicUrl).toBe('http://localhost:5173');
  });

  it('names the variable and what is expected for a bad value', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ PORT: 'abc' }, /^PORT must be a port number 1–65535, got "abc"$/],
      [{ HOST: 'not a host' }, /^HOST must be an address/],
      [{ LOG_LEVEL: 'chatty' }, /^LOG_LEVEL must be one of/],
      [{ TRUSTED_PROXIES: 'proxy.internal' }, /^TRUSTED_PROXIES must be a comma-separated list/],
      [{ TRUSTED_PROXIES: '10.0.0.0/33' }, /^TRUSTED_PROXIES/],
      [{ TRUSTED_PROXY_HOPS: '-1' }, /^TRUSTED_PROXY_HOPS must be a whole number from 0 to 10/],
      [{ SESSION_COOKIE_SECURE: 'nah' }, /^SESSION_COOKIE_SECURE must be true or false/],
      [{ REDIS_URL: 'http://redis' }, /^REDIS_URL must start with redis:\/\/ or rediss:\/\//],
      [{ DATABASE_APP_URL: 'mysql://x:secret@h/db' }, /^DATABASE_APP_URL must start with postgres:\/\//],
      [{ ACT_DATABASE: 'act; drop' }, /^ACT_DATABASE must be a lower-case database name/],
      [{ METRICS_PORT: '99999' }, /^METRICS_PORT must be a port number/],
      [{ PUBLIC_URL: 'act.kommune.dk' }, /^PUBLIC_URL must be a URL/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    }
    expect(() => loadConfig({ DATABASE_APP_URL: 'mysql://x:secret@h/db' })).not.toThrow(/secret/);
  });

  it('in production requires the must-haves and refuses unsafe switches', () => {
    expect(loadConfig(PRODUCTION)).toMatchObject({ production: true, metrics: { port: 9464 }, databaseUrl: PRODUCTION.DATABASE_APP_URL });
    for (const name of ['PUBLIC_URL', 'DATABASE_APP_URL', 'REDIS_URL'] as const) {
      expect(() => loadConfig({ ...PRODUCTION, [name]: '' })).toThrow(new RegExp(`^${name} must be set when NODE_ENV=production`));
    }
    // The app role's URL may be derived from an admin URL and a real password.
    expect(loadConfig({ ...PRODUCTION, DATABASE_APP_URL: '', DATABASE_URL: 'postgres://admin:a@db/postgres', ACT_APP_PASSWORD: 'pw' }).databaseUrl).toBe(
      'postgres://act_app:pw@db/act',
    );
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: 'http://act.kommune.dk' })).toThrow(/^PUBLIC_URL must start with https:\/\//);
    expect(() => loadConfig({ ...PRODUCTION, SESSION_COOKIE_SECURE: 'false' })).toThrow(/^SESSION_COOKIE_SECURE must not be false/);
    expect(() => loadConfig({ ...PRODUCTION, LOG_PRETTY: 'true' })).toThrow(/^LOG_PRETTY must not be true/);
  });
});
