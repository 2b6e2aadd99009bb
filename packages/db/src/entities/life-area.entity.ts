import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A life area a goal belongs to (substance use, housing, …). Data per tenant, not a code enum:
 * a municipality can add its own. Seeded with the defaults below by the migration (existing
 * tenants), the demo seed and the test factories.
 */
@Entity({ name: 'life_area' })
@Index('uq_life_area_tenant_code', ['tenantId', 'code'], { unique: true })
export class LifeArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  /** Stable identifier within the tenant, e.g. `substance_use`. */
  @Column({ type: 'varchar', length: 50 })
  code!: string;

  /** Danish name shown to staff and citizens, e.g. "Rusmidler". */
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Goals in this area may record the stage of change (substance use). */
  @Column({ name: 'tracks_stage_of_change', type: 'boolean', default: false })
  tracksStageOfChange!: boolean;

  @Column({ name: 'sort_order', type: 'smallint', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The life areas every tenant starts with (the domain brief's list). */
export const DEFAULT_LIFE_AREAS: ReadonlyArray<Pick<LifeArea, 'code' | 'name' | 'tracksStageOfChange' | 'sortOrder'>> = [
  { code: 'substance_use', name: 'Rusmidler', tracksStageOfChange: true, sortOrder: 10 },
  { code: 'mental_health', name: 'Psykisk trivsel', tracksStageOfChange: false, sortOrder: 20 },
  { code: 'physical_health', name: 'Fysisk helbred', tracksStageOfChange: false, sortOrder: 30 },
  { code: 'social_network', name: 'Netværk og relationer', tracksStageOfChange: false, sortOrder: 40 },
  { code: 'finances', name: 'Økonomi', tracksStageOfChange: false, sortOrder: 50 },
  { code: 'housing', name: 'Bolig', tracksStageOfChange: false, sortOrder: 60 },
  { code: 'education_employment', name: 'Uddannelse og arbejde', tracksStageOfChange: false, sortOrder: 70 },
  { code: 'everyday_life', name: 'Hverdagsliv og fritid', tracksStageOfChange: false, sortOrder: 80 },
];
