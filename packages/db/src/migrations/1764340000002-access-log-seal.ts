import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, defect 3 (ADR 0015): the access log's rows carry the id of the transaction that wrote
 * them, stamped by a trigger (a client of the table cannot choose it), so that a worker can seal
 * finished transactions' rows without blocking requests. The seal itself lives in the schema
 * `audit`, owned by the role `act_audit` and installed by `setup` (access-log-seal.ts); here the
 * owner only grants that role what the seal and the retention purge need. Rows written before
 * this migration have xact_id 0 and go into each tenant's first seal.
 */
export class AccessLogSeal1764340000002 implements MigrationInterface {
  name = 'AccessLogSeal1764340000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_log" ADD "xact_id" bigint NOT NULL DEFAULT '0'`);
    await q.query(`CREATE INDEX "ix_access_log_tenant_xact" ON "access_log" ("tenant_id", "xact_id") `);
    await q.query(`ALTER TABLE "tenant" ADD "access_log_retention_months" smallint NOT NULL DEFAULT '6'`);
    await q.query(`ALTER TABLE "tenant" ADD CONSTRAINT "ck_tenant_access_log_retention" CHECK ("access_log_retention_months" BETWEEN 1 AND 120)`);
    await q.query(`GRANT UPDATE ("access_log_retention_months") ON "tenant" TO act_app`);

    await q.query(`CREATE FUNCTION stamp_access_log_xact() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.xact_id := pg_current_xact_id()::text::bigint; RETURN NEW; END $$`);
    await q.query(`CREATE TRIGGER access_log_stamp_xact BEFORE INSERT ON "access_log"
      FOR EACH ROW EXECUTE FUNCTION stamp_access_log_xact()`);

    // Append-only for everyone, except the retention purge (audit.purge_access_log, which runs as
    // act_audit and deletes only whole sealed ranges past the tenant's retention).
    await q.query(`CREATE OR REPLACE FUNCTION refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_user = 'act_audit' THEN RETURN OLD; END IF;
        RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = '42501';
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO act_audit`);
    await q.query(`GRANT SELECT, DELETE ON "access_log" TO act_audit`);
    await q.query(`GRANT SELECT ON "tenant" TO act_audit`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON "tenant" FROM act_audit`);
    await q.query(`REVOKE ALL ON "access_log" FROM act_audit`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM act_audit`);
    await q.query(`CREATE OR REPLACE FUNCTION refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = '42501'; END $$`);
    await q.query(`DROP TRIGGER access_log_stamp_xact ON "access_log"`);
    await q.query(`DROP FUNCTION stamp_access_log_xact()`);
    await q.query(`REVOKE UPDATE ("access_log_retention_months") ON "tenant" FROM act_app`);
    await q.query(`ALTER TABLE "tenant" DROP CONSTRAINT "ck_tenant_access_log_retention"`);
    await q.query(`ALTER TABLE "tenant" DROP COLUMN "access_log_retention_months"`);
    await q.query(`DROP INDEX "public"."ix_access_log_tenant_xact"`);
    await q.query(`ALTER TABLE "access_log" DROP COLUMN "xact_id"`);
  }
}
