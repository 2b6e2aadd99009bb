import type { Role } from '@act/db';
import type { Request, Response } from 'express';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { AuditEntry } from '../../access-log/audit-entry';
import type { Loaders } from '../../loaders/loaders';

export interface Membership {
  memberId: string;
  teamId: string;
  teamName: string;
  isTeamLeader: boolean;
}

export interface Viewer {
  userId: string;
  tenantId: string;
  sessionId: string;
  role: Role;
  name: string;
  email: string;
  tenantName: string;
  memberships: Membership[];
}

/**
 * Everything one GraphQL request owns: its id, its viewer, its single database transaction
 * (tenant set with set_config(..., true)), its DataLoaders and its buffered access-log rows.
 */
export interface RequestContext {
  req: Request;
  res: Response;
  requestId: string;
  ip: string;
  viewer: Viewer | null;
  queryRunner: QueryRunner;
  /** The request's transaction. Every query of the request goes through it. */
  db: EntityManager;
  loaders: Loaders;
  audit: AuditEntry[];
  finished: boolean;
  /** Commit even though the operation failed (a failed login's attempt counter must stay). */
  commitOnError?: boolean;
  /** Work to start once the transaction has committed (see `onCommit` in request-lifecycle.ts). */
  afterCommit?: Array<() => void>;
}
