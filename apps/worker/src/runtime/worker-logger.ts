import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { WorkerConfig } from '../config/worker-config';

/**
 * The worker's logs: JSON lines on stdout (pino) at LOG_LEVEL, `context` naming the part that
 * logged. What is logged are job names and ids, counts and error types — never a job's payload.
 * LOG_PRETTY (never in production) prints readable lines through pino-pretty (a development
 * dependency, absent from the production image).
 */
export function createWorkerLogger(log: WorkerConfig['log'], destination?: DestinationStream): Logger {
  const options = {
    level: log.level,
    base: { service: 'act-worker' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  destination ??= log.pretty ? prettyStream() : undefined;
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's LoggerService on pino: `log(message, context)`, `error(message, stack?, context)`. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    // Nest passes (message, stack, context); the stack is left out: it repeats the message.
    this.write('error', message, rest.length > 1 ? rest.slice(-1) : rest.filter((r) => typeof r === 'string' && !r.includes('\n')));
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', message: unknown, rest: unknown[]): void {
    const context = rest.length && typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const fields = context ? { context } : {};
    if (message instanceof Error) this.logger[level]({ ...fields, err: { type: message.name } }, message.message);
    else if (typeof message === 'string') this.logger[level](fields, message);
    else this.logger[level]({ ...fields, data: message });
  }
}

function prettyStream(): DestinationStream {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as (options: object) => DestinationStream;
  return pretty({ singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
}
