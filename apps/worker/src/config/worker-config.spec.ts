import { loadWorkerConfig, redisOptions, WorkerConfigError, workerDatabaseUrl } from './worker-config';

describe('loadWorkerConfig', () => {
  it('has local defaults', () => {
    const config = loadWorkerConfig({});
    expect(config.redis).toEqual({ host: '127.0.0.1', port: 63799, db: 0 });
    expect(config.databaseUrl).toBe('postgres://act_app:act_app_local@127.0.0.1:54329/act');
    expect(config.healthPort).toBe(3001);
    expect(config.healthHost).toBe('127.0.0.1');
  });

  it('reads the environment', () => {
    const config = loadWorkerConfig({
      REDIS_URL: 'rediss://user:p%40ss@redis.internal:6380/2',
      REDIS_DB: '6',
      WORKER_HEALTH_PORT: '0',
      WORKER_HEALTH_HOST: '0.0.0.0',
    });
    expect(config.redis).toEqual({ host: 'redis.internal', port: 6380, username: 'user', password: 'p@ss', db: 6, tls: {} });
    expect(config.healthPort).toBe(0);
    expect(config.healthHost).toBe('0.0.0.0');
  });

  it('refuses bad values with a clear error', () => {
    expect(() => loadWorkerConfig({ REDIS_URL: 'http://x' })).toThrow(WorkerConfigError);
    expect(() => loadWorkerConfig({ REDIS_URL: 'nope' })).toThrow(WorkerConfigError);
    expect(() => loadWorkerConfig({ REDIS_DB: '-1' })).toThrow(/REDIS_DB/);
    expect(() => loadWorkerConfig({ WORKER_HEALTH_PORT: '70000' })).toThrow(/WORKER_HEALTH_PORT/);
  });
});

describe('redisOptions', () => {
  it('takes the database from the URL path unless REDIS_DB is set', () => {
    expect(redisOptions('redis://h:1/3').db).toBe(3);
    expect(redisOptions('redis://h:1/3', '').db).toBe(3);
    expect(redisOptions('redis://h:1/3', '5').db).toBe(5);
    expect(redisOptions('redis://h').port).toBe(6379);
    expect(redisOptions('redis://[::1]:7000')).toMatchObject({ host: '::1', port: 7000 });
  });
});

describe('workerDatabaseUrl', () => {
  it('prefers an explicit worker URL, then the app URL', () => {
    expect(workerDatabaseUrl({ ACT_WORKER_DATABASE_URL: 'postgres://w@h/db', DATABASE_APP_URL: 'postgres://a@h/db' })).toBe(
      'postgres://w@h/db',
    );
    expect(workerDatabaseUrl({ DATABASE_APP_URL: 'postgres://a@h/db' })).toBe('postgres://a@h/db');
  });

  it('derives the app role URL from DATABASE_URL', () => {
    expect(
      workerDatabaseUrl({ DATABASE_URL: 'postgres://admin:secret@db.internal:5432/postgres?sslmode=require', ACT_DATABASE: 'act_test', ACT_APP_PASSWORD: 'x/y' }),
    ).toBe('postgres://act_app:x%2Fy@db.internal:5432/act_test?sslmode=require');
  });

  it('refuses an unsafe database name', () => {
    expect(() => workerDatabaseUrl({ ACT_DATABASE: 'act; drop' })).toThrow(WorkerConfigError);
  });
});

describe('loadWorkerConfig: logs, metrics and production', () => {
  const PRODUCTION = {
    NODE_ENV: 'production',
    REDIS_URL: 'redis://redis:6379/0',
    DATABASE_APP_URL: 'postgres://act_app:pw@db:5432/act',
    SMTP_URL: 'smtp://mail:25',
    MAIL_FROM: 'no-reply@kommune.dk',
    PUBLIC_URL: 'https://act.kommune.dk',
  };

  it('defaults: info logs, metrics off outside production and on 9464 in it', () => {
    expect(loadWorkerConfig({})).toMatchObject({ production: false, log: { level: 'info', pretty: false }, metrics: { port: null }, tracing: false });
    expect(loadWorkerConfig(PRODUCTION)).toMatchObject({ production: true, metrics: { port: 9464, host: '127.0.0.1' } });
    expect(loadWorkerConfig({ WORKER_HEALTH_HOST: '0.0.0.0', METRICS_PORT: '0', LOG_LEVEL: 'debug', OTEL_ENABLED: 'true' })).toMatchObject({
      metrics: { port: 0, host: '0.0.0.0' },
      log: { level: 'debug' },
      tracing: true,
    });
  });

  it('names the variable for bad values and missing production settings', () => {
    expect(() => loadWorkerConfig({ WORKER_HEALTH_PORT: 'abc' })).toThrow('WORKER_HEALTH_PORT must be a port number 0–65535, got "abc"');
    expect(() => loadWorkerConfig({ LOG_LEVEL: 'x' })).toThrow(/^LOG_LEVEL must be one of/);
    expect(() => loadWorkerConfig({ DATABASE_APP_URL: 'http://db' })).toThrow(/^DATABASE_APP_URL must start with postgres:\/\//);
    for (const name of ['REDIS_URL', 'DATABASE_APP_URL'] as const) {
      expect(() => loadWorkerConfig({ ...PRODUCTION, [name]: '' })).toThrow(new RegExp(`^${name} must be set when NODE_ENV=production`));
    }
    expect(() => loadWorkerConfig({ ...PRODUCTION, LOG_PRETTY: '1' })).toThrow(/^LOG_PRETTY must not be true/);
  });
});
