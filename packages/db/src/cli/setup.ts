/**
 * Creates the owner and application roles and the database, then runs the migrations as the
 * owner. Idempotent. `--reset` drops the database first (tests). Usage:
 *   node dist/cli/setup.js [--database act] [--reset]
 */
import { Client } from 'pg';
import { ACCESS_LOG_SEAL_SQL, AUDIT_ROLE } from '../access-log-seal';
import { APP_ROLE, OWNER_ROLE, databaseUrls } from '../config';
import { createDataSource } from '../data-source';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function ensureRole(client: Client, role: string, password: string, attributes: string): Promise<void> {
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = rowCount ? 'ALTER' : 'CREATE';
  await client.query(`${verb} ROLE ${role} WITH LOGIN ${attributes} PASSWORD ${quoteLiteral(password)}`);
}

export async function setupDatabase(options: { database?: string; reset?: boolean } = {}): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...(options.database ? { ACT_DATABASE: options.database } : {}) };
  const urls = databaseUrls(env);
  const admin = new Client({ connectionString: urls.admin });
  await admin.connect();
  try {
    await ensureRole(admin, OWNER_ROLE, env.ACT_OWNER_PASSWORD ?? 'act_owner_local', 'NOSUPERUSER NOCREATEROLE NOCREATEDB BYPASSRLS');
    await ensureRole(admin, APP_ROLE, env.ACT_APP_PASSWORD ?? 'act_app_local', 'NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS');
    // Owns the access log's seal (ADR 0015): nobody logs in as it and no other role is a member.
    await ensureNoLoginRole(admin, AUDIT_ROLE, 'NOSUPERUSER NOCREATEROLE NOCREATEDB NOINHERIT BYPASSRLS');
    if (options.reset) {
      await admin.query(`DROP DATABASE IF EXISTS ${urls.database} WITH (FORCE)`);
    }
    const exists = await admin.query('select 1 from pg_database where datname = $1', [urls.database]);
    if (!exists.rowCount) {
      await admin.query(`CREATE DATABASE ${urls.database} OWNER ${OWNER_ROLE} ENCODING 'UTF8' TEMPLATE template0`);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${urls.database} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${urls.database} TO ${APP_ROLE}`);
  } finally {
    await admin.end();
  }

  const owner = createDataSource({ url: urls.owner, poolSize: 1, applicationName: 'act-migrate' });
  await owner.initialize();
  try {
    const ran = await owner.runMigrations({ transaction: 'each' });
    for (const m of ran) console.log(`migrated: ${m.name}`);
  } finally {
    await owner.destroy();
  }
  await installAccessLogSeal(urls.admin, urls.database);
}

async function ensureNoLoginRole(client: Client, role: string, attributes: string): Promise<void> {
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  await client.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} WITH NOLOGIN ${attributes}`);
}

/** The seal's schema belongs to act_audit, so only the administrator can install it (idempotent). */
async function installAccessLogSeal(adminUrl: string, database: string): Promise<void> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString(), application_name: 'act-setup-audit' });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const sql of ACCESS_LOG_SEAL_SQL) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  setupDatabase({ database: arg('database'), reset: process.argv.includes('--reset') })
    .then(() => console.log('database ready'))
    .catch((err: unknown) => {
      console.error('database setup failed:', err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
