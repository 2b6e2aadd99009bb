import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessLogResolver } from './access-log/access-log.resolver';
import { AccessLogService } from './access-log/access-log.service';
import { AdmissionService } from './caseload/admission.service';
import { CaseloadResolver, CitizenCaseloadResolver } from './caseload/caseload.resolver';
import { CaseloadOverviewService } from './caseload/caseload-overview.service';
import { CaseloadService } from './caseload/caseload.service';
import { RebalancingService } from './caseload/rebalancing.service';
import { CARE_PLAN_RESOLVERS } from './care-plans/care-plans.resolver';
import { CarePlansService } from './care-plans/care-plans.service';
import { ConsentsService } from './care-plans/consents.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PermissionGuard } from './auth/permission.guard';
import { SessionService } from './auth/session.service';
import { CitizensResolver } from './citizens/citizens.resolver';
import { CitizensService } from './citizens/citizens.service';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { RequestContextFactory } from './common/request/request-context.factory';
import { RejectNulPipe } from './common/validation/reject-nul.pipe';
import { createValidationPipe } from './common/validation/validation.pipe';
import { API_CONFIG, type ApiConfig } from './config';
import { ConfigModule } from './config.module';
import { DatabaseModule } from './database/database.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { TeamMembersResolver } from './teams/team-members.resolver';
import { TeamsResolver } from './teams/teams.resolver';
import { TeamsService } from './teams/teams.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';
import { CalendarFeedController } from './visits/calendar-feed.controller';
import { CalendarFeedResolver } from './visits/calendar-feed.resolver';
import { CalendarFeedService } from './visits/calendar-feed.service';
import { CitizenVisitsResolver, TeamVisitSettingsResolver, VisitsResolver } from './visits/visits.resolver';
import { VisitsService } from './visits/visits.service';
import { FunctionDescriptionsResolver } from './function-descriptions/function-descriptions.resolver';
import { FunctionDescriptionsService } from './function-descriptions/function-descriptions.service';
import { CitizenSignalsAdapter } from './meetings/citizen-signals.adapter';
import { CitizenMeetingsResolver, MeetingsResolver } from './meetings/meetings.resolver';
import { MeetingsService } from './meetings/meetings.service';
import { CitizenNetworkMeetingsResolver, NetworkMeetingsResolver } from './network-meetings/network-meetings.resolver';
import { NetworkMeetingsService } from './network-meetings/network-meetings.service';
import { CitizenTeamBoardResolver, TeamBoardResolver } from './team-board/team-board.resolver';
import { TeamBoardService } from './team-board/team-board.service';
import './common/graphql/enums';

/** What every request needs: its session and its context (transaction, loaders, audit). */
@Module({
  providers: [SessionService, RequestContextFactory],
  exports: [SessionService, RequestContextFactory],
})
class RequestModule {}

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    RequestModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RequestModule],
      inject: [API_CONFIG, RequestContextFactory],
      useFactory: (config: ApiConfig, contexts: RequestContextFactory) => graphqlOptions(config, contexts),
    }),
  ],
  controllers: [HealthController, CalendarFeedController],
  providers: [
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    { provide: APP_GUARD, useClass: PermissionGuard },
    { provide: APP_PIPE, useClass: RejectNulPipe },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    AuthService,
    AuthResolver,
    TeamsService,
    TeamsResolver,
    TeamMembersResolver,
    CitizensService,
    CitizensResolver,
    UsersService,
    UsersResolver,
    AccessLogService,
    AccessLogResolver,
    CaseloadService,
    CaseloadOverviewService,
    RebalancingService,
    AdmissionService,
    CaseloadResolver,
    CitizenCaseloadResolver,
    CarePlansService,
    ConsentsService,
    ...CARE_PLAN_RESOLVERS,
    VisitsService,
    VisitsResolver,
    CitizenVisitsResolver,
    TeamVisitSettingsResolver,
    CalendarFeedService,
    CalendarFeedResolver,
    CitizenSignalsAdapter,
    MeetingsService,
    MeetingsResolver,
    CitizenMeetingsResolver,
    TeamBoardService,
    TeamBoardResolver,
    CitizenTeamBoardResolver,
    NetworkMeetingsService,
    NetworkMeetingsResolver,
    CitizenNetworkMeetingsResolver,
    FunctionDescriptionsService,
    FunctionDescriptionsResolver,
  ],
})
export class AppModule {}
