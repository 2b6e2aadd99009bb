import { AccessLogEntry, AccessLogOutcome } from './access-log-entry.entity';
import { AdmissionAssessment } from './admission-assessment.entity';
import { AppUser } from './app-user.entity';
import { CaseloadException } from './caseload-exception.entity';
import { CarePlanDeclinedArea } from './care-plan-declined-area.entity';
import { CarePlanGoal } from './care-plan-goal.entity';
import { CarePlanStep } from './care-plan-step.entity';
import { CarePlanVersion } from './care-plan-version.entity';
import { Citizen } from './citizen.entity';
import { Consent } from './consent.entity';
import { DEFAULT_LIFE_AREAS, LifeArea } from './life-area.entity';
import { PrimaryAssignment } from './primary-assignment.entity';
import { Relative } from './relative.entity';
import { SecondaryContact } from './secondary-contact.entity';
import { Team } from './team.entity';
import { TeamAlert, TeamAlertKind } from './team-alert.entity';
import { TeamMember } from './team-member.entity';
import { Tenant } from './tenant.entity';
import { TenantSso } from './tenant-sso.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { Visit, VisitMember, VisitOutcome, VisitPlace } from './visit.entity';
import { VisitSeries, VisitSeriesMember } from './visit-series.entity';
import { SessionEndReason, UserSession } from './user-session.entity';
import { MeetingKind, MeetingOccurrence, MeetingOccurrenceAttendee, MeetingSeries, OccurrenceStatus } from './meeting-series.entity';
import {
  MailDelivery,
  MailStatus,
  Notification,
  NotificationChannel,
  NotificationKind,
  NotificationPreference,
  UPCOMING_NOTIFICATION,
} from './notification.entity';
import {
  CitizenCrisisFlag,
  FollowUpTask,
  MeetingCadence,
  MeetingDecision,
  MeetingItemSource,
  TeamMeeting,
  TeamMeetingAttendance,
  TeamMeetingItem,
  TeamMeetingKind,
  TeamMeetingRhythm,
} from './team-meeting.entity';
import { TeamBoardContact, TeamBoardEntry, TeamBoardNote } from './team-board.entity';
import { NetworkMeeting, NetworkMeetingAgendaPoint, NetworkMeetingParticipant } from './network-meeting.entity';
import { FunctionDescription, FunctionRole, MemberFunctionRole } from './function-description.entity';
import {
  ReadinessAnswer,
  ReadinessDriver,
  ReadinessGroup,
  ReadinessParticipant,
  ReadinessRound,
  ReadinessRoundStatement,
  ReadinessStatement,
} from './readiness.entity';
import {
  ActivityStatus,
  ChecklistEventAction,
  ChecklistStatus,
  ImplementationActivity,
  ImplementationChecklistEvent,
  ImplementationChecklistItem,
  ImplementationPhase,
  ImplementationResponsibility,
  ResponsibilityGroup,
} from './implementation.entity';
import { AgreementCoverage, AgreementStatus, CooperationAgreement, PartnerKind } from './cooperation-agreement.entity';
import { RegionalTreatmentEpisode } from './regional-treatment-episode.entity';
import { MfaChallenge, MfaChallengePurpose, MfaFactor, MfaPolicy, MfaRecoveryCode } from './mfa.entity';

export * from './enums';
export {
  MfaChallenge,
  MfaChallengePurpose,
  MfaFactor,
  MfaPolicy,
  MfaRecoveryCode,
  AccessLogEntry,
  AccessLogOutcome,
  AdmissionAssessment,
  AppUser,
  CaseloadException,
  CarePlanDeclinedArea,
  CarePlanGoal,
  CarePlanStep,
  CarePlanVersion,
  Citizen,
  Consent,
  DEFAULT_LIFE_AREAS,
  LifeArea,
  PrimaryAssignment,
  Relative,
  SecondaryContact,
  Team,
  TeamAlert,
  TeamAlertKind,
  TeamMember,
  Tenant,
  TenantSso,
  SessionEndReason,
  UserSession,
  Visit,
  VisitMember,
  VisitOutcome,
  VisitPlace,
  VisitSeries,
  VisitSeriesMember,
  CalendarFeed,
  CitizenCrisisFlag,
  FollowUpTask,
  MeetingCadence,
  MeetingDecision,
  MeetingItemSource,
  TeamMeeting,
  TeamMeetingAttendance,
  TeamMeetingItem,
  TeamMeetingRhythm,
  TeamMeetingKind,
  TeamBoardContact,
  TeamBoardEntry,
  TeamBoardNote,
  NetworkMeeting,
  NetworkMeetingAgendaPoint,
  NetworkMeetingParticipant,
  FunctionDescription,
  FunctionRole,
  MemberFunctionRole,
  MeetingKind,
  MeetingSeries,
  MeetingOccurrence,
  MeetingOccurrenceAttendee,
  OccurrenceStatus,
  Notification,
  NotificationKind,
  NotificationChannel,
  NotificationPreference,
  MailDelivery,
  MailStatus,
  UPCOMING_NOTIFICATION,
  ReadinessAnswer,
  ReadinessDriver,
  ReadinessGroup,
  ReadinessParticipant,
  ReadinessRound,
  ReadinessRoundStatement,
  ReadinessStatement,
  ActivityStatus,
  ChecklistEventAction,
  ChecklistStatus,
  ImplementationActivity,
  ImplementationChecklistEvent,
  ImplementationChecklistItem,
  ImplementationPhase,
  ImplementationResponsibility,
  ResponsibilityGroup,
  AgreementCoverage,
  AgreementStatus,
  CooperationAgreement,
  PartnerKind,
  RegionalTreatmentEpisode,
};

export const entities = [
  Tenant,
  TenantSso,
  AppUser,
  Team,
  TeamMember,
  Citizen,
  AccessLogEntry,
  UserSession,
  PrimaryAssignment,
  SecondaryContact,
  CaseloadException,
  AdmissionAssessment,
  TeamAlert,
  LifeArea,
  CarePlanVersion,
  CarePlanGoal,
  CarePlanStep,
  CarePlanDeclinedArea,
  Consent,
  Relative,
  VisitSeries,
  VisitSeriesMember,
  Visit,
  VisitMember,
  CalendarFeed,
  TeamMeetingRhythm,
  TeamMeeting,
  TeamMeetingItem,
  TeamMeetingAttendance,
  MeetingDecision,
  FollowUpTask,
  CitizenCrisisFlag,
  TeamBoardEntry,
  TeamBoardContact,
  TeamBoardNote,
  NetworkMeeting,
  NetworkMeetingParticipant,
  NetworkMeetingAgendaPoint,
  FunctionRole,
  FunctionDescription,
  MemberFunctionRole,
  MeetingSeries,
  MeetingOccurrence,
  MeetingOccurrenceAttendee,
  Notification,
  NotificationPreference,
  MailDelivery,
  ReadinessStatement,
  ReadinessRound,
  ReadinessRoundStatement,
  ReadinessParticipant,
  ReadinessAnswer,
  CooperationAgreement,
  ImplementationChecklistItem,
  ImplementationChecklistEvent,
  ImplementationActivity,
  ImplementationResponsibility,
  RegionalTreatmentEpisode,
  MfaFactor,
  MfaRecoveryCode,
  MfaChallenge,
];
