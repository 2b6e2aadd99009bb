import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Citizen } from './citizen.entity';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';

/** What kind of group. Dual-diagnosis groups are what the fidelity item "group attendance" counts. */
export enum GroupSessionKind {
  DualDiagnosis = 'dual_diagnosis',
  Social = 'social',
  Psychoeducation = 'psychoeducation',
  Other = 'other',
}

/**
 * A group session the team held (issue 14): when, how long, led by whom, and which of the team's
 * citizens came. Attendance is citizen data: only the team's staff read and write it.
 */
@Entity({ name: 'group_session' })
@Index('ix_group_session_team_start', ['tenantId', 'teamId', 'startsAt'])
@Check('ck_group_session_duration', '"duration_minutes" BETWEEN 10 AND 480')
export class GroupSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'enum', enum: GroupSessionKind, enumName: 'group_session_kind' })
  kind!: GroupSessionKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes!: number;

  /** The staff member who led it (a member of the same team). */
  @Column({ name: 'led_by_member_id', type: 'uuid' })
  ledByMemberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'led_by_member_id' })
  ledBy?: TeamMember;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: AppUser;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A citizen who came to a group session (a citizen of the session's team). */
@Entity({ name: 'group_session_attendee' })
@Index('ix_group_session_attendee_citizen', ['tenantId', 'citizenId'])
export class GroupSessionAttendee {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => GroupSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: GroupSession;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;
}
