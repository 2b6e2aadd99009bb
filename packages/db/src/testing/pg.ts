/** Plain `pg` clients for database-level tests: the application role and the owner role. */
import { Client, type QueryResult, type QueryResultRow } from 'pg';
import { testDatabaseUrls } from './factories';

async function connect(url: string, applicationName: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  return client;
}

/** A client on the application role (no BYPASSRLS, owns nothing). Close it with `end()`. */
export function appClient(): Promise<Client> {
  return connect(testDatabaseUrls().app, 'act-test-app');
}

/** A client on the owner role (BYPASSRLS). Close it with `end()`. */
export function ownerClient(): Promise<Client> {
  return connect(testDatabaseUrls().owner, 'act-test-owner');
}

/** Sets the tenant for the current transaction only, as the api does. */
export async function setTenant(client: Client, tenantId: string): Promise<void> {
  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
}

/**
 * Runs `fn` in a transaction on `client` with the tenant set (or none when `tenantId` is null),
 * then rolls back (or commits when `commit` is true). Errors from `fn` are rethrown.
 */
export async function inTenant<T>(
  client: Client,
  tenantId: string | null,
  fn: () => Promise<T>,
  { commit = false }: { commit?: boolean } = {},
): Promise<T> {
  await client.query('BEGIN');
  try {
    if (tenantId !== null) await setTenant(client, tenantId);
    const result = await fn();
    await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

/** Runs one statement in its own rolled-back transaction (tenant set when given); returns the result or the error. */
export async function attempt<R extends QueryResultRow = QueryResultRow>(
  client: Client,
  tenantId: string | null,
  sql: string,
  params: unknown[] = [],
): Promise<{ ok: true; result: QueryResult<R> } | { ok: false; code: string; message: string }> {
  try {
    const result = await inTenant(client, tenantId, () => client.query<R>(sql, params));
    return { ok: true, result };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { ok: false, code: e.code ?? 'unknown', message: e.message ?? String(err) };
  }
}
