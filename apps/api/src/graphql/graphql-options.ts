import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { ApiConfig } from '../config';
import { formatError } from '../common/errors/format-error';
import type { RequestContextFactory } from '../common/request/request-context.factory';
import { requestTransactionPlugin } from '../common/request/request-transaction.plugin';
import { loneAuthFieldPlugin } from './lone-auth-field.plugin';
import { noStorePlugin } from './no-store.plugin';
import { queryCostPlugin } from './query-cost.plugin';
import type { ApiMetrics } from '../runtime/metrics';
import { observabilityPlugin } from '../runtime/observability.plugin';

/** Limits sized for the web app's deepest screen with room to spare. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  /** Estimated fields returned, with `first` (literal or variable) multiplying its children. */
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
};

export function graphqlOptions(config: ApiConfig, contexts: RequestContextFactory, metrics: ApiMetrics): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    // Replaced by queryCostPlugin, which also reads `first` from variables.
    costLimit: { enabled: false },
    // graphql's own parser counts tokens (parseOptions below), answering 400 rather than 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    fieldResolverEnhancers: ['guards'],
    // Casts: Nest's types come from Apollo's CommonJS build, the armor's from its ESM build.
    // No cache hints are used: Apollo's cache-control plugin (on by default) would wrap every
    // field resolver of every answer for nothing; noStorePlugin sets the header it used to set.
    plugins: [ApolloServerPluginCacheControlDisabled(), noStorePlugin(), ...protection.plugins, queryCostPlugin(GRAPHQL_LIMITS.maxCost), loneAuthFieldPlugin(), requestTransactionPlugin(), observabilityPlugin(metrics)] as unknown as ApolloDriverConfig['plugins'],
    validationRules: protection.validationRules,
    formatError,
    context: ({ req, res }: { req: Request; res: Response }) => contexts.create(req, res),
  };
}
