import { AccessLogModule } from './access-log/access-log.module';
import { AgreementsModule } from './agreements/agreements.module';
import { AuthModule } from './auth/auth.module';
import { CarePlansModule } from './care-plans/care-plans.module';
import { CaseloadModule } from './caseload/caseload.module';
import { CitizensModule } from './citizens/citizens.module';
import { FidelityModule } from './fidelity/fidelity.module';
import { FunctionDescriptionsModule } from './function-descriptions/function-descriptions.module';
import { GroupSessionsModule } from './group-sessions/group-sessions.module';
import { HealthModule } from './health/health.module';
import { ImplementationModule } from './implementation/implementation.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MfaModule } from './mfa/mfa.module';
import { NetworkMeetingsModule } from './network-meetings/network-meetings.module';
import { ReadinessModule } from './readiness/readiness.module';
import { OperationsModule } from './operations/operations.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SessionsModule } from './sessions/sessions.module';
import { SsoModule } from './sso/sso.module';
import { StartPageModule } from './start-page/start-page.module';
import { SteeringDashboardModule } from './steering-dashboard/steering-dashboard.module';
import { TeamBoardModule } from './team-board/team-board.module';
import { TeamsModule } from './teams/teams.module';
import { TenantSettingsModule } from './tenant-settings/tenant-settings.module';
import { TransitionsModule } from './transitions/transitions.module';
import { UsersModule } from './users/users.module';
import { VisitsModule } from './visits/visits.module';

/**
 * Every capability of the API, one Nest module each (ADR 0010). AppModule imports them and the
 * schema emitter reads their resolvers from here, so a new module is added in one place.
 */
export const FEATURE_MODULES = [
  AuthModule,
  TeamsModule,
  CitizensModule,
  UsersModule,
  AccessLogModule,
  CaseloadModule,
  CarePlansModule,
  VisitsModule,
  MeetingsModule,
  SchedulingModule,
  TeamBoardModule,
  NetworkMeetingsModule,
  FunctionDescriptionsModule,
  ImplementationModule,
  HealthModule,
  StartPageModule,
  NotificationsModule,
  OperationsModule,
  SteeringDashboardModule,
  TenantSettingsModule,
  ReadinessModule,
  SsoModule,
  AgreementsModule,
  TransitionsModule,
  MfaModule,
  SessionsModule,
  FidelityModule,
  GroupSessionsModule,
];
