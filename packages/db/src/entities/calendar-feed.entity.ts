import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';

/**
 * A personal iCalendar feed. The URL carries a 256-bit random token; only its SHA-256 is kept.
 * Revoking sets `revoked_at`; a user has at most one feed in force.
 */
@Entity({ name: 'calendar_feed' })
@Index('uq_calendar_feed_token', ['tokenHash'], { unique: true })
@Index('uq_calendar_feed_user_open', ['userId'], { unique: true, where: '"revoked_at" IS NULL' })
export class CalendarFeed {
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
