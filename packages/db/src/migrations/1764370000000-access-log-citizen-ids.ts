import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 (ADR 0026): one access-log row per request and operation. Entries of one request that
 * differ only by citizen (a list, a caseload) are written as one row holding the citizens' ids in
 * `citizen_ids`; a row about one citizen keeps `citizen_id` as before. Older rows are not touched
 * (the log is append-only): adding a nullable column without a default rewrites nothing.
 * The check keeps the two shapes apart, so a row names its citizens in exactly one way.
 * The GIN index lets a citizen's extract and the admin search find the rows listing them.
 */
export class AccessLogCitizenIds1764370000000 implements MigrationInterface {
  name = 'AccessLogCitizenIds1764370000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_log" ADD "citizen_ids" uuid array`);
    await q.query(`ALTER TABLE "access_log" ADD CONSTRAINT "ck_access_log_citizen_ids"
      CHECK ("citizen_ids" IS NULL OR ("citizen_id" IS NULL AND cardinality("citizen_ids") >= 2))`);
    await q.query(`CREATE INDEX "ix_access_log_citizen_ids" ON "access_log" USING gin ("citizen_ids")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_access_log_citizen_ids"`);
    await q.query(`ALTER TABLE "access_log" DROP CONSTRAINT "ck_access_log_citizen_ids"`);
    await q.query(`ALTER TABLE "access_log" DROP COLUMN "citizen_ids"`);
  }
}
