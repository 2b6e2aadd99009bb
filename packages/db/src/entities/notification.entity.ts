import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { MeetingKind, MeetingOccurrence } from './meeting-series.entity';
import { Team } from './team.entity';

/** Keep in step with NOTIFICATION_KINDS in packages/domain/src/notifications.ts. */
export enum NotificationKind {
  MeetingUpcoming = 'meeting_upcoming',
  SupervisionUpcoming = 'supervision_upcoming',
  SparringUpcoming = 'sparring_upcoming',
  EvaluationDayUpcoming = 'evaluation_day_upcoming',
  SteeringMeetingUpcoming = 'steering_meeting_upcoming',
  CarePlanFollowUpDue = 'care_plan_follow_up_due',
  FollowUpTaskDue = 'follow_up_task_due',
  CaseloadExceptionExpiring = 'caseload_exception_expiring',
  CitizensNotSeen = 'citizens_not_seen',
  SupervisionOverdue = 'supervision_overdue',
  AgreementReviewDue = 'agreement_review_due',
}

export enum NotificationChannel {
  InApp = 'in_app',
  Email = 'email',
}

export enum MailStatus {
  Pending = 'pending',
  Sending = 'sending',
  Sent = 'sent',
  Failed = 'failed',
}

/** The upcoming-meeting notification for each meeting kind. */
export const UPCOMING_NOTIFICATION: Record<MeetingKind, NotificationKind> = {
  [MeetingKind.TeamMeeting]: NotificationKind.MeetingUpcoming,
  [MeetingKind.Supervision]: NotificationKind.SupervisionUpcoming,
  [MeetingKind.Sparring]: NotificationKind.SparringUpcoming,
  [MeetingKind.EvaluationDay]: NotificationKind.EvaluationDayUpcoming,
  [MeetingKind.SteeringMeeting]: NotificationKind.SteeringMeetingUpcoming,
};

/**
 * One notification for one user, exactly once: (tenant_id, user_id, dedupe_key) is unique and
 * writers insert with ON CONFLICT DO NOTHING in the same transaction as their claim. No text is
 * stored: the app renders it from kind + subject under the reader's access rules.
 */
@Entity({ name: 'notification' })
@Index('uq_notification_dedupe', ['tenantId', 'userId', 'dedupeKey'], { unique: true })
@Index('ix_notification_user_created', ['userId', 'createdAt'])
@Index('ix_notification_user_unread', ['userId'], { where: '"read_at" IS NULL' })
@Check('ck_notification_item_count', '"item_count" IS NULL OR "item_count" >= 0')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  /** What it is about: an occurrence, care-plan version, task, exception or team member (by kind). */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  /** When the thing happens or is due. */
  @Column({ name: 'occurs_at', type: 'timestamptz', nullable: true })
  occursAt!: Date | null;

  /** Digests: how many (e.g. citizens not seen). */
  @Column({ name: 'item_count', type: 'integer', nullable: true })
  itemCount!: number | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/** A user's choice per kind and channel; only changed defaults are stored. */
@Entity({ name: 'notification_preference' })
@Index('uq_notification_preference', ['userId', 'kind', 'channel'], { unique: true })
export class NotificationPreference {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Column({ type: 'boolean' })
  enabled!: boolean;
}

/**
 * An e-mail to send, claimed in PostgreSQL before it is sent (ADR 0013). `idempotency_key` and
 * `message_id` are stable per reminder and recipient; a sender claims a row with a short lease
 * (status sending, claimed_until), sends, and records `sent` at once. The recipient is a user or,
 * for supervision, the external supervisor's address.
 */
@Entity({ name: 'mail_delivery' })
@Index('uq_mail_delivery_idempotency', ['idempotencyKey'], { unique: true })
@Index('uq_mail_delivery_message_id', ['messageId'], { unique: true })
@Index('ix_mail_delivery_due', ['status', 'claimedUntil'], { where: `"status" IN ('pending', 'sending')` })
@Check('ck_mail_delivery_recipient', '("user_id" IS NULL) <> ("external_email" IS NULL)')
@Check('ck_mail_delivery_attempts', '"attempts" >= 0')
export class MailDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId!: string | null;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Notification;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ name: 'external_email', type: 'varchar', length: 320, nullable: true })
  externalEmail!: string | null;

  @Column({ name: 'occurrence_id', type: 'uuid', nullable: true })
  occurrenceId!: string | null;

  @ManyToOne(() => MeetingOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occurrence_id' })
  occurrence?: MeetingOccurrence;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  /** When the meeting is or the thing is due, as the mail says it (null: no time). */
  @Column({ name: 'occurs_at', type: 'timestamptz', nullable: true })
  occursAt!: Date | null;

  /** Digests: how many, as the mail says it. */
  @Column({ name: 'item_count', type: 'integer', nullable: true })
  itemCount!: number | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ name: 'message_id', type: 'varchar', length: 250 })
  messageId!: string;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.Pending })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
