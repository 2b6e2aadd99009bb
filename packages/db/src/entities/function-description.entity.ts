import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';
import { Discipline } from './enums';

/** A role in a team ("Sygeplejerske", "Peer-medarbejder"); its description is versioned. */
@Entity({ name: 'function_role' })
@Index('uq_function_role_team_title', ['tenantId', 'teamId', 'title'], { unique: true })
export class FunctionRole {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'enum', enum: Discipline, enumName: 'discipline', nullable: true })
  discipline!: Discipline | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One version of a function description. Versions are only added, never changed. */
@Entity({ name: 'function_description' })
@Index('uq_function_description_version', ['roleId', 'version'], { unique: true })
@Check('ck_function_description_version', '"version" >= 1')
export class FunctionDescription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId!: string;

  @ManyToOne(() => FunctionRole, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role?: FunctionRole;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 4000 })
  purpose!: string;

  @Column({ name: 'tasks_outreach', type: 'varchar', length: 4000 })
  tasksOutreach!: string;

  @Column({ name: 'tasks_plan', type: 'varchar', length: 4000 })
  tasksPlan!: string;

  @Column({ name: 'tasks_support', type: 'varchar', length: 4000 })
  tasksSupport!: string;

  @Column({ name: 'tasks_transition', type: 'varchar', length: 4000 })
  tasksTransition!: string;

  @Column({ name: 'professional_competences', type: 'varchar', length: 4000 })
  professionalCompetences!: string;

  @Column({ name: 'personal_competences', type: 'varchar', length: 4000 })
  personalCompetences!: string;

  @Column({ name: 'written_by', type: 'uuid' })
  writtenBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Which function description a member works under (at most one). */
@Entity({ name: 'member_function_role' })
@Index('uq_member_function_role_member', ['memberId'], { unique: true })
@Index('ix_member_function_role_role', ['roleId'])
export class MemberFunctionRole {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId!: string;

  @ManyToOne(() => FunctionRole, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role?: FunctionRole;

  @Column({ name: 'linked_by', type: 'uuid' })
  linkedBy!: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;
}
