import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';

/** Why a session ended before its time ran out; with `ended_by_user_id` the session's own trail. */
export enum SessionEndReason {
  /** The person logged out (or logged in again in the same browser). */
  Logout = 'logout',
  /** The person ended it from their list of sessions ("Mine sessioner"). */
  EndedByUser = 'ended_by_user',
  /** An admin ended all of the user's sessions. */
  EndedByAdmin = 'ended_by_admin',
  /** The user was disabled. */
  UserDisabled = 'user_disabled',
}

/**
 * Server-side session. The cookie holds a random token; only its SHA-256 is stored. The device
 * is the browser's and system's names read from the User-Agent at login (never the raw header,
 * never the client's address).
 */
@Entity({ name: 'user_session' })
@Index('uq_user_session_token', ['tokenHash'], { unique: true })
@Index('ix_user_session_user', ['tenantId', 'userId'])
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Started by single sign-on: logout also ends the IdP's session when it offers that. */
  @Column({ name: 'via_sso', type: 'boolean', default: false })
  viaSso!: boolean;

  /** The browser's name ("Chrome"), when the User-Agent said it. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  browser!: string | null;

  /** The operating system's name ("Android"), when the User-Agent said it. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  os!: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'enum', enum: SessionEndReason, enumName: 'session_end_reason', nullable: true })
  endReason!: SessionEndReason | null;

  /** Who ended it (the user, or the admin who ended or disabled them). */
  @Column({ name: 'ended_by_user_id', type: 'uuid', nullable: true })
  endedByUserId!: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ended_by_user_id' })
  endedBy?: AppUser;
}
