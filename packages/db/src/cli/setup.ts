/**
 * Creates the owner and application roles and the database, then runs the migrations as the
 * owner. Idempotent. `--reset` drops the database first (tests). Usage:
 *   node dist/cli/setup.js [--database act] [--reset]
 */
import { Client } from 'pg';
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
}

if (require.main === module) {
  setupDatabase({ database: arg('database'), reset: process.argv.includes('--reset') })
    .then(() => console.log('database ready'))
    .catch((err: unknown) => {
      console.error('database setup failed:', err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
