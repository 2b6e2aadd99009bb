import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { PermissionGuard } from './auth/permission.guard';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { RequestContextFactory } from './common/request/request-context.factory';
import { RequestModule } from './common/request/request.module';
import { RejectNulPipe } from './common/validation/reject-nul.pipe';
import { createValidationPipe } from './common/validation/validation.pipe';
import { API_CONFIG, type ApiConfig } from './config';
import { ConfigModule } from './config.module';
import { DatabaseModule } from './database/database.module';
import { FEATURE_MODULES } from './feature-modules';
import { graphqlOptions } from './graphql/graphql-options';
import { loggerParams } from './runtime/logging';
import { ApiMetrics } from './runtime/metrics';
import { RuntimeModule } from './runtime/runtime.module';
import './common/graphql/enums';

/**
 * The application: configuration, the database pool, the GraphQL server, the feature modules,
 * and what applies to every operation (error filter, permission guard, input pipes).
 */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [API_CONFIG], useFactory: (config: ApiConfig) => loggerParams(config) }),
    DatabaseModule,
    RuntimeModule,
    RequestModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RequestModule],
      inject: [API_CONFIG, RequestContextFactory, ApiMetrics],
      useFactory: (config: ApiConfig, contexts: RequestContextFactory, metrics: ApiMetrics) => graphqlOptions(config, contexts, metrics),
    }),
    ...FEATURE_MODULES,
  ],
  providers: [
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    { provide: APP_GUARD, useClass: PermissionGuard },
    { provide: APP_PIPE, useClass: RejectNulPipe },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
