import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from './enums';

@Entity({ name: 'app_user' })
@Index('uq_app_user_email', ['email'], { unique: true })
@Index('ix_app_user_tenant', ['tenantId'])
@Index('uq_app_user_sso_subject', ['tenantId', 'ssoSubject'], { unique: true, where: '"sso_subject" IS NOT NULL' })
export class AppUser {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  /** Stored normalised (trimmed, lower case); unique across tenants because login starts from it. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  /** The IdP's stable subject (`sub`) once linked by single sign-on; unique within the tenant. */
  @Column({ name: 'sso_subject', type: 'varchar', length: 255, nullable: true })
  ssoSubject!: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
