import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the worker needs before a tenant is known. Scheduled sweeps must visit every tenant, but
 * the application role sees no rows without one (row-level security on `tenant` too). This narrow
 * function runs as the owner (BYPASSRLS) and returns tenant ids only — never names or data.
 * Each tenant's work then runs in its own transaction with the tenant set, under RLS as usual.
 */
export class WorkerFunctions1764250000000 implements MigrationInterface {
  name = 'WorkerFunctions1764250000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION worker_tenant_ids() RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT id FROM tenant ORDER BY id $$`);
    await q.query(`REVOKE ALL ON FUNCTION worker_tenant_ids() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION worker_tenant_ids() TO act_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION worker_tenant_ids()`);
  }
}
