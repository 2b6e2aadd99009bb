import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Discipline } from './enums';
import { Team } from './team.entity';
import { numericToNumber } from './transformers';

@Entity({ name: 'team_member' })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
