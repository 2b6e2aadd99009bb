/**
 * `npm run audit:verify`: recomputes every seal of the access log (ADR 0015) and prints, per
 * tenant, what was checked and the first altered, removed or added row. Exit code 1 if any.
 * Usage: node dist/cli/verify-access-log.js [--database act] [--tenant <uuid>]
 * Connects as the owner (from DATABASE_URL, or DATABASE_OWNER_URL); prints ids and hashes only.
 */
import { Client } from 'pg';
import { databaseUrls } from '../config';

export interface TenantVerification {
  tenant_id: string;
  seals: number;
  rows_checked: string;
  rows_unsealed: string;
  problem: string | null;
  seal_seq: number | null;
  row_id: string | null;
  head_hash: string | null;
}

export async function verifyAccessLog(url: string, tenantId: string | null = null): Promise<TenantVerification[]> {
  const client = new Client({ connectionString: url, application_name: 'act-audit-verify' });
  await client.connect();
  try {
    return (await client.query<TenantVerification>('SELECT * FROM audit.verify_access_log($1)', [tenantId])).rows;
  } finally {
    await client.end();
  }
}

export function describeVerification(r: TenantVerification): string {
  const what = `tenant ${r.tenant_id}: ${r.seals} seal(s), ${r.rows_checked} row(s) checked, ${r.rows_unsealed} not sealed yet`;
  return r.problem
    ? `${what} — FAILED: ${r.problem} (seal ${r.seal_seq ?? '-'}, first row id ${r.row_id ?? '-'})`
    : `${what} — ok, head ${r.head_hash ?? '(no seal yet)'}`;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const database = arg('database');
  const urls = databaseUrls({ ...process.env, ...(database ? { ACT_DATABASE: database } : {}) });
  verifyAccessLog(urls.owner, arg('tenant') ?? null)
    .then((results) => {
      for (const r of results) console.log(describeVerification(r));
      const failed = results.filter((r) => r.problem).length;
      console.log(failed ? `access log: ${failed} tenant(s) FAILED verification` : `access log: ${results.length} tenant(s) verified`);
      process.exit(failed ? 1 : 0);
    })
    .catch((err: unknown) => {
      console.error('access log verification could not run:', err instanceof Error ? err.message : err);
      process.exit(2);
    });
}
