import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Citizen } from './citizen.entity';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';

/** An evaluation and reflection day is kept as a team meeting whose agenda is its meeting guide. */
export enum TeamMeetingKind {
  TeamMeeting = 'team_meeting',
  EvaluationDay = 'evaluation_day',
}

export enum MeetingCadence {
  Weekly = 'weekly',
  Biweekly = 'biweekly',
}

/** A team's meeting rhythm: weekly or fortnightly, weekday, wall-clock times in Copenhagen, place. */
@Entity({ name: 'team_meeting_rhythm' })
@Index('uq_team_meeting_rhythm_team', ['teamId'], { unique: true })
@Check('ck_team_meeting_rhythm', '"weekday" BETWEEN 1 AND 7 AND "end_time" > "start_time" AND "review_every_meetings" BETWEEN 1 AND 52')
export class TeamMeetingRhythm {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'enum', enum: MeetingCadence, enumName: 'meeting_cadence' })
  cadence!: MeetingCadence;

  /** ISO weekday, 1 = Monday. */
  @Column({ type: 'smallint' })
  weekday!: number;

  /** "HH:MM", Copenhagen wall clock. */
  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime!: string;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  /** Every active citizen is discussed at least every N meetings. */
  @Column({ name: 'review_every_meetings', type: 'smallint', default: 4 })
  reviewEveryMeetings!: number;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One team meeting. `held_at` is set when the leader closes it; the minutes are read from then on. */
@Entity({ name: 'team_meeting' })
@Index('uq_team_meeting_team_start', ['teamId', 'startsAt'], { unique: true })
@Index('ix_team_meeting_tenant_team_start', ['tenantId', 'teamId', 'startsAt'])
@Check('ck_team_meeting_times', '"ends_at" > "starts_at"')
export class TeamMeeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'enum', enum: TeamMeetingKind, enumName: 'team_meeting_kind', default: TeamMeetingKind.TeamMeeting })
  kind!: TeamMeetingKind;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  @Column({ name: 'agenda_prepared_at', type: 'timestamptz', nullable: true })
  agendaPreparedAt!: Date | null;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export enum MeetingItemSource {
  /** Put on by the automatic agenda preparation. */
  Prepared = 'prepared',
  /** A team member's own item. */
  Member = 'member',
  /** An item the citizen asked for: theirs, kept apart from staff items. */
  Citizen = 'citizen',
}

@Entity({ name: 'team_meeting_item' })
@Index('ix_team_meeting_item_meeting', ['meetingId', 'position'])
@Index('ix_team_meeting_item_citizen', ['tenantId', 'citizenId'])
@Index('uq_team_meeting_item_prepared', ['meetingId', 'citizenId'], { unique: true, where: `"source" = 'prepared'` })
export class TeamMeetingItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => TeamMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: TeamMeeting;

  @Column({ name: 'citizen_id', type: 'uuid', nullable: true })
  citizenId!: string | null;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ type: 'enum', enum: MeetingItemSource, enumName: 'meeting_item_source' })
  source!: MeetingItemSource;

  /** Why the preparation put the citizen on (team_board, crisis, …); null for own items. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  title!: string | null;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  /** The short note written during the meeting. */
  @Column({ type: 'varchar', length: 4000, nullable: true })
  note!: string | null;

  @Column({ name: 'citizen_attends', type: 'boolean', default: false })
  citizenAttends!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'team_meeting_attendance' })
@Index('uq_team_meeting_attendance', ['meetingId', 'memberId'], { unique: true })
export class TeamMeetingAttendance {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => TeamMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: TeamMeeting;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ type: 'boolean' })
  present!: boolean;
}

@Entity({ name: 'meeting_decision' })
@Index('ix_meeting_decision_item', ['itemId'])
@Index('ix_meeting_decision_meeting', ['meetingId', 'createdAt', 'id'])
@Index('ix_meeting_decision_citizen', ['tenantId', 'citizenId', 'createdAt'])
export class MeetingDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => TeamMeetingItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: TeamMeetingItem;

  @Column({ name: 'citizen_id', type: 'uuid', nullable: true })
  citizenId!: string | null;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Who does what by when, agreed at a meeting. Shows on the assignee's list and the citizen's overview. */
@Entity({ name: 'follow_up_task' })
@Index('ix_follow_up_task_assignee', ['tenantId', 'assigneeMemberId', 'dueDate'])
@Index('ix_follow_up_task_citizen', ['tenantId', 'citizenId', 'dueDate'])
@Index('ix_follow_up_task_item', ['itemId'])
@Index('ix_follow_up_task_meeting', ['meetingId', 'createdAt', 'id'])
export class FollowUpTask {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => TeamMeetingItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: TeamMeetingItem;

  @Column({ name: 'citizen_id', type: 'uuid', nullable: true })
  citizenId!: string | null;

  @Column({ name: 'assignee_member_id', type: 'uuid' })
  assigneeMemberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_member_id' })
  assignee?: TeamMember;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'done_by', type: 'uuid', nullable: true })
  doneBy!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A crisis flag on a citizen: the team meeting takes them right after the team board. */
@Entity({ name: 'citizen_crisis_flag' })
@Index('uq_citizen_crisis_flag_open', ['citizenId'], { unique: true, where: '"cleared_at" IS NULL' })
export class CitizenCrisisFlag {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ name: 'raised_by', type: 'uuid' })
  raisedBy!: string;

  @CreateDateColumn({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt!: Date | null;

  @Column({ name: 'cleared_by', type: 'uuid', nullable: true })
  clearedBy!: string | null;
}
