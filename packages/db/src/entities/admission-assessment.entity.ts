import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Citizen } from './citizen.entity';

/** The ACT admission criteria as recorded at intake, one row per citizen (latest wins). */
@Entity({ name: 'admission_assessment' })
@Index('uq_admission_assessment_citizen', ['citizenId'], { unique: true })
export class AdmissionAssessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ name: 'is_adult', type: 'boolean' })
  isAdult!: boolean;

  @Column({ name: 'has_mental_illness', type: 'boolean' })
  hasMentalIllness!: boolean;

  @Column({ name: 'has_substance_use', type: 'boolean' })
  hasSubstanceUse!: boolean;

  @Column({ name: 'not_held_by_ordinary_services', type: 'boolean' })
  notHeldByOrdinaryServices!: boolean;

  @Column({ name: 'wants_support', type: 'boolean' })
  wantsSupport!: boolean;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({ name: 'assessed_by', type: 'uuid' })
  assessedBy!: string;

  @CreateDateColumn({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt!: Date;
}
