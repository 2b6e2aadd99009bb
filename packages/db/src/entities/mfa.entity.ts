import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';

/** Who of a tenant must use a second factor (TOTP) when logging in with a password. */
export enum MfaPolicy {
  Optional = 'optional',
  /** Admins and team leaders (role team leader, or leader of a team). */
  AdminsAndTeamLeaders = 'admins_and_team_leaders',
  Everyone = 'everyone',
}

export enum MfaChallengePurpose {
  /** The password was right; the code step remains. */
  Login = 'login',
  /** The password was right; the user must enrol before anything else (tenant policy). */
  Enrol = 'enrol',
}

/**
 * A user's TOTP authenticator (at most one). `secret` is the confirmed one; `pending_secret` an
 * enrolment not yet confirmed with a code. `last_used_step` is the time step of the last code
 * accepted, so a code cannot be used twice (ADR 0018).
 */
@Entity({ name: 'mfa_factor' })
@Index('uq_mfa_factor_user', ['userId'], { unique: true })
export class MfaFactor {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ type: 'varchar', length: 64, nullable: true })
  secret!: string | null;

  @Column({ name: 'pending_secret', type: 'varchar', length: 64, nullable: true })
  pendingSecret!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One of a user's ten recovery codes: only a hash is kept; `used_at` once it has been used. */
@Entity({ name: 'mfa_recovery_code' })
@Index('ix_mfa_recovery_code_user', ['tenantId', 'userId'])
@Index('uq_mfa_recovery_code_hash', ['codeHash'], { unique: true })
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash!: Buffer;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The pending second step of a login: the password was right, no session exists yet. The client
 * holds a random token; only its SHA-256 is kept. Short-lived, single use, a few wrong codes.
 */
@Entity({ name: 'mfa_challenge' })
@Index('uq_mfa_challenge_token', ['tokenHash'], { unique: true })
@Index('ix_mfa_challenge_user', ['tenantId', 'userId'])
export class MfaChallenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ type: 'enum', enum: MfaChallengePurpose, enumName: 'mfa_challenge_purpose' })
  purpose!: MfaChallengePurpose;

  @Column({ name: 'failed_attempts', type: 'smallint', default: 0 })
  failedAttempts!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
