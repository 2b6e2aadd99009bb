import {
  formatDanishDate,
  formatDanishDateTime,
  isNotificationKind,
  isUuid,
  NOTIFICATION_KIND_LABELS,
  type NotificationKindName,
} from '@act/domain';

/**
 * Everything a mail may say: what (the kind), when, how many (digests) and which notification
 * the link opens. No field can hold a name, a CPR number, a series title, a place or any free
 * text — mail leaves the municipality's systems, so it says only what and when and links into
 * the app, where the reader's access rules decide what they see.
 */
export interface MailTemplateInput {
  readonly kind: NotificationKindName;
  /** When the meeting is, or when the thing is due. */
  readonly occursAt: Date | null;
  /** Digests: how many (e.g. citizens not seen). */
  readonly itemCount: number | null;
  /** A user gets a link into the app; the external supervisor (no login) gets none. */
  readonly recipient: 'user' | 'external';
  /** The notification the link opens (null: the user takes this kind by e-mail only). */
  readonly notificationId: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Where a mail's links point in the web app: the notification list and the choice of what comes by mail. */
export const NOTIFICATIONS_PATH = '/notifications';
export const NOTIFICATION_SETTINGS_PATH = '/notifications/settings';

interface Wording {
  line: (when: string, count: number) => string;
  /** Meetings name the time of day; deadlines only the date; the rest no time. */
  time: 'date-time' | 'date' | 'none';
}

const meeting = (what: string): Wording => ({ line: (when) => `Du har ${what} ${when}.`, time: 'date-time' });

const WORDING: Record<NotificationKindName, Wording> = {
  meeting_upcoming: meeting('teammøde'),
  supervision_upcoming: meeting('supervision'),
  sparring_upcoming: meeting('sparringsmøde'),
  evaluation_day_upcoming: meeting('evaluerings- og refleksionsdag'),
  steering_meeting_upcoming: meeting('styregruppemøde'),
  care_plan_follow_up_due: { line: (when) => `En borgers indsatsplan skal følges op ${when}.`, time: 'date' },
  follow_up_task_due: { line: (when) => `Du har en opgave fra et møde med frist ${when}.`, time: 'date' },
  caseload_exception_expiring: { line: (when) => `En undtagelse fra max-10 i dit team udløber ${when}.`, time: 'date' },
  citizens_not_seen: {
    line: (_, n) => `${n} af dine borgere er ikke set i længere tid, end teamet har sat som grænse.`,
    time: 'none',
  },
  supervision_overdue: {
    line: () => 'En medarbejder i dit team har ikke haft supervision i længere tid, end teamet har sat som interval.',
    time: 'none',
  },
  agreement_review_due: { line: (when) => `En samarbejdsaftale skal revideres senest ${when}.`, time: 'date' },
};

/** "Supervision tirsdag den 10. november 2026 kl. 13.00", "Borgere der ikke er set: 4". */
function subjectOf(kind: NotificationKindName, when: string, count: number): string {
  const label = NOTIFICATION_KIND_LABELS[kind];
  if (kind === 'citizens_not_seen') return `${label}: ${count}`;
  return when ? `${label} ${when}` : label;
}

/**
 * The mail for one notification, in Danish, times in Copenhagen. Reads only the four fields of
 * the input (never spreads it), and refuses values of the wrong shape, so nothing else can slip in.
 */
export function renderMail(input: MailTemplateInput, publicUrl: string): RenderedMail {
  const kind = input.kind;
  if (!isNotificationKind(kind)) throw new Error('renderMail: unknown notification kind');
  const wording = WORDING[kind];
  const when = whenText(input.occursAt, wording.time);
  const count = countOf(input.itemCount, kind);
  const notificationId = input.notificationId;
  if (notificationId !== null && !isUuid(notificationId)) throw new Error('renderMail: notificationId must be a uuid');

  if (input.recipient !== 'user' && input.recipient !== 'external') throw new Error('renderMail: recipient must be user or external');
  const list = `${publicUrl}${NOTIFICATIONS_PATH}`;
  const link = input.recipient === 'external' ? null : notificationId ? `${list}?id=${notificationId}` : list;
  const lines = [
    'Hej',
    '',
    wording.line(when, count),
    '',
    ...(link
      ? [`Se mere i ACT-platformen: ${link}`, '', `Vælg, hvilke beskeder du får på mail: ${publicUrl}${NOTIFICATION_SETTINGS_PATH}`]
      : ['Du får denne påmindelse, fordi du er angivet som supervisor for et ACT-team.']),
    '',
    'Beskeden er sendt automatisk og kan ikke besvares.',
  ];
  const text = lines.join('\n');
  const html = `<!doctype html><html lang="da"><body>${lines
    .filter((line) => line !== '')
    .map((line) => `<p>${linkify(escapeHtml(line))}</p>`)
    .join('')}</body></html>`;
  return { subject: subjectOf(kind, when, count), text, html };
}

function whenText(occursAt: Date | null, time: Wording['time']): string {
  if (time === 'none') return '';
  if (!(occursAt instanceof Date) || Number.isNaN(occursAt.getTime())) throw new Error('renderMail: this kind needs occursAt');
  return time === 'date-time' ? formatDanishDateTime(occursAt) : formatDanishDate(occursAt);
}

function countOf(itemCount: number | null, kind: NotificationKindName): number {
  if (kind !== 'citizens_not_seen') return 0;
  if (!Number.isInteger(itemCount) || (itemCount as number) < 1) throw new Error('renderMail: a digest needs a positive itemCount');
  return itemCount as number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Makes the app's own URLs (the only URLs a template writes) clickable. */
function linkify(escapedLine: string): string {
  return escapedLine.replace(/https?:\/\/\S+/g, (url) => `<a href="${url}">${url}</a>`);
}
