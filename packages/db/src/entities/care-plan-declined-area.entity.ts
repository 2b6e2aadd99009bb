import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CarePlanVersion } from './care-plan-version.entity';
import { LifeArea } from './life-area.entity';

/** A life area the citizen does not want support with now, in their words — a choice, not a failure. */
@Entity({ name: 'care_plan_declined_area' })
@Index('uq_care_plan_declined_area', ['versionId', 'lifeAreaId'], { unique: true })
export class CarePlanDeclinedArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CarePlanVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: CarePlanVersion;

  @Column({ name: 'life_area_id', type: 'uuid' })
  lifeAreaId!: string;

  @ManyToOne(() => LifeArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'life_area_id' })
  lifeArea?: LifeArea;

  @Column({ name: 'citizen_words', type: 'varchar', length: 2000 })
  citizenWords!: string;
}
