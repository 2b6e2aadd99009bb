/**
 * What the platform notifies about, on which channels, and the defaults a user starts with
 * (ADR 0013). A user changes a default per kind and channel; only changes are stored.
 *
 * Nothing here carries personal data: a notification is a kind, a subject id, a time and maybe
 * a count. The in-app text is rendered at read time under the reader's access rules; an e-mail
 * says only what and when and links into the app.
 */
export const NOTIFICATION_KINDS = [
  'meeting_upcoming',
  'supervision_upcoming',
  'sparring_upcoming',
  'evaluation_day_upcoming',
  'steering_meeting_upcoming',
  'care_plan_follow_up_due',
  'follow_up_task_due',
  'caseload_exception_expiring',
  'citizens_not_seen',
  'supervision_overdue',
  'agreement_review_due',
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];

/** Danish labels for lists, settings and e-mail subjects (no personal data). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKindName, string> = {
  meeting_upcoming: 'Teammøde',
  supervision_upcoming: 'Supervision',
  sparring_upcoming: 'Sparringsmøde',
  evaluation_day_upcoming: 'Evaluerings- og refleksionsdag',
  steering_meeting_upcoming: 'Styregruppemøde',
  care_plan_follow_up_due: 'Opfølgning på indsatsplan',
  follow_up_task_due: 'Opgave fra et møde',
  caseload_exception_expiring: 'Undtagelse fra max-10 udløber',
  citizens_not_seen: 'Borgere der ikke er set',
  supervision_overdue: 'Medarbejder mangler supervision',
  agreement_review_due: 'Samarbejdsaftale skal revideres',
};

/**
 * Every kind is shown in the app. E-mail is on for what needs a person to turn up or act soon
 * (meetings, an exception running out, a member missing supervision) and off for what the
 * start page already shows every day (follow-ups, tasks, the not-seen digest).
 */
const EMAIL_ON_BY_DEFAULT = new Set<NotificationKindName>([
  'meeting_upcoming',
  'supervision_upcoming',
  'sparring_upcoming',
  'evaluation_day_upcoming',
  'steering_meeting_upcoming',
  'caseload_exception_expiring',
  'supervision_overdue',
  'agreement_review_due',
]);

export function defaultNotificationPreference(kind: NotificationKindName, channel: NotificationChannelName): boolean {
  return channel === 'in_app' ? true : EMAIL_ON_BY_DEFAULT.has(kind);
}

export interface StoredPreference {
  kind: NotificationKindName;
  channel: NotificationChannelName;
  enabled: boolean;
}

/** The user's effective choice: a stored change wins over the default. */
export function notificationEnabled(
  stored: readonly StoredPreference[],
  kind: NotificationKindName,
  channel: NotificationChannelName,
): boolean {
  const change = stored.find((p) => p.kind === kind && p.channel === channel);
  return change ? change.enabled : defaultNotificationPreference(kind, channel);
}

export function isNotificationKind(value: unknown): value is NotificationKindName {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * The dedupe key that makes a notification exactly once per recipient (unique with tenant and
 * user). A reminder is per occurrence and start time, so a moved meeting is announced again; a
 * daily notification is per subject and local date, so a re-run the same day adds nothing.
 */
export function reminderDedupeKey(occurrenceId: string, startsAt: Date): string {
  return `reminder:${occurrenceId}:${startsAt.toISOString()}`;
}

export function dailyDedupeKey(kind: NotificationKindName, subjectId: string | null, localDate: string): string {
  return `${kind}:${subjectId ?? '-'}:${localDate}`;
}
