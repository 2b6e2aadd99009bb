import type { Params } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { stdTimeFunctions } from 'pino';
import type { LogLevelName } from '@act/domain';
import type { ApiConfig } from '../config';

/**
 * What a request line may say about who did what: set by the GraphQL context and plugin (ids and
 * the operation's name only — never arguments, variables or answers).
 */
export interface RequestLogFields {
  operation?: string;
  operationType?: string;
  tenantId?: string;
  userId?: string;
  /** GraphQL error codes of the answer (e.g. FORBIDDEN), never their messages. */
  errorCodes?: string[];
}

type LoggedRequest = IncomingMessage & { id?: unknown; actLog?: RequestLogFields; originalUrl?: string };

/**
 * Set by createApp for in-process runs (tests, the bench): a quieter level than LOG_LEVEL, or a
 * stream that captures the lines. Production reads LOG_LEVEL only.
 */
export const logOverrides: { level?: LogLevelName; destination?: DestinationStream } = {};

/** Nest's level names (createApp's `logger` option) as the least severe pino level they ask for. */
export function pinoLevelFor(levels: readonly string[]): LogLevelName {
  const order: Array<[string, LogLevelName]> = [['verbose', 'trace'], ['debug', 'debug'], ['log', 'info'], ['warn', 'warn'], ['error', 'error'], ['fatal', 'fatal']];
  return order.find(([nest]) => levels.includes(nest))?.[1] ?? 'silent';
}

/** The request's log fields, created on first use. */
export function requestLogFields(req: object): RequestLogFields {
  const r = req as LoggedRequest;
  return (r.actLog ??= {});
}

/**
 * The path without its query string, and without the secret part of a calendar feed's address
 * (`/calendar/<token>.ics`). SSO callbacks carry code and state in the query: dropped with it.
 */
export function safePath(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0].split('#')[0];
  if (path.startsWith('/calendar/')) return '/calendar/:feed';
  return path.length > 100 ? `${path.slice(0, 100)}…` : path;
}

/** The viewer's tenant and user ids on the request's log line (nothing else of theirs). */
export function noteViewer(req: object, viewer: { tenantId: string; userId: string } | null): void {
  const fields = requestLogFields(req);
  if (viewer) {
    fields.tenantId = viewer.tenantId;
    fields.userId = viewer.userId;
  }
}

/** A GraphQL operation name as it may appear in logs and metrics: a plain identifier, or nothing. */
export function safeOperationName(name: string | null | undefined): string | undefined {
  return name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : undefined;
}

/**
 * nestjs-pino / pino-http options: JSON lines on stdout, one per request with the server's request
 * id (`reqId`, also the access log's and the `x-request-id` header's), method, path, status,
 * duration, operation, tenant and user. No headers (so no cookie or Authorization), no bodies.
 * `destination` lets a test capture the lines.
 */
export function loggerParams(config: ApiConfig, destination: DestinationStream | undefined = logOverrides.destination): Params {
  const options = {
    level: logOverrides.level ?? config.log.level,
    base: { service: 'act-api' },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // A second line of defence: nothing below logs headers, but should anyone add them.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.cpr'], censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (req: { method?: string; url?: string; raw?: LoggedRequest }) => ({
        method: req.method,
        path: safePath(req.raw?.originalUrl ?? req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (err: { type?: string; code?: unknown; constructor?: { name?: string } }) => ({
        type: err?.constructor?.name ?? 'Error',
        ...(typeof err?.code === 'string' ? { code: err.code } : {}),
      }),
    },
    customProps: (req: IncomingMessage) => ({ ...(req as LoggedRequest).actLog }),
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : 'info',
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    // Probes every few seconds would drown the lines that matter.
    autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
    quietReqLogger: true,
  };
  destination ??= config.log.pretty ? prettyStream() : undefined;
  return {
    pinoHttp: destination ? [options, destination] : options,
    // Nest's own messages ("Mapped {/graphql, POST}") go to pino too, as `context`.
    renameContext: 'context',
  } as unknown as Params;
}

/**
 * LOG_PRETTY: readable lines through pino-pretty, a development dependency — absent from the
 * production image, where the configuration refuses LOG_PRETTY anyway.
 */
export function prettyStream(): DestinationStream {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as (options: object) => DestinationStream;
  return pretty({ singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
}
