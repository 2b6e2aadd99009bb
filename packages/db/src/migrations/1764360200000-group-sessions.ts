import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group sessions (issue 14): what the team held, when, led by whom, and which of its citizens came —
 * the records behind the fidelity item "group attendance". Tenant tables under row-level security,
 * every reference checked to be of the same tenant; attendees and the leader of the session's team
 * (the API checks that; the triggers hold the tenant).
 */
export class GroupSessions1764360200000 implements MigrationInterface {
  name = 'GroupSessions1764360200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."group_session_kind" AS ENUM('dual_diagnosis', 'social', 'psychoeducation', 'other')`);
    await q.query(`CREATE TABLE "group_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "kind" "public"."group_session_kind" NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" smallint NOT NULL, "led_by_member_id" uuid NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_group_session_duration" CHECK ("duration_minutes" BETWEEN 10 AND 480), CONSTRAINT "PK_ccf8f8652472e1d0e53204585ee" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_group_session_team_start" ON "group_session"  ("tenant_id", "team_id", "starts_at") `);
    await q.query(`CREATE TABLE "group_session_attendee" ("session_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, CONSTRAINT "PK_347e22ed61b7c8ef62696017031" PRIMARY KEY ("session_id", "citizen_id"))`);
    await q.query(`CREATE INDEX "ix_group_session_attendee_citizen" ON "group_session_attendee"  ("tenant_id", "citizen_id") `);
    await q.query(`ALTER TABLE "group_session" ADD CONSTRAINT "FK_afbeb3b77059e2e4003c3e5680e" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_session" ADD CONSTRAINT "FK_c39777296587b6ce3b0101a322a" FOREIGN KEY ("led_by_member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_session" ADD CONSTRAINT "FK_548226ce3140e1b2b1089c2246a" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_session_attendee" ADD CONSTRAINT "FK_3d60b88fbf3ae2b016e56cf646c" FOREIGN KEY ("session_id") REFERENCES "group_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_session_attendee" ADD CONSTRAINT "FK_62d5eb576118daa90ec0891d47d" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      // The tenant is read once per statement (issue 16's form, which 1764360400000 gives every policy).
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = (SELECT current_tenant_id())) WITH CHECK (tenant_id = (SELECT current_tenant_id()))`);
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO act_app`);
    }
    for (const [table, refTable, column] of SAME_TENANT_REFERENCES) {
      await q.query(`CREATE TRIGGER same_tenant_${column} BEFORE INSERT OR UPDATE OF ${column}, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('${refTable}', '${column}')`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP TYPE "public"."group_session_kind"`);
  }
}

const TABLES = ['group_session', 'group_session_attendee'];

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['group_session', 'team', 'team_id'],
  ['group_session', 'team_member', 'led_by_member_id'],
  ['group_session', 'app_user', 'created_by'],
  ['group_session_attendee', 'group_session', 'session_id'],
  ['group_session_attendee', 'citizen', 'citizen_id'],
];
