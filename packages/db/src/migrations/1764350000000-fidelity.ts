import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Method fidelity from the daily work (issue 14, ADR 0021): the team's budgeted positions, the
 * team leader's manual ratings (append-only), the tenant's own model versions (immutable), the
 * worker's weekly snapshots, the tenant's active version, why a course ended (on the assignment
 * that closed with it) and the visit's substance-treatment mark.
 */
export class Fidelity1764350000000 implements MigrationInterface {
  name = 'Fidelity1764350000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "team_budgeted_positions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "fte" numeric(5,2) NOT NULL, "start_date" date NOT NULL, "end_date" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_team_budgeted_positions_range" CHECK ("end_date" IS NULL OR "end_date" > "start_date"), CONSTRAINT "ck_team_budgeted_positions_fte" CHECK ("fte" >= 0 AND "fte" <= 500), CONSTRAINT "PK_ef6134f5ca2a2044c08180be054" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_budgeted_positions_team" ON "team_budgeted_positions"  ("tenant_id", "team_id", "start_date") `);
    await q.query(`CREATE TABLE "fidelity_manual_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "item_id" character varying(64) NOT NULL, "rating" smallint NOT NULL, "note" character varying(2000) NOT NULL, "rated_on" date NOT NULL, "rated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_fidelity_manual_rating_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_ca2a87ec378b5017b32220d77d6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_fidelity_manual_rating_team" ON "fidelity_manual_rating"  ("tenant_id", "team_id", "item_id", "rated_on") `);
    await q.query(`CREATE TABLE "fidelity_model_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "version_id" character varying(64) NOT NULL, "label" character varying(200) NOT NULL, "based_on" character varying(64) NOT NULL, "definition" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d336bb56b8de83951f18d565c1d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_fidelity_model_version" ON "fidelity_model_version"  ("tenant_id", "version_id") `);
    await q.query(`CREATE TABLE "fidelity_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "version_id" character varying(64) NOT NULL, "report" jsonb NOT NULL, "citizens" integer NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_baf7ec5b6620488654ae3a29abc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_fidelity_snapshot" ON "fidelity_snapshot"  ("tenant_id", "team_id", "from_date", "to_date", "version_id") `);
    await q.query(`CREATE TYPE "public"."course_end_kind" AS ENUM('moved_away', 'died', 'transferred', 'completed', 'other')`);
    await q.query(`ALTER TABLE "primary_assignment" ADD "end_kind" "public"."course_end_kind"`);
    await q.query(`ALTER TABLE "tenant" ADD "active_fidelity_version" character varying(64)`);
    await q.query(`ALTER TABLE "visit" ADD "substance_treatment" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "team_budgeted_positions" ADD CONSTRAINT "FK_928c66728dcf98cfdb5a530d1ef" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_budgeted_positions" ADD CONSTRAINT "FK_28e1157761a3456d36a1b5d3d42" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "fidelity_manual_rating" ADD CONSTRAINT "FK_8471d1fbd6a434bca3e9a06b986" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "fidelity_manual_rating" ADD CONSTRAINT "FK_7b910662cc05f322d0cea48ab01" FOREIGN KEY ("rated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "fidelity_model_version" ADD CONSTRAINT "FK_4f1a6228d02778f8f27bc221602" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "fidelity_snapshot" ADD CONSTRAINT "FK_85e87e991c7a27bb4251fcf9be3" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // A version a report named must stay as it was: no update, no delete, whoever asks.
    await q.query(`CREATE FUNCTION refuse_fidelity_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'fidelity model version % is immutable', OLD.version_id USING ERRCODE = '55000';
      END $$`);
    await q.query(`CREATE TRIGGER fidelity_model_version_immutable BEFORE UPDATE OR DELETE ON "fidelity_model_version"
      FOR EACH ROW EXECUTE FUNCTION refuse_fidelity_version_change()`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
      await q.query(`GRANT ${APPEND_ONLY.has(table) ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE'} ON "${table}" TO act_app`);
    }
    await q.query(`GRANT UPDATE ("active_fidelity_version") ON "tenant" TO act_app`);
    for (const [table, refTable, column] of SAME_TENANT_REFERENCES) {
      await q.query(`CREATE TRIGGER same_tenant_${column} BEFORE INSERT OR UPDATE OF ${column}, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('${refTable}', '${column}')`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE ("active_fidelity_version") ON "tenant" FROM act_app`);
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP FUNCTION refuse_fidelity_version_change()`);
    await q.query(`ALTER TABLE "visit" DROP COLUMN "substance_treatment"`);
    await q.query(`ALTER TABLE "tenant" DROP COLUMN "active_fidelity_version"`);
    await q.query(`ALTER TABLE "primary_assignment" DROP COLUMN "end_kind"`);
    await q.query(`DROP TYPE "public"."course_end_kind"`);
  }
}

const TABLES = ['team_budgeted_positions', 'fidelity_manual_rating', 'fidelity_model_version', 'fidelity_snapshot'];

/** History: ratings are added, never changed; versions are immutable (the trigger holds it for the owner too). */
const APPEND_ONLY = new Set(['fidelity_manual_rating', 'fidelity_model_version']);

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['team_budgeted_positions', 'team', 'team_id'],
  ['team_budgeted_positions', 'app_user', 'created_by'],
  ['fidelity_manual_rating', 'team', 'team_id'],
  ['fidelity_manual_rating', 'app_user', 'rated_by'],
  ['fidelity_model_version', 'app_user', 'created_by'],
  ['fidelity_snapshot', 'team', 'team_id'],
];
