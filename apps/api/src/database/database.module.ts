import { createDataSource } from '@act/db';
import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config';
import { countingLogger } from './query-counter';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** The application role's connection pool. RLS applies to every query made through it. */
@Global()
@Module({
  providers: [
    {
      provide: DATA_SOURCE,
      inject: [API_CONFIG],
      useFactory: async (config: ApiConfig) => {
        const ds = createDataSource({
          url: config.databaseUrl,
          poolSize: config.poolSize,
          applicationName: 'act-api',
          requestTimeouts: true,
          ...(config.countQueries ? { logger: countingLogger } : {}),
        });
        return ds.initialize();
      },
    },
    DataSourceCloser,
  ],
  exports: [DATA_SOURCE],
})
export class DatabaseModule {}
