import { Foundation1764230000000 } from './1764230000000-foundation';
import { Caseload1764240000000 } from './1764240000000-caseload';
import { WorkerFunctions1764250000000 } from './1764250000000-worker-functions';
import { CaseloadHardening1764255000000 } from './1764255000000-caseload-hardening';
import { CarePlans1764260000000 } from './1764260000000-care-plans';
import { Visits1764270000000 } from './1764270000000-visits';
import { Meetings1764280000000 } from './1764280000000-meetings';
import { SessionTouch1764290000000 } from './1764290000000-session-touch';
import { Scheduling1764300000000 } from './1764300000000-scheduling';
import { MailDeliveryContent1764310000001 } from './1764310000001-mail-delivery-content';
import { Implementation1764320000000 } from './1764320000000-implementation';
import { AccessLogOutcome1764330000001 } from './1764330000001-access-log-outcome';
import { Sso1764330000003 } from './1764330000003-sso';
import { Mfa1764330000004 } from './1764330000004-mfa';
import { AccessLogPurpose1764330000005 } from './1764330000005-access-log-purpose';
import { ForeignIds1764330000006 } from './1764330000006-foreign-ids';
import { ClientRequestId1764340000001 } from './1764340000001-client-request-id';
import { AccessLogSeal1764340000002 } from './1764340000002-access-log-seal';
import { SessionDevices1764340000100 } from './1764340000100-session-devices';
import { Fidelity1764350000000 } from './1764350000000-fidelity';
import { StaffingHistory1764360100000 } from './1764360100000-staffing-history';
import { GroupSessions1764360200000 } from './1764360200000-group-sessions';
import { RlsTenantOnce1764360400000 } from './1764360400000-rls-tenant-once';
import { SessionViewerLookup1764360400001 } from './1764360400001-session-viewer-lookup';
import { SessionViewerCurrentMembers1764360500000 } from './1764360500000-session-viewer-current-members';
import { AccessLogCitizenIds1764370000000 } from './1764370000000-access-log-citizen-ids';
import { PerTeamReadIndexes1764370100000 } from './1764370100000-per-team-read-indexes';
import { VisitFaceToFaceIndex1764370200000 } from './1764370200000-visit-face-to-face-index';

export const migrations = [
  Foundation1764230000000,
  Caseload1764240000000,
  WorkerFunctions1764250000000,
  CaseloadHardening1764255000000,
  CarePlans1764260000000,
  Visits1764270000000,
  Meetings1764280000000,
  SessionTouch1764290000000,
  Scheduling1764300000000,
  MailDeliveryContent1764310000001,
  Implementation1764320000000,
  AccessLogOutcome1764330000001,
  Sso1764330000003,
  Mfa1764330000004,
  AccessLogPurpose1764330000005,
  ForeignIds1764330000006,
  ClientRequestId1764340000001,
  AccessLogSeal1764340000002,
  SessionDevices1764340000100,
  Fidelity1764350000000,
  StaffingHistory1764360100000,
  GroupSessions1764360200000,
  RlsTenantOnce1764360400000,
  SessionViewerLookup1764360400001,
  SessionViewerCurrentMembers1764360500000,
  AccessLogCitizenIds1764370000000,
  PerTeamReadIndexes1764370100000,
  VisitFaceToFaceIndex1764370200000,
];
