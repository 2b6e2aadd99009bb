import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CarePlanGoal } from './care-plan-goal.entity';
import { TeamMember } from './team-member.entity';

/** A concrete step toward a goal: what, who on the team, by when. */
@Entity({ name: 'care_plan_step' })
@Index('ix_care_plan_step_goal', ['goalId', 'position'])
export class CarePlanStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'goal_id', type: 'uuid' })
  goalId!: string;

  @ManyToOne(() => CarePlanGoal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: CarePlanGoal;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Column({ name: 'responsible_member_id', type: 'uuid', nullable: true })
  responsibleMemberId!: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_member_id' })
  responsibleMember?: TeamMember;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'smallint' })
  position!: number;
}
