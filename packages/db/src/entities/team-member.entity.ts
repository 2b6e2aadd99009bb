import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Discipline, MemberLeaveReason } from './enums';
import { Team } from './team.entity';
import { numericToNumber } from './transformers';

/**
 * One person on one team. The membership runs from `joinedOn` to `leftOn` (their last day, both
 * Copenhagen dates); a member is current while `leftOn` is empty or not yet past. The day-by-day
 * FTE and discipline are in `TeamMemberSpan` (ADR 0025); `fte` and `discipline` here are today's.
 */
@Entity({ name: 'team_member' })
@Check('ck_team_member_left_after_joined', '"left_on" IS NULL OR "left_on" >= "joined_on"')
@Check('ck_team_member_leave_reason', '("left_on" IS NULL) = ("leave_reason" IS NULL)')
@Index('uq_team_member_team_user', ['tenantId', 'teamId', 'userId'], { unique: true })
@Index('ix_team_member_user', ['userId'])
export class TeamMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ type: 'enum', enum: Discipline, enumName: 'discipline' })
  discipline!: Discipline;

  /** Employment fraction: 37 hours a week = 1.00. */
  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: numericToNumber })
  fte!: number;

  @Column({ name: 'is_team_leader', type: 'boolean', default: false })
  isTeamLeader!: boolean;

  /** False for members who are never primary contact (e.g. the psychiatrist): capacity 0. */
  @Column({ name: 'carries_caseload', type: 'boolean', default: true })
  carriesCaseload!: boolean;

  /** First day on the team (of the current or last membership). */
  @Column({ name: 'joined_on', type: 'date', default: () => 'copenhagen_today()' })
  joinedOn!: string;

  /** Last day on the team; null while the membership has no end. */
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ name: 'leave_reason', type: 'enum', enum: MemberLeaveReason, enumName: 'member_leave_reason', nullable: true })
  leaveReason!: MemberLeaveReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A stretch of days with one FTE and discipline (ADR 0025). Spans of one member never overlap;
 * `validTo` is the last day (inclusive), null while open. `endReason` is set on the span that
 * ended the membership.
 */
@Entity({ name: 'team_member_span' })
@Index('ix_team_member_span_member', ['memberId', 'validFrom'])
@Check('ck_team_member_span_range', '"valid_to" IS NULL OR "valid_to" >= "valid_from"')
@Check('ck_team_member_span_fte', '"fte" >= 0 AND "fte" <= 1')
export class TeamMemberSpan {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_team_member_span' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_team_member_span_member' })
  member?: TeamMember;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: numericToNumber })
  fte!: number;

  @Column({ type: 'enum', enum: Discipline, enumName: 'discipline' })
  discipline!: Discipline;

  @Column({ name: 'end_reason', type: 'enum', enum: MemberLeaveReason, enumName: 'member_leave_reason', nullable: true })
  endReason!: MemberLeaveReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
