import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What became of the request that wrote the row. Rows of a request that rolled back (an error,
 * a refusal, a client that went away) are written after the rollback in a transaction of their
 * own: the answer may still have carried citizen data, so the row stays, marked as such.
 */
export enum AccessLogOutcome {
  Committed = 'committed',
  RolledBack = 'rolled_back',
}

/**
 * Append-only access log: one row per request and operation (ADR 0004, 0026). A row about one
 * citizen names them in `citizen_id`; a row about several (a list, a caseload) names them all in
 * `citizen_ids` (rows written before ADR 0026 are one per citizen). A trigger refuses UPDATE,
 * DELETE and TRUNCATE; the application role has SELECT and INSERT only.
 */
@Entity({ name: 'access_log' })
@Index('ix_access_log_tenant_time', ['tenantId', 'occurredAt'])
@Index('ix_access_log_citizen', ['tenantId', 'citizenId', 'occurredAt'])
@Index('ix_access_log_tenant_xact', ['tenantId', 'xactId'])
// GIN over citizen_ids (migration 1764370000000): TypeORM cannot declare the method, so it leaves it alone.
@Index('ix_access_log_citizen_ids', { synchronize: false })
@Check('ck_access_log_citizen_ids', '"citizen_ids" IS NULL OR ("citizen_id" IS NULL AND cardinality("citizen_ids") >= 2)')
export class AccessLogEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The one citizen of the row (null for a row about several, or about none). */
  @Column({ name: 'citizen_id', type: 'uuid', nullable: true })
  citizenId!: string | null;

  /** The citizens of a row about several (two or more, in the order they were touched); null otherwise. ADR 0026. */
  @Column({ name: 'citizen_ids', type: 'uuid', array: true, nullable: true })
  citizenIds!: string[] | null;

  /** For searches and lists: what was asked for (never a full CPR number). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  criterion!: string | null;

  @Column({ type: 'varchar', length: 100 })
  operation!: string;

  /** Why (a code of the API's AUDIT_PURPOSES); every row has one. */
  @Column({ type: 'varchar', length: 200 })
  purpose!: string;

  /** The server's id of the request (never the client's, which could forge or collide). */
  @Column({ name: 'request_id', type: 'varchar', length: 100 })
  requestId!: string;

  /** The client's `x-request-id`, if it sent a plain token: a correlation hint, nothing more. */
  @Column({ name: 'client_request_id', type: 'varchar', length: 64, nullable: true })
  clientRequestId!: string | null;

  /** A row inserted in the transaction it describes exists only if that committed, hence the default. */
  @Column({ type: 'enum', enum: AccessLogOutcome, enumName: 'access_log_outcome', default: AccessLogOutcome.Committed })
  outcome!: AccessLogOutcome;

  /**
   * The writing transaction's id, stamped by a trigger whatever the INSERT says; the seal
   * (ADR 0015, access-log-seal.ts) covers rows of finished transactions. 0: written before the seal existed.
   */
  @Column({ name: 'xact_id', type: 'bigint', default: '0' })
  xactId!: string;
}
