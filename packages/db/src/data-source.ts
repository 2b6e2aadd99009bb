import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
  /** Receives every query (tests count statements per request with it). */
  logger?: Logger;
  /**
   * Guards for serving requests: wait at most 10 s for a pooled connection, end sessions idle in
   * a transaction after 60 s and statements after 30 s, so one stuck request cannot hold the pool.
   */
  requestTimeouts?: boolean;
}

/** The one way to build a DataSource: migrations only, never synchronize. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'act',
    logging: false,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.requestTimeouts
      ? {
          extra: {
            connectionTimeoutMillis: 10_000,
            options: '-c idle_in_transaction_session_timeout=60000 -c statement_timeout=30000',
          },
        }
      : {}),
  });
}
