import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { AppUser } from './app-user.entity';

export enum PartnerKind {
  DropInCentre = 'drop_in_centre',
  RegionalPsychiatry = 'regional_psychiatry',
  SomaticHospital = 'somatic_hospital',
  OutreachService = 'outreach_service',
  Jobcenter = 'jobcenter',
  Other = 'other',
}

/** What an agreement covers. */
export enum AgreementCoverage {
  VisitsOnSite = 'visits_on_site',
  ReferralRights = 'referral_rights',
  DischargeProcedures = 'discharge_procedures',
  InformationSharing = 'information_sharing',
}

export enum AgreementStatus {
  Draft = 'draft',
  Signed = 'signed',
  Ended = 'ended',
}

/**
 * A cooperation agreement (samarbejdsaftale) with a partner. A signed agreement with a review
 * date brings the steering group a notification before the review (the worker's daily sweep).
 * Consents can name the agreement they rest on (consent.agreement_id).
 */
@Entity({ name: 'cooperation_agreement' })
@Index('ix_cooperation_agreement_review', ['tenantId', 'reviewOn'])
@Check('ck_cooperation_agreement_signed', `"status" = 'draft' OR "signed_on" IS NOT NULL`)
@Check('ck_cooperation_agreement_review', '"review_on" IS NULL OR "signed_on" IS NULL OR "review_on" >= "signed_on"')
export class CooperationAgreement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'partner_kind', type: 'enum', enum: PartnerKind, enumName: 'partner_kind' })
  partnerKind!: PartnerKind;

  /** "Regionspsykiatrien Vest, dobbeltdiagnoseafsnittet". */
  @Column({ name: 'partner_name', type: 'varchar', length: 200 })
  partnerName!: string;

  /** Who signs on each side (organisations and functions, not citizens). */
  @Column({ type: 'varchar', length: 1000 })
  parties!: string;

  @Column({ type: 'enum', enum: AgreementCoverage, enumName: 'agreement_coverage', array: true, default: '{}' })
  covers!: AgreementCoverage[];

  @Column({ type: 'varchar', length: 4000, nullable: true })
  description!: string | null;

  @Column({ type: 'enum', enum: AgreementStatus, enumName: 'agreement_status', default: AgreementStatus.Draft })
  status!: AgreementStatus;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn!: string | null;

  @Column({ name: 'document_url', type: 'varchar', length: 1000, nullable: true })
  documentUrl!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: AppUser;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
