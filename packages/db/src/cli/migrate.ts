/**
 * `npm run db:migrate`: brings a database up to date — roles, the database itself, the migrations
 * (as the owner role) and the access log's seal schema (as the administrator; ADR 0015). The same
 * idempotent steps as `setup` without `--reset`, so it is safe to run before every rollout.
 * Needs `DATABASE_URL` (a role that can create roles and databases) and `ACT_DATABASE` (default act).
 */
import { setupDatabase } from './setup';

setupDatabase({ database: process.env.ACT_DATABASE })
  .then(() => console.log('database migrated'))
  .catch((err: unknown) => {
    console.error('database migration failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  });
