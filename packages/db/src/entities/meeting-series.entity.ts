import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Citizen } from './citizen.entity';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';
import { TeamMeeting } from './team-meeting.entity';

/** The kinds of recurring meeting the method needs (ADR 0013). */
export enum MeetingKind {
  TeamMeeting = 'team_meeting',
  Supervision = 'supervision',
  Sparring = 'sparring',
  EvaluationDay = 'evaluation_day',
  SteeringMeeting = 'steering_meeting',
}

export enum OccurrenceStatus {
  Planned = 'planned',
  Cancelled = 'cancelled',
  Held = 'held',
  NotHeld = 'not_held',
}

/**
 * A recurring meeting: an RRULE subset (packages/domain recurrence.ts) in Europe/Copenhagen
 * wall-clock time. Occurrences are materialised as `meeting_occurrence` rows ahead of time by the
 * API (at creation) and by the worker (a job scheduler per series); `materialised_until` is the
 * last local date already expanded. A team has at most one open team-meeting series: its rhythm.
 */
@Entity({ name: 'meeting_series' })
@Index('ix_meeting_series_team', ['tenantId', 'teamId', 'kind'])
@Index('uq_meeting_series_team_rhythm', ['teamId'], { unique: true, where: `"kind" = 'team_meeting' AND "ended_on" IS NULL` })
@Check('ck_meeting_series_team', `("kind" = 'steering_meeting') = ("team_id" IS NULL)`)
@Check('ck_meeting_series_member', `"member_id" IS NULL OR "kind" = 'supervision'`)
@Check('ck_meeting_series_supervisor', `"kind" = 'supervision' OR ("supervisor_name" IS NULL AND "supervisor_email" IS NULL)`)
@Check('ck_meeting_series_time', `"start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check('ck_meeting_series_duration', '"duration_minutes" BETWEEN 15 AND 600')
@Check('ck_meeting_series_remind', '"remind_minutes_before" BETWEEN 0 AND 20160')
@Check('ck_meeting_series_ended', '"ended_on" IS NULL OR "ended_on" >= "start_date"')
export class MeetingSeries {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  /** NULL only for steering group meetings (they belong to the municipality, not a team). */
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  /** Supervision of one member; NULL means the whole team. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** e.g. FREQ=MONTHLY;BYDAY=2TU (TZID is always Europe/Copenhagen). */
  @Column({ type: 'varchar', length: 200 })
  rrule!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Local HH:MM. */
  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes!: number;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  /** The supervisor is often external: a name and an e-mail, not a user. */
  @Column({ name: 'supervisor_name', type: 'varchar', length: 200, nullable: true })
  supervisorName!: string | null;

  @Column({ name: 'supervisor_email', type: 'varchar', length: 320, nullable: true })
  supervisorEmail!: string | null;

  @Column({ name: 'remind_minutes_before', type: 'integer', default: 1440 })
  remindMinutesBefore!: number;

  /** The day before the series' first occurrence until the first expansion. */
  @Column({ name: 'materialised_until', type: 'date' })
  materialisedUntil!: string;

  /** No occurrence after this local date; future planned occurrences are removed when it is set. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One occurrence of a series, keyed by (series_id, original_date) — the local date the rule gave
 * it, kept when it is moved, so a later expansion never recreates it at the old time.
 */
@Entity({ name: 'meeting_occurrence' })
@Index('uq_meeting_occurrence_key', ['seriesId', 'originalDate'], { unique: true })
@Index('ix_meeting_occurrence_team_start', ['tenantId', 'teamId', 'startsAt'])
@Index('ix_meeting_occurrence_kind_start', ['tenantId', 'kind', 'startsAt'])
@Index('ix_meeting_occurrence_remind', ['remindAt'], { where: `"reminded_at" IS NULL AND "status" = 'planned'` })
@Index('uq_meeting_occurrence_team_meeting', ['teamMeetingId'], { unique: true, where: '"team_meeting_id" IS NOT NULL' })
@Check('ck_meeting_occurrence_times', '"ends_at" > "starts_at"')
@Check('ck_meeting_occurrence_reason', `"status" NOT IN ('cancelled', 'not_held') OR "status_reason" IS NOT NULL`)
@Check('ck_meeting_occurrence_case', `"kind" = 'sparring' OR ("citizen_id" IS NULL AND "presenter_member_id" IS NULL)`)
export class MeetingOccurrence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @ManyToOne(() => MeetingSeries, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id' })
  series?: MeetingSeries;

  /** Copied from the series, so aggregates and calendars need no join. */
  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ name: 'original_date', type: 'date' })
  originalDate!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  @Column({ type: 'boolean', default: false })
  moved!: boolean;

  @Column({ type: 'enum', enum: OccurrenceStatus, enumName: 'occurrence_status', default: OccurrenceStatus.Planned })
  status!: OccurrenceStatus;

  /** Why it was cancelled or not held. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason!: string | null;

  @Column({ name: 'status_set_by', type: 'uuid', nullable: true })
  statusSetBy!: string | null;

  @Column({ name: 'status_set_at', type: 'timestamptz', nullable: true })
  statusSetAt!: Date | null;

  /** Team meetings and evaluation days: the meeting whose agenda, decisions and tasks are kept. */
  @Column({ name: 'team_meeting_id', type: 'uuid', nullable: true })
  teamMeetingId!: string | null;

  @ManyToOne(() => TeamMeeting, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_meeting_id' })
  teamMeeting?: TeamMeeting;

  /** Sparring: who presents the case. */
  @Column({ name: 'presenter_member_id', type: 'uuid', nullable: true })
  presenterMemberId!: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'presenter_member_id' })
  presenter?: TeamMember;

  /** Sparring: the citizen course reviewed. Team only: never in a feed, mail, job or log. */
  @Column({ name: 'citizen_id', type: 'uuid', nullable: true })
  citizenId!: string | null;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  /** When the reminder is due (NULL: no reminder); `reminded_at` is set in the claim's transaction. */
  @Column({ name: 'remind_at', type: 'timestamptz', nullable: true })
  remindAt!: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Who attended a held occurrence. */
@Entity({ name: 'meeting_occurrence_attendee' })
@Index('uq_meeting_occurrence_attendee', ['occurrenceId', 'memberId'], { unique: true })
@Index('ix_meeting_occurrence_attendee_member', ['tenantId', 'memberId'])
export class MeetingOccurrenceAttendee {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId!: string;

  @ManyToOne(() => MeetingOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occurrence_id' })
  occurrence?: MeetingOccurrence;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;
}

