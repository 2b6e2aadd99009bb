import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Tenant } from './tenant.entity';

/**
 * A tenant's single sign-on (OpenID Connect) settings, set by its admin. The client secret is
 * never stored: `client_secret_env` names the environment variable that holds it (ADR 0017).
 */
@Entity({ name: 'tenant_sso' })
export class TenantSso {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Tenant;

  @Column({ type: 'boolean', default: false })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 500 })
  issuer!: string;

  @Column({ name: 'client_id', type: 'varchar', length: 200 })
  clientId!: string;

  /** e.g. SSO_CLIENT_SECRET_AARHUS; null for a public client (PKCE only). */
  @Column({ name: 'client_secret_env', type: 'varchar', length: 100, nullable: true })
  clientSecretEnv!: string | null;

  /** Password login refused for everyone but the break-glass admin. */
  @Column({ name: 'sso_required', type: 'boolean', default: false })
  ssoRequired!: boolean;

  @Column({ name: 'break_glass_user_id', type: 'uuid', nullable: true })
  breakGlassUserId!: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'break_glass_user_id' })
  breakGlassUser?: AppUser;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
