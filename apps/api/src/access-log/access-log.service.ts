import { AccessLogEntry, AppUser, Citizen } from '@act/db';
import { maskCpr, parseCpr } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { type Connection, type PageArgs, paginate } from '../common/graphql/connection';
import { InputException } from '../common/errors/input.exception';
import type { RequestContext } from '../common/request/request-context';
import type { AccessLogEntryModel } from './access-log.model';
import type { AuditOperation } from './audit-entry';
import type { AuditPurpose } from './audit-purpose';
import { audit } from './audit.buffer';
import type { AccessLogFilter } from './dto/access-log.inputs';

const EXTRACT_LIMIT = 10_000;

@Injectable()
export class AccessLogService {
  /** Newest first. The search itself is logged, with its criteria. */
  async search(ctx: RequestContext, filter: AccessLogFilter | null, page: PageArgs): Promise<Connection<AccessLogEntryModel>> {
    const qb = ctx.db.getRepository(AccessLogEntry).createQueryBuilder('a');
    let citizenId = filter?.citizenId ?? null;
    if (filter?.citizenCpr) {
      const byCpr = await this.citizenByCpr(ctx, filter.citizenCpr, 'citizenCpr');
      // An unknown CPR number, or another citizen's than citizenId's, finds nothing.
      if (!byCpr || (citizenId && citizenId !== byCpr.id)) qb.andWhere('false');
      citizenId = byCpr?.id ?? citizenId;
    }
    // Both shapes (ADR 0026): a row about the citizen alone, or a row listing them among others.
    if (citizenId) qb.andWhere(`(a.citizen_id = :citizenId OR a.citizen_ids @> ARRAY[:citizenId]::uuid[])`, { citizenId });
    if (filter?.actorId) qb.andWhere('a.actor_user_id = :actorId', { actorId: filter.actorId });
    if (filter?.operation) qb.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter?.from) qb.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('a.occurred_at < :to', { to: filter.to });
    const connection = await paginate(
      qb,
      page,
      // The identity id orders rows as they were written (occurred_at has microseconds a cursor would lose).
      [{ column: 'a.id', value: (a) => a.id, kind: 'int' }],
      'DESC',
      false,
    );
    audit(ctx, { operation: 'access-log.search', citizenId, criterion: describe(filter) });
    const names = await this.actorNames(ctx, connection.edges.map((e) => e.node.actorUserId));
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toModel(e.node, names, citizenId) })) };
  }

  /** Everything logged about one citizen, found by CPR number (for the citizen's own request). */
  async extract(ctx: RequestContext, cprInput: string): Promise<AccessLogEntryModel[]> {
    const citizen = await this.citizenByCpr(ctx, cprInput, 'cpr');
    audit(ctx, { operation: 'access-log.extract', citizenId: citizen?.id ?? null, criterion: `cpr:${maskCpr(parseCprOrThrow(cprInput, 'cpr'))}` });
    if (!citizen) return [];
    // The citizen's rows of both shapes (ADR 0026): their own, and lists they were part of.
    const rows = await ctx.db
      .getRepository(AccessLogEntry)
      .createQueryBuilder('a')
      .where(`(a.citizen_id = :id OR a.citizen_ids @> ARRAY[:id]::uuid[])`, { id: citizen.id })
      .orderBy('a.occurredAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(EXTRACT_LIMIT)
      .getMany();
    const names = await this.actorNames(ctx, rows.map((r) => r.actorUserId));
    return rows.map((r) => toModel(r, names, citizen.id));
  }

  private async citizenByCpr(ctx: RequestContext, input: string, field: string): Promise<{ id: string } | null> {
    return ctx.db.findOne(Citizen, { where: { cpr: parseCprOrThrow(input, field) }, select: { id: true } });
  }

  private async actorNames(ctx: RequestContext, ids: Array<string | null>): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
    const users = await Promise.all(unique.map((id) => ctx.loaders.userById.load(id)));
    return new Map(users.filter((u): u is AppUser => Boolean(u)).map((u) => [u.id, u.name]));
  }
}

/**
 * A row about several citizens (ADR 0026) has no `citizen_id`. When rows were found by a citizen
 * (the extract, a search by citizen), each is shown as it concerns that citizen — the list's other
 * citizens are not carried into the answer — so both shapes read the same.
 */
function toModel(a: AccessLogEntry, names: Map<string, string>, foundBy: string | null = null): AccessLogEntryModel {
  const citizenIds = foundBy ? [foundBy] : (a.citizenIds ?? (a.citizenId ? [a.citizenId] : []));
  return {
    id: a.id,
    occurredAt: a.occurredAt,
    actorId: a.actorUserId,
    actorName: a.actorUserId ? (names.get(a.actorUserId) ?? null) : null,
    citizenId: foundBy ?? a.citizenId,
    citizenIds,
    criterion: a.criterion,
    // Rows are written through audit() (and the calendar feed's one INSERT), so always a known value.
    operation: a.operation as AuditOperation,
    // Set from one map (audit-purpose.ts) for every row, old rows back-filled by migration.
    purpose: a.purpose as AuditPurpose,
    requestId: a.requestId,
    clientRequestId: a.clientRequestId,
  };
}

function parseCprOrThrow(input: string, field: string): string {
  const cpr = parseCpr(input);
  if (!cpr.ok) throw InputException.field(field, 'CPR-nummeret er ikke gyldigt. Skriv det som 10 cifre, fx 010190-1234.');
  return cpr.value;
}

/** The search's criteria for its own log row; a CPR number only masked. */
function describe(filter: AccessLogFilter | null): string | null {
  if (!filter) return null;
  const parts = Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}:${k === 'citizenCpr' ? maskCpr(parseCprOrThrow(String(v), 'citizenCpr')) : v instanceof Date ? v.toISOString() : String(v)}`);
  return parts.length ? parts.join(' ') : null;
}
