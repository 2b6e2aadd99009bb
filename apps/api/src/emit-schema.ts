/**
 * Writes the GraphQL schema (schema.graphql) from the code-first resolvers, without a database.
 * CI compares it with the committed file.
 */
import 'reflect-metadata';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccessLogResolver } from './access-log/access-log.resolver';
import { CaseloadResolver, CitizenCaseloadResolver } from './caseload/caseload.resolver';
import { CARE_PLAN_RESOLVERS } from './care-plans/care-plans.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { CitizensResolver } from './citizens/citizens.resolver';
import { TeamMembersResolver } from './teams/team-members.resolver';
import { TeamsResolver } from './teams/teams.resolver';
import { UsersResolver } from './users/users.resolver';
import { CalendarFeedResolver } from './visits/calendar-feed.resolver';
import { CitizenVisitsResolver, TeamVisitSettingsResolver, VisitsResolver } from './visits/visits.resolver';
import { FunctionDescriptionsResolver } from './function-descriptions/function-descriptions.resolver';
import { CitizenMeetingsResolver, MeetingsResolver } from './meetings/meetings.resolver';
import { CitizenNetworkMeetingsResolver, NetworkMeetingsResolver } from './network-meetings/network-meetings.resolver';
import { CitizenTeamBoardResolver, TeamBoardResolver } from './team-board/team-board.resolver';
import './common/graphql/enums';

export const RESOLVERS = [
  AuthResolver,
  TeamsResolver,
  TeamMembersResolver,
  CitizensResolver,
  UsersResolver,
  AccessLogResolver,
  CaseloadResolver,
  CitizenCaseloadResolver,
  ...CARE_PLAN_RESOLVERS,
  VisitsResolver,
  CitizenVisitsResolver,
  TeamVisitSettingsResolver,
  CalendarFeedResolver,
  MeetingsResolver,
  CitizenMeetingsResolver,
  TeamBoardResolver,
  CitizenTeamBoardResolver,
  NetworkMeetingsResolver,
  CitizenNetworkMeetingsResolver,
  FunctionDescriptionsResolver,
];

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
