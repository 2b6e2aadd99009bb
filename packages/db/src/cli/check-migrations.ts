/**
 * CI check: migrate a scratch database from zero, then ask TypeORM what it would still change to
 * match the entities. Any pending statement means a migration is missing. Exit 1 then.
 */
import { setupDatabase } from './setup';
import { pendingSchemaSql } from './pending-schema';

async function main(): Promise<void> {
  const database = process.env.ACT_CHECK_DATABASE ?? 'act_migration_check';
  await setupDatabase({ database, reset: true });
  const pending = await pendingSchemaSql(database);
  if (pending.length) {
    console.error('Entities and migrations disagree. Missing in migrations:\n' + pending.join(';\n'));
    process.exit(1);
  }
  console.log('migrations match the entities');
}

main().catch((err: unknown) => {
  console.error('migration check failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
