import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/Loading';
import { AppShell } from './AppShell';
import { RequireRole } from './RequireRole';
import { RoleHome } from './RoleHome';
import { NotFoundPage, RouteError } from './RouteError';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const LoginPage = lazy(() => import('../features/auth/routes/LoginPage'));
const MfaSetupPage = lazy(() => import('../features/auth/routes/MfaSetupPage'));
const AccountPage = lazy(() => import('../features/auth/routes/AccountPage'));
const AdminSsoPage = lazy(() => import('../features/admin/routes/AdminSsoPage'));
const MySessionsPage = lazy(() => import('../features/sessions/routes/MySessionsPage'));
const MyTeamsPage = lazy(() => import('../features/teams/routes/MyTeamsPage'));
const TeamPage = lazy(() => import('../features/teams/routes/TeamPage'));
const CitizensPage = lazy(() => import('../features/citizens/routes/CitizensPage'));
const CitizenPage = lazy(() => import('../features/citizens/routes/CitizenPage'));
const CreateCitizenPage = lazy(() => import('../features/citizens/routes/CreateCitizenPage'));
const AdminTeamsPage = lazy(() => import('../features/admin/routes/AdminTeamsPage'));
const AdminTeamPage = lazy(() => import('../features/admin/routes/AdminTeamPage'));
const AdminUsersPage = lazy(() => import('../features/admin/routes/AdminUsersPage'));
const AdminJobQueuesPage = lazy(() => import('../features/admin/routes/AdminJobQueuesPage'));
const AccessLogPage = lazy(() => import('../features/access-log/routes/AccessLogPage'));
const CaseloadIndexPage = lazy(() => import('../features/caseload/routes/CaseloadIndexPage'));
const CaseloadPage = lazy(() => import('../features/caseload/routes/CaseloadPage'));
const MyCitizensPage = lazy(() => import('../features/caseload/routes/MyCitizensPage'));
const CarePlanPage = lazy(() => import('../features/care-plans/routes/CarePlanPage'));
const CarePlanVersionPage = lazy(() => import('../features/care-plans/routes/CarePlanVersionPage'));
const CarePlanPrintPage = lazy(() => import('../features/care-plans/routes/CarePlanPrintPage'));
const TeamMeetingsPage = lazy(() => import('../features/meetings/routes/TeamMeetingsPage'));
const TeamMeetingPage = lazy(() => import('../features/meetings/routes/TeamMeetingPage'));
const MyTasksPage = lazy(() => import('../features/meetings/routes/MyTasksPage'));
const TeamBoardPage = lazy(() => import('../features/team-board/routes/TeamBoardPage'));
const NetworkMeetingPage = lazy(() => import('../features/network-meetings/routes/NetworkMeetingPage'));
const NewNetworkMeetingPage = lazy(() => import('../features/network-meetings/routes/NewNetworkMeetingPage'));
const FunctionsPage = lazy(() => import('../features/function-descriptions/routes/FunctionsPage'));
const ImplementationPage = lazy(() => import('../features/implementation/routes/ImplementationPage'));
const FunctionRolePrintPage = lazy(() => import('../features/function-descriptions/routes/FunctionRolePrintPage'));
const SteeringDashboardPage = lazy(() => import('../features/dashboard/routes/SteeringDashboardPage'));
const TenantSettingsPage = lazy(() => import('../features/dashboard/routes/TenantSettingsPage'));
const MyDayPage = lazy(() => import('../features/visits/routes/MyDayPage'));
const MyWeekPage = lazy(() => import('../features/visits/routes/MyWeekPage'));
const TeamVisitsIndexPage = lazy(() => import('../features/visits/routes/TeamVisitsIndexPage'));
const TeamVisitsPage = lazy(() => import('../features/visits/routes/TeamVisitsPage'));
const PlanVisitPage = lazy(() => import('../features/visits/routes/PlanVisitPage'));
const NotificationsPage = lazy(() => import('../features/notifications/routes/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../features/notifications/routes/NotificationSettingsPage'));
const VisitPage = lazy(() => import('../features/visits/routes/VisitPage'));
const TeamSchedulePage = lazy(() => import('../features/scheduling/routes/TeamSchedulePage'));
const NewSeriesPage = lazy(() => import('../features/scheduling/routes/NewSeriesPage'));
const EditSeriesPage = lazy(() => import('../features/scheduling/routes/EditSeriesPage'));
const OccurrencePage = lazy(() => import('../features/scheduling/routes/OccurrencePage'));
const SteeringMeetingsPage = lazy(() => import('../features/scheduling/routes/SteeringMeetingsPage'));
const AgreementsPage = lazy(() => import('../features/agreements/routes/AgreementsPage'));
const NewAgreementPage = lazy(() => import('../features/agreements/routes/NewAgreementPage'));
const AgreementPage = lazy(() => import('../features/agreements/routes/AgreementPage'));
const TeamFidelityPage = lazy(() => import('../features/fidelity/routes/TeamFidelityPage'));
const FidelityItemPage = lazy(() => import('../features/fidelity/routes/FidelityItemPage'));
const FidelityExportPage = lazy(() => import('../features/fidelity/routes/FidelityExportPage'));
const SteeringFidelityPage = lazy(() => import('../features/fidelity/routes/SteeringFidelityPage'));
const ReadinessPage = lazy(() => import('../features/readiness/routes/ReadinessPage'));
const NewReadinessRoundPage = lazy(() => import('../features/readiness/routes/NewReadinessRoundPage'));
const ReadinessRoundPage = lazy(() => import('../features/readiness/routes/ReadinessRoundPage'));
const AnswerReadinessPage = lazy(() => import('../features/readiness/routes/AnswerReadinessPage'));
const ReadinessStatementsPage = lazy(() => import('../features/readiness/routes/ReadinessStatementsPage'));

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
      { path: 'teams/:teamId/caseload', element: <RequireRole roles={[...staff]}><CaseloadPage /></RequireRole> },
      { path: 'teams/:teamId/meetings', element: <RequireRole roles={[...staff]}><TeamMeetingsPage /></RequireRole> },
      { path: 'teams/:teamId/schedule', element: <RequireRole roles={[...staff]}><TeamSchedulePage /></RequireRole> },
      { path: 'teams/:teamId/schedule/new', element: <RequireRole roles={['TEAM_LEADER']}><NewSeriesPage /></RequireRole> },
      { path: 'series/:seriesId/edit', element: <RequireRole roles={['TEAM_LEADER', 'STEERING_GROUP']}><EditSeriesPage /></RequireRole> },
      { path: 'occurrences/:occurrenceId', element: <RequireRole roles={[...scheduling]}><OccurrencePage /></RequireRole> },
      { path: 'teams/:teamId/fidelity', element: <RequireRole roles={[...staff]}><TeamFidelityPage /></RequireRole> },
      { path: 'teams/:teamId/fidelity/items/:itemId', element: <RequireRole roles={[...staff]}><FidelityItemPage /></RequireRole> },
      { path: 'teams/:teamId/fidelity/export', element: <RequireRole roles={[...staff]}><FidelityExportPage /></RequireRole> },
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
      { path: 'my-day', element: <RequireRole roles={[...staff]}><MyDayPage /></RequireRole> },
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
