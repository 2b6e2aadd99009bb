/** The kinds of recurring meeting a leader or the steering group plans here, and their defaults. */
export type SeriesKind = 'TEAM_MEETING' | 'SUPERVISION' | 'SPARRING' | 'EVALUATION_DAY' | 'STEERING_MEETING';

/** Kinds a team leader creates on the team's page (team meetings come from the rhythm). */
export const TEAM_SERIES_KINDS = ['SUPERVISION', 'SPARRING', 'EVALUATION_DAY'] as const satisfies readonly SeriesKind[];

interface KindDefaults {
  repeat: 'week1' | 'month1' | 'month3';
  durationMinutes: number;
  startTime: string;
}

export const KIND_DEFAULTS: Record<SeriesKind, KindDefaults> = {
  TEAM_MEETING: { repeat: 'week1', durationMinutes: 90, startTime: '09:00' },
  SUPERVISION: { repeat: 'month1', durationMinutes: 90, startTime: '13:00' },
  SPARRING: { repeat: 'month1', durationMinutes: 90, startTime: '13:00' },
  EVALUATION_DAY: { repeat: 'month3', durationMinutes: 360, startTime: '09:00' },
  STEERING_MEETING: { repeat: 'month3', durationMinutes: 120, startTime: '14:00' },
};

/** Lengths offered, in minutes (the API takes 15–600). */
export const DURATION_CHOICES = [30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 420, 480] as const;

/** When the reminder comes, in minutes before the start. */
export const REMIND_CHOICES = [60, 180, 1440, 2880, 10080] as const;
