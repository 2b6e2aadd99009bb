/**
 * Helpers for integration suites: checksums of a tenant's rows (read with the owner role, so RLS
 * does not hide anything), role logins and assertions on GraphQL error answers.
 */
import { ownerDataSource, type TestTenant, uniqueFictionalCpr } from '@act/db/testing';
import type { ApiHarness, GqlResult } from './api-harness';

/**
 * Tables of the public schema that carry no `tenant_id`, and why each is not tenant data. Every
 * other table must have a `tenant_id` (db-state.int-spec.ts fails otherwise), so the checksum
 * below covers it without anyone adding it to a list. A child table that is tenant-owned only
 * through its parent would have to be added here with the join that reaches its tenant; there
 * is none today (every tenant-owned table carries its own tenant_id, for RLS).
 */
export const NOT_TENANT_TABLES: Record<string, string> = {
  migrations: "TypeORM's bookkeeping of applied migrations",
  tenant: 'the tenant row itself; the checksum reads it by id',
};

let tenantTablesCache: Promise<string[]> | undefined;

/** Every base table of the public schema with a tenant_id column, read from information_schema. */
export function tenantTables(): Promise<string[]> {
  tenantTablesCache ??= (async () => {
    const owner = await ownerDataSource();
    const rows: Array<{ table_name: string }> = await owner.query(
      `SELECT c.table_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
       ORDER BY c.table_name`,
    );
    return rows.map((r) => r.table_name);
  })();
  return tenantTablesCache;
}

/**
 * Tenant tables whose text is not about a citizen: the organisation, its staff accounts (staff
 * names are checked on their own), the steering group's own records and bookkeeping. Every other
 * tenant table's text counts as citizen free text (below), so a new table is covered unless it is
 * named here with the reason.
 */
export const NOT_CITIZEN_TEXT_TABLES: Record<string, string> = {
  access_log: 'operation names and criteria, read by the admin only',
  app_user: "staff accounts; names are checked separately, the password hash is nobody's",
  team: 'team names are shown to the steering group by design',
  team_alert: 'dedupe keys',
  team_meeting: 'places of team meetings',
  team_meeting_rhythm: 'times and places',
  meeting_series: 'series titles, rules and places',
  meeting_occurrence: 'places and reasons a meeting was not held (no citizen: the sparring case is an id)',
  function_role: 'role titles',
  function_description: 'descriptions of roles, not of people',
  life_area: 'the catalogue of life areas',
  notification: 'dedupe keys',
  notification_preference: 'no text',
  mail_delivery: 'keys and message ids',
  cooperation_agreement: "the municipality's agreements with partners",
  readiness_statement: 'the readiness catalogue',
  readiness_round: "the steering group's rounds and SWOT",
  readiness_round_statement: 'wording copied into a round',
  readiness_answer: "participants' comments, shown anonymously in results",
  implementation_checklist_item: "the steering group's checklists",
  implementation_checklist_event: 'their history',
  implementation_activity: 'the implementation plan',
  implementation_responsibility: 'the roles table',
};

/**
 * Every distinct free-text value (8 characters or more) of one tenant's citizen-related tables,
 * generated from information_schema: text columns of every tenant table not in
 * NOT_CITIZEN_TEXT_TABLES. What the steering group must never receive.
 */
export async function citizenFreeText(tenantId: string): Promise<string[]> {
  const owner = await ownerDataSource();
  const tables = new Set((await tenantTables()).filter((t) => !(t in NOT_CITIZEN_TEXT_TABLES)));
  const columns: Array<{ table_name: string; column_name: string }> = await owner.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('character varying', 'text', 'character') ORDER BY 1, 2`,
  );
  const parts = columns
    .filter((c) => tables.has(c.table_name))
    .map((c) => `SELECT "${c.column_name}"::text AS v FROM "${c.table_name}" WHERE tenant_id = $1 AND length("${c.column_name}") >= 8`);
  if (!parts.length) return [];
  const rows: Array<{ v: string }> = await owner.query(`SELECT DISTINCT v FROM (${parts.join('\nUNION ALL\n')}) x`, [tenantId]);
  return rows.map((r) => r.v);
}

export type TenantChecksum = Record<string, string | null>;

/**
 * md5 over every row (as text, sorted) of every tenant table for one tenant, plus the tenant row.
 * One statement, so that a matrix can afford it per batch. Access-log rows of requests that rolled
 * back are left out: they are the failed request's own trail, written after its rollback (ADR 0004),
 * not a change it made; tests read them by request id.
 */
export async function tenantChecksum(tenantId: string): Promise<TenantChecksum> {
  const owner = await ownerDataSource();
  const tables = await tenantTables();
  const parts = [
    `SELECT 'tenant' AS name, md5(t::text) AS sum FROM tenant t WHERE id = $1`,
    ...tables.map(
      (table) =>
        `SELECT '${table}', count(*)::int || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "${table}" t WHERE tenant_id = $1${table === 'access_log' ? ` AND outcome = 'committed'` : ''}`,
    ),
  ];
  const rows: Array<{ name: string; sum: string | null }> = await owner.query(parts.join('\nUNION ALL\n'), [tenantId]);
  const result: TenantChecksum = { tenant: null };
  for (const row of rows) result[row.name] = row.sum;
  return result;
}

export type RoleName = 'admin' | 'leader' | 'member' | 'steeringGroup' | 'otherMember';
export type Cookies = Record<RoleName, string>;

/** Logs every role of the tenant in (one session each). */
export async function loginAll(api: ApiHarness, t: TestTenant): Promise<Cookies> {
  const roles: RoleName[] = ['admin', 'leader', 'member', 'steeringGroup', 'otherMember'];
  const cookies = await Promise.all(roles.map((r) => api.login(t[r].email, t.password)));
  return Object.fromEntries(roles.map((r, i) => [r, cookies[i]])) as Cookies;
}

/** The `extensions.code` of every error of the answer. */
export function errorCodes(res: GqlResult): string[] {
  return (res.errors ?? []).map((e) => String(e.extensions?.code));
}

/** Common English words of validator and GraphQL messages; a Danish message has none of them. */
const ENGLISH = /\b(must|should|be|than|characters|value|expected|invalid|cannot|not|the|is|an?)\b/i;
const DANISH = /[æøåÆØÅ]|\b(skal|må|ikke|skriv|vælg|ukendt|er|en|et|til|og|som|findes|højst|mindst)\b/i;

/** A rough but useful check that a user-facing message is Danish, not a library default. */
export function looksDanish(message: string): boolean {
  return DANISH.test(message) && !ENGLISH.test(message);
}

/** Splits a string into searchable fragments that would betray another tenant's data. */
export function leaks(body: unknown, secrets: string[]): string[] {
  const text = JSON.stringify(body);
  return secrets.filter((s) => s.length > 0 && text.includes(s));
}

/**
 * Inserts `n` active citizens on a team with ONE multi-row INSERT (owner role), with fictional
 * CPR numbers unique in the tenant and names that sort in insertion order. Returns their ids.
 */
export async function insertCitizens(tenantId: string, teamId: string, n: number, namePrefix = 'Massborger'): Promise<string[]> {
  const owner = await ownerDataSource();
  const params: unknown[] = [tenantId, teamId];
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    params.push(`${namePrefix} ${String(i).padStart(4, '0')}`, uniqueFictionalCpr(tenantId));
    const p = params.length;
    values.push(`($1, $2, $${p - 1}, $${p}, 'active', '+4520000000', 'Testvej ${i + 1}', '8600', 'Silkeborg', 1)`);
  }
  const rows: Array<{ id: string }> = await owner.query(
    `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, phone, street, postal_code, city, version)
     VALUES ${values.join(', ')} RETURNING id`,
    params,
  );
  return rows.map((r) => r.id);
}

/** Access-log rows written under one request id (owner role), oldest first. */
export async function accessLogRows(requestId: string): Promise<
  Array<{
    id: string;
    tenant_id: string;
    actor_user_id: string | null;
    citizen_id: string | null;
    /** A row about several citizens (ADR 0026); null for a row about one or none. */
    citizen_ids: string[] | null;
    criterion: string | null;
    operation: string;
    request_id: string;
  }>
> {
  const owner = await ownerDataSource();
  return owner.query(
    `SELECT id::text, tenant_id, actor_user_id, citizen_id, citizen_ids, criterion, operation, request_id
     FROM access_log WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );
}
