/**
 * Writes the GraphQL schema (schema.graphql) from the code-first resolvers, without a database.
 * CI compares it with the committed file.
 */
import 'reflect-metadata';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_MODULES } from './feature-modules';
import './common/graphql/enums';

/** The resolvers the feature modules register (what @Resolver marks), read from the modules themselves. */
export const RESOLVERS = FEATURE_MODULES.flatMap((module) => (Reflect.getMetadata('providers', module) ?? []) as unknown[]).filter(
  (provider): provider is Type => typeof provider === 'function' && Reflect.hasMetadata('graphql:resolver_type', provider),
);

async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  const header = '# Generated from the API code by `npm run schema -w @act/api`. Do not edit.\n\n';
  const target = join(__dirname, '..', 'schema.graphql');
  writeFileSync(target, header + printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`schema written to ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
