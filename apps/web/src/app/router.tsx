import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { lazyPage } from './lazy-page';
import { Loading } from '../components/Loading';
import { AppShell } from './AppShell';
import { RequireRole } from './RequireRole';
import { RoleHome } from './RoleHome';
import { NotFoundPage, RouteError } from './RouteError';
import { copenhagenDateWithoutIntl, prefetchQuery } from './prefetch';
import { TeamCaseloadDocument } from '../features/caseload/graphql/caseload';
import { MyDayDocument } from '../features/visits/graphql/visits';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const LoginPage = lazyPage(() => import('../features/auth/routes/LoginPage'));
const MfaSetupPage = lazyPage(() => import('../features/auth/routes/MfaSetupPage'));
const AccountPage = lazyPage(() => import('../features/auth/routes/AccountPage'));
const AdminSsoPage = lazyPage(() => import('../features/admin/routes/AdminSsoPage'));
const MySessionsPage = lazyPage(() => import('../features/sessions/routes/MySessionsPage'));
const MyTeamsPage = lazyPage(() => import('../features/teams/routes/MyTeamsPage'));
const TeamPage = lazyPage(() => import('../features/teams/routes/TeamPage'));
const GroupSessionsPage = lazyPage(() => import('../features/group-sessions/routes/GroupSessionsPage'));
const CitizensPage = lazyPage(() => import('../features/citizens/routes/CitizensPage'));
const CitizenPage = lazyPage(() => import('../features/citizens/routes/CitizenPage'));
const CreateCitizenPage = lazyPage(() => import('../features/citizens/routes/CreateCitizenPage'));
const AdminTeamsPage = lazyPage(() => import('../features/admin/routes/AdminTeamsPage'));
const AdminTeamPage = lazyPage(() => import('../features/admin/routes/AdminTeamPage'));
const AdminUsersPage = lazyPage(() => import('../features/admin/routes/AdminUsersPage'));
const AdminJobQueuesPage = lazyPage(() => import('../features/admin/routes/AdminJobQueuesPage'));
const AccessLogPage = lazyPage(() => import('../features/access-log/routes/AccessLogPage'));
const CaseloadIndexPage = lazyPage(() => import('../features/caseload/routes/CaseloadIndexPage'));
const CaseloadPage = lazyPage(() => import('../features/caseload/routes/CaseloadPage'));
const MyCitizensPage = lazyPage(() => import('../features/caseload/routes/MyCitizensPage'));
const CarePlanPage = lazyPage(() => import('../features/care-plans/routes/CarePlanPage'));
const CarePlanVersionPage = lazyPage(() => import('../features/care-plans/routes/CarePlanVersionPage'));
const CarePlanPrintPage = lazyPage(() => import('../features/care-plans/routes/CarePlanPrintPage'));
const TeamMeetingsPage = lazyPage(() => import('../features/meetings/routes/TeamMeetingsPage'));
const TeamMeetingPage = lazyPage(() => import('../features/meetings/routes/TeamMeetingPage'));
const MyTasksPage = lazyPage(() => import('../features/meetings/routes/MyTasksPage'));
const TeamBoardPage = lazyPage(() => import('../features/team-board/routes/TeamBoardPage'));
const NetworkMeetingPage = lazyPage(() => import('../features/network-meetings/routes/NetworkMeetingPage'));
const NewNetworkMeetingPage = lazyPage(() => import('../features/network-meetings/routes/NewNetworkMeetingPage'));
const FunctionsPage = lazyPage(() => import('../features/function-descriptions/routes/FunctionsPage'));
const ImplementationPage = lazyPage(() => import('../features/implementation/routes/ImplementationPage'));
const FunctionRolePrintPage = lazyPage(() => import('../features/function-descriptions/routes/FunctionRolePrintPage'));
const SteeringDashboardPage = lazyPage(() => import('../features/dashboard/routes/SteeringDashboardPage'));
const TenantSettingsPage = lazyPage(() => import('../features/dashboard/routes/TenantSettingsPage'));
const MyDayPage = lazyPage(() => import('../features/visits/routes/MyDayPage'));
const MyWeekPage = lazyPage(() => import('../features/visits/routes/MyWeekPage'));
const TeamVisitsIndexPage = lazyPage(() => import('../features/visits/routes/TeamVisitsIndexPage'));
const TeamVisitsPage = lazyPage(() => import('../features/visits/routes/TeamVisitsPage'));
const PlanVisitPage = lazyPage(() => import('../features/visits/routes/PlanVisitPage'));
const NotificationsPage = lazyPage(() => import('../features/notifications/routes/NotificationsPage'));
const NotificationSettingsPage = lazyPage(() => import('../features/notifications/routes/NotificationSettingsPage'));
const VisitPage = lazyPage(() => import('../features/visits/routes/VisitPage'));
const TeamSchedulePage = lazyPage(() => import('../features/scheduling/routes/TeamSchedulePage'));
const NewSeriesPage = lazyPage(() => import('../features/scheduling/routes/NewSeriesPage'));
const EditSeriesPage = lazyPage(() => import('../features/scheduling/routes/EditSeriesPage'));
const OccurrencePage = lazyPage(() => import('../features/scheduling/routes/OccurrencePage'));
const SteeringMeetingsPage = lazyPage(() => import('../features/scheduling/routes/SteeringMeetingsPage'));
const AgreementsPage = lazyPage(() => import('../features/agreements/routes/AgreementsPage'));
const NewAgreementPage = lazyPage(() => import('../features/agreements/routes/NewAgreementPage'));
const AgreementPage = lazyPage(() => import('../features/agreements/routes/AgreementPage'));
const TeamFidelityPage = lazyPage(() => import('../features/fidelity/routes/TeamFidelityPage'));
const FidelityItemPage = lazyPage(() => import('../features/fidelity/routes/FidelityItemPage'));
const FidelityExportPage = lazyPage(() => import('../features/fidelity/routes/FidelityExportPage'));
const SteeringFidelityPage = lazyPage(() => import('../features/fidelity/routes/SteeringFidelityPage'));
const FidelityModelsPage = lazyPage(() => import('../features/fidelity/routes/FidelityModelsPage'));
const ReadinessPage = lazyPage(() => import('../features/readiness/routes/ReadinessPage'));
const NewReadinessRoundPage = lazyPage(() => import('../features/readiness/routes/NewReadinessRoundPage'));
const ReadinessRoundPage = lazyPage(() => import('../features/readiness/routes/ReadinessRoundPage'));
const AnswerReadinessPage = lazyPage(() => import('../features/readiness/routes/AnswerReadinessPage'));
const ReadinessStatementsPage = lazyPage(() => import('../features/readiness/routes/ReadinessStatementsPage'));

/**
 * What a route can start at start-up when it is the first page (main.tsx): its own query, with the
 * variables the page will use, so it goes out beside the session and the page's code. Only the
 * pages people open first on a phone; the page's useQuery takes the answer (prefetch.ts).
 */
export interface RouteHandle {
  prefetch?: (params: Record<string, string | undefined>, search: URLSearchParams) => void;
}

const staff = ['TEAM_LEADER', 'TEAM_MEMBER'] as const;
const admin = ['ADMIN'] as const;
const scheduling = ['TEAM_LEADER', 'TEAM_MEMBER', 'STEERING_GROUP'] as const;
/** Everyone who can be invited to a readiness round. */
const readiness = ['TEAM_LEADER', 'TEAM_MEMBER', 'STEERING_GROUP', 'ADMIN'] as const;

export const router = createBrowserRouter([
  {
    path: '/login',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<Loading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RoleHome /> },
      { path: 'teams', element: <RequireRole roles={[...staff]}><MyTeamsPage /></RequireRole> },
      { path: 'teams/:teamId', element: <RequireRole roles={[...staff]}><TeamPage /></RequireRole> },
      { path: 'teams/:teamId/caseload', handle: { prefetch: (p) => prefetchQuery(TeamCaseloadDocument, { teamId: p.teamId! }) } satisfies RouteHandle, element: <RequireRole roles={[...staff]}><CaseloadPage /></RequireRole> },
      { path: 'teams/:teamId/meetings', element: <RequireRole roles={[...staff]}><TeamMeetingsPage /></RequireRole> },
      { path: 'teams/:teamId/schedule', element: <RequireRole roles={[...staff]}><TeamSchedulePage /></RequireRole> },
      { path: 'teams/:teamId/schedule/new', element: <RequireRole roles={['TEAM_LEADER']}><NewSeriesPage /></RequireRole> },
      { path: 'series/:seriesId/edit', element: <RequireRole roles={['TEAM_LEADER', 'STEERING_GROUP']}><EditSeriesPage /></RequireRole> },
      { path: 'occurrences/:occurrenceId', element: <RequireRole roles={[...scheduling]}><OccurrencePage /></RequireRole> },
      { path: 'teams/:teamId/fidelity', element: <RequireRole roles={[...staff]}><TeamFidelityPage /></RequireRole> },
      { path: 'teams/:teamId/fidelity/items/:itemId', element: <RequireRole roles={[...staff]}><FidelityItemPage /></RequireRole> },
      { path: 'teams/:teamId/fidelity/export', element: <RequireRole roles={[...staff]}><FidelityExportPage /></RequireRole> },
      { path: 'teams/:teamId/groups', element: <RequireRole roles={[...staff]}><GroupSessionsPage /></RequireRole> },
      { path: 'teams/:teamId/board', element: <RequireRole roles={[...staff]}><TeamBoardPage /></RequireRole> },
      { path: 'teams/:teamId/functions', element: <RequireRole roles={[...staff]}><FunctionsPage /></RequireRole> },
      { path: 'function-roles/:roleId', element: <RequireRole roles={[...staff]}><FunctionRolePrintPage /></RequireRole> },
      { path: 'meetings/:meetingId', element: <RequireRole roles={[...staff]}><TeamMeetingPage /></RequireRole> },
      { path: 'meetings/:meetingId/minutes', element: <RequireRole roles={[...staff]}><TeamMeetingPage minutes /></RequireRole> },
      { path: 'tasks', element: <RequireRole roles={[...staff]}><MyTasksPage /></RequireRole> },
      { path: 'network-meetings/:meetingId', element: <RequireRole roles={[...staff]}><NetworkMeetingPage /></RequireRole> },
      { path: 'citizens/:citizenId/network-meetings/new', element: <RequireRole roles={[...staff]}><NewNetworkMeetingPage /></RequireRole> },
      { path: 'caseload', element: <RequireRole roles={[...staff]}><CaseloadIndexPage /></RequireRole> },
      { path: 'my-citizens', element: <RequireRole roles={[...staff]}><MyCitizensPage /></RequireRole> },
      { path: 'citizens', element: <RequireRole roles={[...staff]}><CitizensPage /></RequireRole> },
      { path: 'citizens/new', element: <RequireRole roles={[...staff]}><CreateCitizenPage /></RequireRole> },
      { path: 'agreements', element: <RequireRole roles={['STEERING_GROUP', 'ADMIN', 'TEAM_LEADER', 'TEAM_MEMBER']}><AgreementsPage /></RequireRole> },
      { path: 'agreements/new', element: <RequireRole roles={['STEERING_GROUP', 'ADMIN']}><NewAgreementPage /></RequireRole> },
      { path: 'agreements/:agreementId', element: <RequireRole roles={['STEERING_GROUP', 'ADMIN', 'TEAM_LEADER', 'TEAM_MEMBER']}><AgreementPage /></RequireRole> },
      { path: 'citizens/:citizenId', element: <RequireRole roles={[...staff]}><CitizenPage /></RequireRole> },
      { path: 'citizens/:citizenId/plan', element: <RequireRole roles={[...staff]}><CarePlanPage /></RequireRole> },
      { path: 'citizens/:citizenId/plan/versions/:versionId', element: <RequireRole roles={[...staff]}><CarePlanVersionPage /></RequireRole> },
      { path: 'citizens/:citizenId/plan/print', element: <RequireRole roles={[...staff]}><CarePlanPrintPage /></RequireRole> },
      { path: 'my-day', handle: { prefetch: (_, q) => prefetchQuery(MyDayDocument, { date: q.get('date') ?? copenhagenDateWithoutIntl() }) } satisfies RouteHandle, element: <RequireRole roles={[...staff]}><MyDayPage /></RequireRole> },
      { path: 'my-week', element: <RequireRole roles={[...staff]}><MyWeekPage /></RequireRole> },
      { path: 'team-visits', element: <RequireRole roles={[...staff]}><TeamVisitsIndexPage /></RequireRole> },
      { path: 'teams/:teamId/visits', element: <RequireRole roles={[...staff]}><TeamVisitsPage /></RequireRole> },
      { path: 'visits/new', element: <RequireRole roles={[...staff]}><PlanVisitPage /></RequireRole> },
      { path: 'visits/:visitId', element: <RequireRole roles={[...staff]}><VisitPage /></RequireRole> },
      { path: 'admin/teams', element: <RequireRole roles={[...admin]}><AdminTeamsPage /></RequireRole> },
      { path: 'admin/teams/:teamId', element: <RequireRole roles={[...admin]}><AdminTeamPage /></RequireRole> },
      { path: 'admin/users', element: <RequireRole roles={[...admin]}><AdminUsersPage /></RequireRole> },
      { path: 'admin/access-log', element: <RequireRole roles={[...admin]}><AccessLogPage /></RequireRole> },
      { path: 'admin/job-queues', element: <RequireRole roles={[...admin]}><AdminJobQueuesPage /></RequireRole> },
      { path: 'admin/settings', element: <RequireRole roles={[...admin]}><TenantSettingsPage /></RequireRole> },
      { path: 'admin/sso', element: <RequireRole roles={[...admin]}><AdminSsoPage /></RequireRole> },
      { path: 'fidelity', element: <RequireRole roles={['STEERING_GROUP']}><SteeringFidelityPage /></RequireRole> },
      { path: 'fidelity/models', element: <RequireRole roles={['STEERING_GROUP', 'ADMIN', 'TEAM_LEADER']}><FidelityModelsPage /></RequireRole> },
      { path: 'overview', element: <RequireRole roles={['STEERING_GROUP']}><SteeringDashboardPage /></RequireRole> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'mfa/setup', element: <MfaSetupPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'sessions', element: <MySessionsPage /> },
      { path: 'notifications/settings', element: <NotificationSettingsPage /> },
      { path: 'implementation', element: <RequireRole roles={['STEERING_GROUP', 'TEAM_LEADER']}><ImplementationPage tab="phases" /></RequireRole> },
      { path: 'implementation/plan', element: <RequireRole roles={['STEERING_GROUP', 'TEAM_LEADER']}><ImplementationPage tab="plan" /></RequireRole> },
      { path: 'implementation/roles', element: <RequireRole roles={['STEERING_GROUP', 'TEAM_LEADER']}><ImplementationPage tab="roles" /></RequireRole> },
      { path: 'steering-meetings', element: <RequireRole roles={['STEERING_GROUP']}><SteeringMeetingsPage /></RequireRole> },
      { path: 'readiness', element: <RequireRole roles={[...readiness]}><ReadinessPage /></RequireRole> },
      { path: 'readiness/new', element: <RequireRole roles={['STEERING_GROUP']}><NewReadinessRoundPage /></RequireRole> },
      { path: 'readiness/statements', element: <RequireRole roles={['STEERING_GROUP']}><ReadinessStatementsPage /></RequireRole> },
      { path: 'readiness/:roundId', element: <RequireRole roles={['STEERING_GROUP']}><ReadinessRoundPage /></RequireRole> },
      { path: 'readiness/:roundId/answer', element: <RequireRole roles={[...readiness]}><AnswerReadinessPage /></RequireRole> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
