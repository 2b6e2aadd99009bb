import type { CaseloadExceptionModel } from './caseload.model';
import type { ExceptionRow, MemberRow } from './caseload.queries';

export const toMemberModel = (m: MemberRow) => ({
  id: m.id,
  teamId: m.team_id,
  userId: m.user_id,
  discipline: m.discipline,
  fte: Number(m.fte),
  isTeamLeader: m.is_team_leader,
  carriesCaseload: m.carries_caseload,
  joinedOn: m.joined_on,
  leftOn: m.left_on,
  leaveReason: m.leave_reason,
});

export const toExceptionModel = (e: ExceptionRow): CaseloadExceptionModel => ({
  id: e.id,
  memberId: e.member_id,
  extra: e.extra,
  reason: e.reason,
  validFrom: e.valid_from,
  validUntil: e.valid_until,
  grantedByName: e.granted_by_name,
  createdAt: e.created_at,
});
