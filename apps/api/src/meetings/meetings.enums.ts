import { MeetingCadence, MeetingItemSource } from '@act/db';
import { registerEnumType } from '@nestjs/graphql';

export const MeetingCadenceEnum = { WEEKLY: MeetingCadence.Weekly, BIWEEKLY: MeetingCadence.Biweekly } as const;

export const MeetingItemSourceEnum = {
  PREPARED: MeetingItemSource.Prepared,
  MEMBER: MeetingItemSource.Member,
  CITIZEN: MeetingItemSource.Citizen,
} as const;

/** Why the preparation put a citizen on the agenda (the values of `AgendaReason` in @act/domain). */
export const AgendaReasonEnum = {
  TEAM_BOARD: 'team_board',
  CRISIS: 'crisis',
  PLAN_FOLLOW_UP_OVERDUE: 'plan_follow_up_overdue',
  CONTACT_LAPSED: 'contact_lapsed',
  REVIEW_DUE: 'review_due',
  LONGEST_NOT_DISCUSSED: 'longest_not_discussed',
} as const;

export const MeetingPeriodEnum = { UPCOMING: 'upcoming', PAST: 'past' } as const;

registerEnumType(MeetingCadenceEnum, { name: 'MeetingCadence' });
registerEnumType(MeetingItemSourceEnum, {
  name: 'MeetingItemSource',
  description: 'PREPARED by the agenda preparation, MEMBER: a team member\'s own item, CITIZEN: asked for by the citizen.',
});
registerEnumType(AgendaReasonEnum, { name: 'AgendaReason' });
registerEnumType(MeetingPeriodEnum, { name: 'MeetingPeriod' });
