import { Check, Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Citizen } from './citizen.entity';
import { CooperationAgreement } from './cooperation-agreement.entity';

/** The citizen's informed consent to share with a partner, for a purpose, within a period. */
@Check('ck_consent_period', '"valid_to" IS NULL OR "valid_to" >= "valid_from"')
@Check('ck_consent_withdrawn', '"withdrawn_on" IS NULL OR "withdrawn_on" >= "valid_from"')
@Entity({ name: 'consent' })
@Index('ix_consent_citizen', ['tenantId', 'citizenId', 'validFrom'])
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  /** Who may receive: "Jobcenter Silkeborg", "Regionspsykiatrien Midt", "Mor (Lone)". */
  @Column({ type: 'varchar', length: 200 })
  partner!: string;

  /** What may be shared and why, as agreed with the citizen. */
  @Column({ type: 'varchar', length: 1000 })
  purpose!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn!: string | null;

  /** The cooperation agreement the sharing rests on, when there is one. */
  @Column({ name: 'agreement_id', type: 'uuid', nullable: true })
  agreementId!: string | null;

  @ManyToOne(() => CooperationAgreement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: CooperationAgreement;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
