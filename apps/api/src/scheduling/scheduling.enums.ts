import { MeetingKind, OccurrenceStatus } from '@act/db';
import { registerEnumType } from '@nestjs/graphql';

export const MeetingKindEnum = {
  TEAM_MEETING: MeetingKind.TeamMeeting,
  SUPERVISION: MeetingKind.Supervision,
  SPARRING: MeetingKind.Sparring,
  EVALUATION_DAY: MeetingKind.EvaluationDay,
  STEERING_MEETING: MeetingKind.SteeringMeeting,
} as const;

export const OccurrenceStatusEnum = {
  PLANNED: OccurrenceStatus.Planned,
  CANCELLED: OccurrenceStatus.Cancelled,
  HELD: OccurrenceStatus.Held,
  NOT_HELD: OccurrenceStatus.NotHeld,
} as const;

export const RecurrenceFrequencyEnum = { WEEKLY: 'WEEKLY', MONTHLY: 'MONTHLY' } as const;

/**
 * The kind's Danish name: what calendars, "my week" and mails show instead of the free-text
 * title (a title may name a person or a citizen).
 */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  [MeetingKind.TeamMeeting]: 'Teammøde',
  [MeetingKind.Supervision]: 'Supervision',
  [MeetingKind.Sparring]: 'Sparringsmøde',
  [MeetingKind.EvaluationDay]: 'Evaluerings- og refleksionsdag',
  [MeetingKind.SteeringMeeting]: 'Styregruppemøde',
};

registerEnumType(MeetingKindEnum, {
  name: 'MeetingKind',
  description: 'TEAM_MEETING series are the team meeting rhythm (set with setTeamMeetingRhythm).',
});
registerEnumType(OccurrenceStatusEnum, { name: 'OccurrenceStatus' });
registerEnumType(RecurrenceFrequencyEnum, {
  name: 'RecurrenceFrequency',
  description: 'WEEKLY: every N weeks on weekdays. MONTHLY: every N months (3 = quarterly, 6 = half-yearly).',
});
