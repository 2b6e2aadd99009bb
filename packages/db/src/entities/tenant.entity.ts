import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MfaPolicy } from './mfa.entity';

/** A municipality. Every tenant-owned row carries its id; RLS keeps tenants apart. */
@Entity({ name: 'tenant' })
@Check('ck_tenant_min_group_size', '"min_group_size" BETWEEN 3 AND 50')
@Check('ck_tenant_access_log_retention', '"access_log_retention_months" BETWEEN 1 AND 120')
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /**
   * The steering group's figures hide any group (a team's citizens, a readiness round's answers)
   * smaller than this, so nobody can be recognised from a count. Set by the admin.
   */
  @Column({ name: 'min_group_size', type: 'smallint', default: 5 })
  minGroupSize!: number;

  /** Who must log in with a second factor (ADR 0018). Set by the admin; off by default. */
  @Column({ name: 'mfa_policy', type: 'enum', enum: MfaPolicy, enumName: 'mfa_policy', default: MfaPolicy.Optional })
  mfaPolicy!: MfaPolicy;

  /** How long the access log keeps a row, in months (1–120, default 6); then a worker job purges it (ADR 0015). */
  @Column({ name: 'access_log_retention_months', type: 'smallint', default: 6 })
  accessLogRetentionMonths!: number;

  /** The fidelity model version the tenant's reports use: a stored version's id, or null for the standard model (ADR 0021). */
  @Column({ name: 'active_fidelity_version', type: 'varchar', length: 64, nullable: true })
  activeFidelityVersion!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
