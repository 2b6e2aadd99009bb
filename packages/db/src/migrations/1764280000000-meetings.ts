import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Team meetings (rhythm, meetings, agenda items, attendance, decisions, follow-up tasks), crisis
 * flags, the team board, network meetings with the citizen, and function descriptions per role.
 * Every table: tenant_id, RLS enabled and forced, grants to the app role, and same-tenant
 * triggers on every reference (foreign keys bypass RLS, so they alone cannot keep tenants apart).
 */
export class Meetings1764280000000 implements MigrationInterface {
  name = 'Meetings1764280000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."meeting_cadence" AS ENUM('weekly', 'biweekly')`);
    await q.query(`CREATE TABLE "team_meeting_rhythm" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "cadence" "public"."meeting_cadence" NOT NULL, "weekday" smallint NOT NULL, "start_time" character varying(5) NOT NULL, "end_time" character varying(5) NOT NULL, "place" character varying(200) NOT NULL, "review_every_meetings" smallint NOT NULL DEFAULT '4', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9fa2700099d283ad1a6887d902c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_team_meeting_rhythm_team" ON "team_meeting_rhythm"  ("team_id") `);
    await q.query(`CREATE TABLE "team_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "agenda_prepared_at" TIMESTAMP WITH TIME ZONE, "held_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e568197dba29243008bbd947e5" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_meeting_tenant_team_start" ON "team_meeting"  ("tenant_id", "team_id", "starts_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_team_meeting_team_start" ON "team_meeting"  ("team_id", "starts_at") `);
    await q.query(`CREATE TYPE "public"."meeting_item_source" AS ENUM('prepared', 'member', 'citizen')`);
    await q.query(`CREATE TABLE "team_meeting_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "citizen_id" uuid, "source" "public"."meeting_item_source" NOT NULL, "reason" character varying(40), "title" character varying(300), "position" integer NOT NULL, "added_by" uuid, "note" character varying(4000), "citizen_attends" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b706ca276b10d48ab159a099d7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_team_meeting_item_prepared" ON "team_meeting_item"  ("meeting_id", "citizen_id") WHERE "source" = 'prepared'`);
    await q.query(`CREATE INDEX "ix_team_meeting_item_citizen" ON "team_meeting_item"  ("tenant_id", "citizen_id") `);
    await q.query(`CREATE INDEX "ix_team_meeting_item_meeting" ON "team_meeting_item"  ("meeting_id", "position") `);
    await q.query(`CREATE TABLE "team_meeting_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "present" boolean NOT NULL, CONSTRAINT "PK_2bf55aa6ff633484568ed8f06c3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_team_meeting_attendance" ON "team_meeting_attendance"  ("meeting_id", "member_id") `);
    await q.query(`CREATE TABLE "meeting_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "item_id" uuid NOT NULL, "citizen_id" uuid, "text" character varying(2000) NOT NULL, "decided_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6787600e55cc73688b127a1cd93" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_meeting_decision_citizen" ON "meeting_decision"  ("tenant_id", "citizen_id", "created_at") `);
    await q.query(`CREATE INDEX "ix_meeting_decision_item" ON "meeting_decision"  ("item_id") `);
    await q.query(`CREATE TABLE "follow_up_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "item_id" uuid NOT NULL, "citizen_id" uuid, "assignee_member_id" uuid NOT NULL, "description" character varying(1000) NOT NULL, "due_date" date NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "done_by" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e14f926bb57c06a45be03e312c7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_follow_up_task_item" ON "follow_up_task"  ("item_id") `);
    await q.query(`CREATE INDEX "ix_follow_up_task_citizen" ON "follow_up_task"  ("tenant_id", "citizen_id", "due_date") `);
    await q.query(`CREATE INDEX "ix_follow_up_task_assignee" ON "follow_up_task"  ("tenant_id", "assignee_member_id", "due_date") `);
    await q.query(`CREATE TABLE "citizen_crisis_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "reason" character varying(1000) NOT NULL, "raised_by" uuid NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cleared_at" TIMESTAMP WITH TIME ZONE, "cleared_by" uuid, CONSTRAINT "PK_8f36fb455380a0630c27c137a6f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_citizen_crisis_flag_open" ON "citizen_crisis_flag"  ("citizen_id") WHERE "cleared_at" IS NULL`);
    await q.query(`CREATE TABLE "team_board_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "reason" character varying(1000) NOT NULL, "placed_on" date NOT NULL, "placed_by" uuid NOT NULL, "removed_on" date, "removed_reason" character varying(1000), "removed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_633002941f737b00e9087400f28" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_board_entry_team" ON "team_board_entry"  ("tenant_id", "team_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_team_board_entry_open" ON "team_board_entry"  ("citizen_id") WHERE "removed_on" IS NULL`);
    await q.query(`CREATE TABLE "team_board_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "member_id" uuid NOT NULL, "agreement" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e711fc9597dbc359097f1dc0a24" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_board_contact_entry" ON "team_board_contact"  ("entry_id") `);
    await q.query(`CREATE TABLE "team_board_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "text" character varying(2000) NOT NULL, "written_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad072b1f76deebf9dec93df7495" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_board_note_entry" ON "team_board_note"  ("entry_id", "created_at") `);
    await q.query(`CREATE TABLE "network_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "purpose" character varying(1000) NOT NULL, "invited_by_member_id" uuid NOT NULL, "prep_job" character varying(2000), "prep_network" character varying(2000), "prep_leisure" character varying(2000), "prep_housing" character varying(2000), "prep_coping" character varying(2000), "summary" character varying(8000), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25c9c2db26ad1cb62a0134130b0" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_network_meeting_citizen" ON "network_meeting"  ("tenant_id", "citizen_id", "starts_at") `);
    await q.query(`CREATE TABLE "network_meeting_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(200) NOT NULL, "why" character varying(500) NOT NULL, "chosen_by_citizen" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e1f998884e8168102df934c839" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_network_meeting_participant_meeting" ON "network_meeting_participant"  ("meeting_id") `);
    await q.query(`CREATE TABLE "network_meeting_agenda_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "from_citizen" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d835007dcc830a82f6605e0a34" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_network_meeting_agenda_point_meeting" ON "network_meeting_agenda_point"  ("meeting_id", "created_at") `);
    await q.query(`CREATE TABLE "function_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "discipline" "public"."discipline", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0d1d7d5cb5e83916e441481d2b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_function_role_team_title" ON "function_role"  ("tenant_id", "team_id", "title") `);
    await q.query(`CREATE TABLE "function_description" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "role_id" uuid NOT NULL, "version" integer NOT NULL, "purpose" character varying(4000) NOT NULL, "tasks_outreach" character varying(4000) NOT NULL, "tasks_plan" character varying(4000) NOT NULL, "tasks_support" character varying(4000) NOT NULL, "tasks_transition" character varying(4000) NOT NULL, "professional_competences" character varying(4000) NOT NULL, "personal_competences" character varying(4000) NOT NULL, "written_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f66737f9b4611a5fb2678181235" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_function_description_version" ON "function_description"  ("role_id", "version") `);
    await q.query(`CREATE TABLE "member_function_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "member_id" uuid NOT NULL, "role_id" uuid NOT NULL, "linked_by" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d516ea78f872a2aff23f0329172" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_member_function_role_role" ON "member_function_role"  ("role_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_member_function_role_member" ON "member_function_role"  ("member_id") `);
    await q.query(`ALTER TABLE "team_meeting_rhythm" ADD CONSTRAINT "FK_40b75f56dbd32f58fc08b261eec" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_meeting" ADD CONSTRAINT "FK_8730a9fe70c2b5b083007557761" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_meeting_item" ADD CONSTRAINT "FK_4c8d101ae384926547db5bff753" FOREIGN KEY ("meeting_id") REFERENCES "team_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_meeting_item" ADD CONSTRAINT "FK_64dd8c8e343e21c482f751ebde3" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_meeting_attendance" ADD CONSTRAINT "FK_393570a0d8d99be57705488d263" FOREIGN KEY ("meeting_id") REFERENCES "team_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_meeting_attendance" ADD CONSTRAINT "FK_a762e5801bbe5f4dcd62cc31af6" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_decision" ADD CONSTRAINT "FK_2d8b29057e3c982105b48d11bb5" FOREIGN KEY ("item_id") REFERENCES "team_meeting_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_e2c2d0339853317f58fb3f72aaf" FOREIGN KEY ("item_id") REFERENCES "team_meeting_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "follow_up_task" ADD CONSTRAINT "FK_c346f7fed477ea2f027df94efb5" FOREIGN KEY ("assignee_member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "citizen_crisis_flag" ADD CONSTRAINT "FK_5895216f5747270ef10d89322a1" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_board_entry" ADD CONSTRAINT "FK_532e64f2675114d6dc515efdf6d" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_board_contact" ADD CONSTRAINT "FK_ee10275f1708ab0faa9dde4b3f6" FOREIGN KEY ("entry_id") REFERENCES "team_board_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_board_contact" ADD CONSTRAINT "FK_5349f5165a13e1b299e6d0057de" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_board_note" ADD CONSTRAINT "FK_be5d4c3e1e16494b9967533755c" FOREIGN KEY ("entry_id") REFERENCES "team_board_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "network_meeting" ADD CONSTRAINT "FK_518926c72afe0b2a6411ac4d411" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "network_meeting" ADD CONSTRAINT "FK_059e6152bb4d47d2b2bd737e0ec" FOREIGN KEY ("invited_by_member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "network_meeting_participant" ADD CONSTRAINT "FK_2072c5c2b4ccc53f5ac2d461ce3" FOREIGN KEY ("meeting_id") REFERENCES "network_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "network_meeting_agenda_point" ADD CONSTRAINT "FK_7419f53e036737b60b023322c08" FOREIGN KEY ("meeting_id") REFERENCES "network_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "function_role" ADD CONSTRAINT "FK_3dd964934b350f987c1184835ac" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "function_description" ADD CONSTRAINT "FK_336ca8149c4bc43744ceddb9489" FOREIGN KEY ("role_id") REFERENCES "function_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "member_function_role" ADD CONSTRAINT "FK_ac10af985d09e669c8e68664bf7" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "member_function_role" ADD CONSTRAINT "FK_80ec6050d3f40da43dbe338b67d" FOREIGN KEY ("role_id") REFERENCES "function_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO act_app`);
    }
    for (const [table, refTable, column] of SAME_TENANT_REFERENCES) {
      await q.query(`CREATE TRIGGER same_tenant_${column} BEFORE INSERT OR UPDATE OF ${column}, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('${refTable}', '${column}')`);
    }
    // Versions of a function description are only ever added.
    await q.query(`REVOKE UPDATE, DELETE ON "function_description" FROM act_app`);
    await q.query(`ALTER TABLE team_meeting ADD CONSTRAINT ck_team_meeting_times CHECK ("ends_at" > "starts_at")`);
    await q.query(`ALTER TABLE network_meeting ADD CONSTRAINT ck_network_meeting_times CHECK ("ends_at" > "starts_at")`);
    await q.query(`ALTER TABLE team_meeting_rhythm ADD CONSTRAINT ck_team_meeting_rhythm CHECK ("weekday" BETWEEN 1 AND 7 AND "end_time" > "start_time" AND "review_every_meetings" BETWEEN 1 AND 52)`);
    await q.query(`ALTER TABLE function_description ADD CONSTRAINT ck_function_description_version CHECK ("version" >= 1)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP TYPE "public"."meeting_item_source"`);
    await q.query(`DROP TYPE "public"."meeting_cadence"`);
  }
}

const TABLES = [
  'team_meeting_rhythm',
  'team_meeting',
  'team_meeting_item',
  'team_meeting_attendance',
  'meeting_decision',
  'follow_up_task',
  'citizen_crisis_flag',
  'team_board_entry',
  'team_board_contact',
  'team_board_note',
  'network_meeting',
  'network_meeting_participant',
  'network_meeting_agenda_point',
  'function_role',
  'function_description',
  'member_function_role',
];

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['team_meeting_rhythm', 'team', 'team_id'],
  ['team_meeting', 'team', 'team_id'],
  ['team_meeting_item', 'team_meeting', 'meeting_id'],
  ['team_meeting_item', 'citizen', 'citizen_id'],
  ['team_meeting_attendance', 'team_meeting', 'meeting_id'],
  ['team_meeting_attendance', 'team_member', 'member_id'],
  ['meeting_decision', 'team', 'team_id'],
  ['meeting_decision', 'team_meeting', 'meeting_id'],
  ['meeting_decision', 'team_meeting_item', 'item_id'],
  ['meeting_decision', 'citizen', 'citizen_id'],
  ['follow_up_task', 'team', 'team_id'],
  ['follow_up_task', 'team_meeting', 'meeting_id'],
  ['follow_up_task', 'team_meeting_item', 'item_id'],
  ['follow_up_task', 'citizen', 'citizen_id'],
  ['follow_up_task', 'team_member', 'assignee_member_id'],
  ['citizen_crisis_flag', 'citizen', 'citizen_id'],
  ['team_board_entry', 'team', 'team_id'],
  ['team_board_entry', 'citizen', 'citizen_id'],
  ['team_board_contact', 'team_board_entry', 'entry_id'],
  ['team_board_contact', 'team_member', 'member_id'],
  ['team_board_note', 'team_board_entry', 'entry_id'],
  ['network_meeting', 'team', 'team_id'],
  ['network_meeting', 'citizen', 'citizen_id'],
  ['network_meeting', 'team_member', 'invited_by_member_id'],
  ['network_meeting_participant', 'network_meeting', 'meeting_id'],
  ['network_meeting_agenda_point', 'network_meeting', 'meeting_id'],
  ['function_role', 'team', 'team_id'],
  ['function_description', 'function_role', 'role_id'],
  ['member_function_role', 'team_member', 'member_id'],
  ['member_function_role', 'function_role', 'role_id'],
];
