import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: every row-level security policy reads the tenant once per statement instead of once
 * per row. `tenant_id = current_tenant_id()` is evaluated for every row a scan looks at
 * (current_setting, NULLIF and a uuid cast each time): a join of a team's 100 citizens with the
 * tenant's 3,330 open primary contacts spent most of its time there. Written as
 * `tenant_id = (SELECT current_tenant_id())` PostgreSQL computes it once as an InitPlan and
 * compares a constant; what a policy allows is unchanged. New policies must use the same form
 * (rls.int-spec.ts checks every policy).
 */
const ONCE = '(SELECT current_tenant_id())';

export class RlsTenantOnce1764360400000 implements MigrationInterface {
  name = 'RlsTenantOnce1764360400000';

  public async up(q: QueryRunner): Promise<void> {
    await rewrite(q, (column) => `${column} = ${ONCE}`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await rewrite(q, (column) => `${column} = current_tenant_id()`);
  }
}

/** Every policy of the schema has the shape `<column> = <tenant>` for USING and WITH CHECK. */
async function rewrite(q: QueryRunner, condition: (column: string) => string): Promise<void> {
  const policies: Array<{ table: string; policy: string; qual: string }> = await q.query(
    `SELECT tablename AS table, policyname AS policy, qual FROM pg_policies WHERE schemaname = current_schema() ORDER BY 1, 2`,
  );
  for (const p of policies) {
    const column = /^\((\w+) = /.exec(p.qual)?.[1];
    if (!column || !p.qual.includes('current_tenant_id()')) throw new Error(`unexpected policy ${p.policy} on ${p.table}: ${p.qual}`);
    await q.query(`ALTER POLICY "${p.policy}" ON "${p.table}" USING (${condition(column)}) WITH CHECK (${condition(column)})`);
  }
}
