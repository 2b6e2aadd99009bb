// First: tracing (when switched on) must be in place before express, pg, ioredis and graphql load.
import './tracing';
import 'reflect-metadata';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { json, type NextFunction, type Request, type Response } from 'express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { ConfigError } from '@act/domain';
import { API_CONFIG, loadConfig, type ApiConfig } from './config';
import { logOverrides, pinoLevelFor } from './runtime/logging';
import { ApiMetrics } from './runtime/metrics';
import { securityHeaders } from './runtime/security-headers';

/**
 * The API, not yet listening. `logger`: Nest level names for an in-process run (tests, the
 * bench) that wants fewer lines than LOG_LEVEL; `logDestination` captures the JSON lines.
 */
export async function createApp(options: { logger?: LogLevel[]; logDestination?: DestinationStream } = {}): Promise<NestExpressApplication> {
  logOverrides.level = options.logger ? pinoLevelFor(options.logger) : undefined;
  logOverrides.destination = options.logDestination;
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    // Held until pino takes over below, so that even Nest's boot lines are JSON.
    bufferLogs: true,
    abortOnError: false,
    // Our own JSON parser below, so that a body it refuses gets a GraphQL-shaped Danish answer.
    bodyParser: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  const config = app.get<ApiConfig>(API_CONFIG);
  app.use(app.get(ApiMetrics).http());
  app.use(securityHeaders(config));
  app.use(json({ limit: BODY_LIMIT }));
  app.use(refusedBody);
  app.use(cookieParser());
  // Queries go by POST only, so nothing asked for (a CPR number in accessLogExtract) ends up in a URL.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET') {
      res.status(405).set('allow', 'POST').json({ errors: [{ message: 'Brug POST.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next();
  });
  trustProxies(app, config.trustedProxies);
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  return app;
}

/** The largest request body: far above any real mutation (an import of 200 rows is ~30 KB). */
const BODY_LIMIT = '100kb';

/**
 * A body the JSON parser refused (too large — e.g. a list of thousands of items — or not JSON)
 * is the client's fault: 413/400 with a GraphQL error in Danish, not the framework's English.
 */
function refusedBody(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: 'Forespørgslen er for stor. Send færre eller kortere oplysninger ad gangen.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    return;
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(400).json({ errors: [{ message: 'Forespørgslen kunne ikke læses. Prøv igen.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
}

/**
 * `req.ip` (the login limits' key) is the client address only as far as trusted proxies say
 * so: at most `hops` of them, each at a listed address. The default — one loopback hop — means
 * a chain the client wrote itself ("X-Forwarded-For: 203.0.113.9, 127.0.0.1") names nobody
 * but the last proxy's peer. The proxy must overwrite the header (apps/web/vite.config.ts).
 */
function trustProxies(app: NestExpressApplication, trusted: ApiConfig['trustedProxies']): void {
  if (!trusted.hops || !trusted.addresses.length) {
    app.set('trust proxy', false);
    return;
  }
  // Express compiles the list (names, IPs, CIDRs) into a function; cap it at `hops`.
  const express = app.getHttpAdapter().getInstance() as { set(k: string, v: unknown): void; get(k: string): unknown };
  express.set('trust proxy', trusted.addresses);
  const listed = express.get('trust proxy fn') as (address: string, hop: number) => boolean;
  express.set('trust proxy', (address: string, hop: number) => hop < trusted.hops && listed(address, hop));
}

async function main(): Promise<void> {
  // Checked before anything starts, so a bad value is one clear line, not a framework trace.
  try {
    loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`[api] configuration: ${error.message}\n`);
    process.exit(1);
  }
  const app = await createApp();
  const config = app.get<ApiConfig>(API_CONFIG);
  await app.listen(config.port, config.host);
  app.get(PinoNestLogger).log(`GraphQL on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`, 'Bootstrap');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // Not through pino: it may be what failed. The message names what (e.g. a refused connection).
    process.stderr.write(`[api] failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
