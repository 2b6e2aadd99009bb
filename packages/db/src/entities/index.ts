import { AccessLogEntry } from './access-log-entry.entity';
import { AdmissionAssessment } from './admission-assessment.entity';
import { AppUser } from './app-user.entity';
import { CaseloadException } from './caseload-exception.entity';
import { Citizen } from './citizen.entity';
import { PrimaryAssignment } from './primary-assignment.entity';
import { SecondaryContact } from './secondary-contact.entity';
import { Team } from './team.entity';
import { TeamAlert, TeamAlertKind } from './team-alert.entity';
import { TeamMember } from './team-member.entity';
import { Tenant } from './tenant.entity';
import { UserSession } from './user-session.entity';

export * from './enums';
export {
  AccessLogEntry,
  AdmissionAssessment,
  AppUser,
  CaseloadException,
  Citizen,
  PrimaryAssignment,
  SecondaryContact,
  Team,
  TeamAlert,
  TeamAlertKind,
  TeamMember,
  Tenant,
  UserSession,
};

export const entities = [
  Tenant,
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
];
