import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, defect 1: whatever is sent is logged. A request that rolls back still writes its
 * access-log rows (in a transaction of their own, after the rollback) and says so in `outcome`.
 * Rows written so far were all inserted in the transaction they describe, so they committed.
 */
export class AccessLogOutcome1764330000001 implements MigrationInterface {
  name = 'AccessLogOutcome1764330000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."access_log_outcome" AS ENUM('committed', 'rolled_back')`);
    await q.query(`ALTER TABLE "access_log" ADD "outcome" "public"."access_log_outcome" NOT NULL DEFAULT 'committed'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_log" DROP COLUMN "outcome"`);
    await q.query(`DROP TYPE "public"."access_log_outcome"`);
  }
}
