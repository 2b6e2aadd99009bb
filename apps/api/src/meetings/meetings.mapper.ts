import { TeamMeeting, TeamMeetingRhythm } from '@act/db';
import { formatDanishTimeRange } from '@act/domain';
import type { MeetingRhythmModel, TeamMeetingModel } from './meetings.model';

export const toMeetingModel = (m: TeamMeeting): TeamMeetingModel => ({
  id: m.id,
  teamId: m.teamId,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  whenText: formatDanishTimeRange(m.startsAt, m.endsAt),
  place: m.place,
  agendaPreparedAt: m.agendaPreparedAt,
  heldAt: m.heldAt,
});

export const toRhythmModel = (r: TeamMeetingRhythm): MeetingRhythmModel => ({
  teamId: r.teamId,
  cadence: r.cadence,
  weekday: r.weekday,
  startTime: r.startTime,
  endTime: r.endTime,
  place: r.place,
  reviewEveryMeetings: r.reviewEveryMeetings,
});
