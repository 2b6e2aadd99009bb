import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CarePlanVersion } from './care-plan-version.entity';
import { LifeArea } from './life-area.entity';
import { GoalStatus, StageOfChange } from './enums';

/** A goal in the citizen's words, within a life area, in one plan version. */
@Entity({ name: 'care_plan_goal' })
@Index('ix_care_plan_goal_version', ['versionId', 'position'])
@Index('ix_care_plan_goal_key', ['goalKey'])
export class CarePlanGoal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CarePlanVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: CarePlanVersion;

  /** The same goal in every version keeps its key; versions are compared by it. A key belongs to one citizen (trigger). */
  @Column({ name: 'goal_key', type: 'uuid' })
  goalKey!: string;

  @Column({ name: 'life_area_id', type: 'uuid' })
  lifeAreaId!: string;

  @ManyToOne(() => LifeArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'life_area_id' })
  lifeArea?: LifeArea;

  @Column({ name: 'citizen_words', type: 'varchar', length: 2000 })
  citizenWords!: string;

  @Column({ type: 'enum', enum: GoalStatus, enumName: 'care_plan_goal_status', default: GoalStatus.Active })
  status!: GoalStatus;

  @Column({ name: 'stage_of_change', type: 'enum', enum: StageOfChange, enumName: 'stage_of_change', nullable: true })
  stageOfChange!: StageOfChange | null;

  @Column({ type: 'smallint' })
  position!: number;
}
