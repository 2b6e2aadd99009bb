import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, implementation and the steering group: the readiness catalogue and rounds (answers
 * fixed once a round is closed, wording copied into each round), the four phases' checklists with
 * an append-only history, the implementation plan and the roles table, cooperation agreements
 * (consents can name one), courses to and from regional dual-diagnosis treatment, and the tenant's
 * minimum group size for the steering group's figures. Every table: tenant_id, forced RLS, grants
 * to the app role, and same-tenant triggers on every reference.
 */
export class Implementation1764320000000 implements MigrationInterface {
  name = 'Implementation1764320000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."partner_kind" AS ENUM('drop_in_centre', 'regional_psychiatry', 'somatic_hospital', 'outreach_service', 'jobcenter', 'other')`);
    await q.query(`CREATE TYPE "public"."agreement_coverage" AS ENUM('visits_on_site', 'referral_rights', 'discharge_procedures', 'information_sharing')`);
    await q.query(`CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'signed', 'ended')`);
    await q.query(`CREATE TABLE "cooperation_agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "partner_kind" "public"."partner_kind" NOT NULL, "partner_name" character varying(200) NOT NULL, "parties" character varying(1000) NOT NULL, "covers" "public"."agreement_coverage" array NOT NULL DEFAULT '{}', "description" character varying(4000), "status" "public"."agreement_status" NOT NULL DEFAULT 'draft', "signed_on" date, "review_on" date, "document_url" character varying(1000), "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cooperation_agreement_review" CHECK ("review_on" IS NULL OR "signed_on" IS NULL OR "review_on" >= "signed_on"), CONSTRAINT "ck_cooperation_agreement_signed" CHECK ("status" = 'draft' OR "signed_on" IS NOT NULL), CONSTRAINT "PK_67684852e74f9bc9d9c6310f298" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_cooperation_agreement_review" ON "cooperation_agreement"  ("tenant_id", "review_on")`);
    await q.query(`CREATE TYPE "public"."readiness_driver" AS ENUM('intervention', 'organisation', 'leadership', 'people', 'context')`);
    await q.query(`CREATE TABLE "readiness_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "driver" "public"."readiness_driver" NOT NULL, "text" character varying(500) NOT NULL, "position" smallint NOT NULL, "default_key" character varying(50), "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d569155b027cae6a3ed83739398" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_readiness_statement_driver" ON "readiness_statement"  ("tenant_id", "driver", "position")`);
    await q.query(`CREATE UNIQUE INDEX "uq_readiness_statement_default" ON "readiness_statement"  ("tenant_id", "default_key") WHERE "default_key" IS NOT NULL`);
    await q.query(`CREATE TABLE "readiness_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "strengths" character varying(4000), "weaknesses" character varying(4000), "opportunities" character varying(4000), "threats" character varying(4000), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_readiness_round_period" CHECK ("closes_on" >= "opens_on"), CONSTRAINT "PK_633b8de6573570944b1ed50a59c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_readiness_round_opens" ON "readiness_round"  ("tenant_id", "opens_on")`);
    await q.query(`CREATE TABLE "readiness_round_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "round_id" uuid NOT NULL, "statement_id" uuid, "driver" "public"."readiness_driver" NOT NULL, "text" character varying(500) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_633cd7df7bb230ebf5615735abf" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_readiness_round_statement" ON "readiness_round_statement"  ("round_id", "position")`);
    await q.query(`CREATE TYPE "public"."readiness_group" AS ENUM('steering_group', 'team_leader', 'team_member', 'partner')`);
    await q.query(`CREATE TABLE "readiness_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "participant_group" "public"."readiness_group" NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f56b08fedc838b8c6661dbc75de" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_readiness_participant_user" ON "readiness_participant"  ("tenant_id", "user_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_readiness_participant" ON "readiness_participant"  ("round_id", "user_id")`);
    await q.query(`CREATE TABLE "readiness_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "round_statement_id" uuid NOT NULL, "score" smallint, "dont_know" boolean NOT NULL DEFAULT false, "comment" character varying(1000), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_readiness_answer_score" CHECK (("dont_know" AND "score" IS NULL) OR (NOT "dont_know" AND "score" BETWEEN 1 AND 5)), CONSTRAINT "PK_5a33916d78ad4cff99bee293aab" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_readiness_answer_statement" ON "readiness_answer"  ("round_statement_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_readiness_answer" ON "readiness_answer"  ("participant_id", "round_statement_id")`);
    await q.query(`CREATE TYPE "public"."implementation_phase" AS ENUM('decide', 'plan', 'carry_out', 'anchor')`);
    await q.query(`CREATE TYPE "public"."checklist_status" AS ENUM('not_started', 'in_progress', 'done', 'not_relevant')`);
    await q.query(`CREATE TABLE "implementation_checklist_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "phase" "public"."implementation_phase" NOT NULL, "default_key" character varying(50), "text" character varying(500) NOT NULL, "position" smallint NOT NULL, "status" "public"."checklist_status" NOT NULL DEFAULT 'not_started', "status_reason" character varying(1000), "owner" character varying(200), "due_on" date, "evidence_note" character varying(2000), "evidence_url" character varying(1000), "evidence_agreement_id" uuid, "evidence_round_id" uuid, "evidence_function_description_id" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "removed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_checklist_item_reason" CHECK ("status" <> 'not_relevant' OR "status_reason" IS NOT NULL), CONSTRAINT "PK_6a6c815e8bba59d326403ca2395" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_checklist_item_phase" ON "implementation_checklist_item"  ("tenant_id", "phase", "position")`);
    await q.query(`CREATE UNIQUE INDEX "uq_checklist_item_default" ON "implementation_checklist_item"  ("tenant_id", "default_key") WHERE "default_key" IS NOT NULL`);
    await q.query(`CREATE TYPE "public"."checklist_event_action" AS ENUM('created', 'changed', 'status_changed', 'reopened', 'removed', 'phase_revisited')`);
    await q.query(`CREATE TABLE "implementation_checklist_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "phase" "public"."implementation_phase" NOT NULL, "item_id" uuid, "action" "public"."checklist_event_action" NOT NULL, "from_status" "public"."checklist_status", "to_status" "public"."checklist_status", "reason" character varying(1000), "changes" jsonb, "actor_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_662e96ad75a5130e7c493d9dbf6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_checklist_event_phase" ON "implementation_checklist_event"  ("tenant_id", "phase", "at")`);
    await q.query(`CREATE INDEX "ix_checklist_event_item" ON "implementation_checklist_event"  ("tenant_id", "item_id", "at")`);
    await q.query(`CREATE TYPE "public"."activity_status" AS ENUM('planned', 'in_progress', 'done', 'cancelled')`);
    await q.query(`CREATE TABLE "implementation_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "focus_area" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "purpose" character varying(2000), "owner" character varying(200), "starts_on" date, "deadline" date, "milestone" character varying(500), "expected_result" character varying(2000), "status" "public"."activity_status" NOT NULL DEFAULT 'planned', "position" smallint NOT NULL DEFAULT '0', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_implementation_activity_period" CHECK ("deadline" IS NULL OR "starts_on" IS NULL OR "deadline" >= "starts_on"), CONSTRAINT "PK_39e1b53a6c13e2a6adf944f4bd1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_implementation_activity_area" ON "implementation_activity"  ("tenant_id", "focus_area", "position")`);
    await q.query(`CREATE TYPE "public"."responsibility_group" AS ENUM('management', 'steering_group', 'team_leader', 'team_members', 'partners')`);
    await q.query(`CREATE TABLE "implementation_responsibility" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "responsible_group" "public"."responsibility_group" NOT NULL, "text" character varying(1000) NOT NULL, "position" smallint NOT NULL, "default_key" character varying(50), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9df4bd05d5fd9038b5b67ab8766" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_responsibility_group" ON "implementation_responsibility"  ("tenant_id", "responsible_group", "position")`);
    await q.query(`CREATE UNIQUE INDEX "uq_responsibility_default" ON "implementation_responsibility"  ("tenant_id", "default_key") WHERE "default_key" IS NOT NULL`);
    await q.query(`CREATE TABLE "regional_treatment_episode" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "team_id" uuid NOT NULL, "unit" character varying(200) NOT NULL, "referred_on" date NOT NULL, "admitted_on" date, "discharged_on" date, "returned_on" date, "withdrawn_on" date, "recorded_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_regional_episode_withdrawn" CHECK ("withdrawn_on" IS NULL OR ("admitted_on" IS NULL AND "withdrawn_on" >= "referred_on")), CONSTRAINT "ck_regional_episode_returned" CHECK ("returned_on" IS NULL OR ("discharged_on" IS NOT NULL AND "returned_on" >= "discharged_on")), CONSTRAINT "ck_regional_episode_discharged" CHECK ("discharged_on" IS NULL OR ("admitted_on" IS NOT NULL AND "discharged_on" >= "admitted_on")), CONSTRAINT "ck_regional_episode_admitted" CHECK ("admitted_on" IS NULL OR "admitted_on" >= "referred_on"), CONSTRAINT "PK_530406884ce944594915f95f529" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_regional_episode_team" ON "regional_treatment_episode"  ("tenant_id", "team_id", "referred_on")`);
    await q.query(`CREATE INDEX "ix_regional_episode_citizen" ON "regional_treatment_episode"  ("tenant_id", "citizen_id", "referred_on")`);
    await q.query(`ALTER TABLE "consent" ADD "agreement_id" uuid`);
    await q.query(`ALTER TABLE "tenant" ADD "min_group_size" smallint NOT NULL DEFAULT '5'`);
    await q.query(`ALTER TABLE "tenant" ADD CONSTRAINT "ck_tenant_min_group_size" CHECK ("min_group_size" BETWEEN 3 AND 50)`);
    await q.query(`ALTER TABLE "cooperation_agreement" ADD CONSTRAINT "FK_4664baf49533845f0b415b301de" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_1db73a107fab2d2933188dd81f9" FOREIGN KEY ("agreement_id") REFERENCES "cooperation_agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "readiness_round" ADD CONSTRAINT "FK_87e9c3c2341fb4426fec9c2b893" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "readiness_round_statement" ADD CONSTRAINT "FK_552266e848523f4228e538e9bd9" FOREIGN KEY ("round_id") REFERENCES "readiness_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "readiness_round_statement" ADD CONSTRAINT "FK_fe94cfe23841c8b805f6eb48950" FOREIGN KEY ("statement_id") REFERENCES "readiness_statement"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "readiness_participant" ADD CONSTRAINT "FK_2f758df0c9b5f5d12aec6dc31b7" FOREIGN KEY ("round_id") REFERENCES "readiness_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "readiness_participant" ADD CONSTRAINT "FK_833eaad3a7ed3ff6768390934ff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "readiness_answer" ADD CONSTRAINT "FK_3838c6a7f4875def45d0a492a53" FOREIGN KEY ("participant_id") REFERENCES "readiness_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "readiness_answer" ADD CONSTRAINT "FK_d2cf9ba976c805af285ced1425a" FOREIGN KEY ("round_statement_id") REFERENCES "readiness_round_statement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "implementation_checklist_item" ADD CONSTRAINT "FK_0271eb545efdd862ca5f3a34e1c" FOREIGN KEY ("evidence_agreement_id") REFERENCES "cooperation_agreement"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "implementation_checklist_item" ADD CONSTRAINT "FK_a1fb634e5da91e8cf419819d4e0" FOREIGN KEY ("evidence_round_id") REFERENCES "readiness_round"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "implementation_checklist_item" ADD CONSTRAINT "FK_7cd59ef2fc387bf6cbce132a6cd" FOREIGN KEY ("evidence_function_description_id") REFERENCES "function_description"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "implementation_checklist_event" ADD CONSTRAINT "FK_e9fd282ebf83a63ab04cc91558b" FOREIGN KEY ("item_id") REFERENCES "implementation_checklist_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "implementation_checklist_event" ADD CONSTRAINT "FK_c36863c7a08794979c0d81c37ea" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "regional_treatment_episode" ADD CONSTRAINT "FK_4af9c7d7885a20029934a5fe589" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "regional_treatment_episode" ADD CONSTRAINT "FK_734a067925d974a78b6ca263d42" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "regional_treatment_episode" ADD CONSTRAINT "FK_e077d569eafd62ac0a323d14067" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'agreement_review_due'`);

    // A closed round (closed early, or past its closing date in Copenhagen) keeps its answers,
    // submissions and period as they are. Its SWOT analysis may still be written.
    await q.query(`CREATE FUNCTION readiness_round_closed(round uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM readiness_round r WHERE r.id = round
        AND (r.closed_at IS NOT NULL OR r.closes_on < (now() AT TIME ZONE 'Europe/Copenhagen')::date))
    $$`);
    await q.query(`CREATE FUNCTION refuse_closed_readiness_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE row_round uuid;
      BEGIN
        IF TG_TABLE_NAME = 'readiness_round' THEN
          IF readiness_round_closed(OLD.id) AND (NEW.title, NEW.opens_on, NEW.closes_on, NEW.closed_at)
             IS DISTINCT FROM (OLD.title, OLD.opens_on, OLD.closes_on, OLD.closed_at) THEN
            RAISE EXCEPTION 'readiness round % is closed', OLD.id USING ERRCODE = '55000';
          END IF;
          RETURN NEW;
        END IF;
        IF TG_TABLE_NAME = 'readiness_participant' THEN
          row_round := COALESCE(NEW.round_id, OLD.round_id);
        ELSE
          SELECT p.round_id INTO row_round FROM readiness_participant p WHERE p.id = COALESCE(NEW.participant_id, OLD.participant_id);
          IF TG_OP <> 'DELETE' AND NOT EXISTS (SELECT 1 FROM readiness_round_statement s
               WHERE s.id = NEW.round_statement_id AND s.round_id = row_round) THEN
            RAISE EXCEPTION 'readiness answer % is not for its participant''s round', NEW.id USING ERRCODE = '23514';
          END IF;
        END IF;
        IF readiness_round_closed(row_round) THEN
          RAISE EXCEPTION 'readiness round % is closed', row_round USING ERRCODE = '55000';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER readiness_round_closed BEFORE UPDATE ON "readiness_round"
      FOR EACH ROW EXECUTE FUNCTION refuse_closed_readiness_change()`);
    await q.query(`CREATE TRIGGER readiness_participant_closed BEFORE INSERT OR UPDATE OR DELETE ON "readiness_participant"
      FOR EACH ROW EXECUTE FUNCTION refuse_closed_readiness_change()`);
    await q.query(`CREATE TRIGGER readiness_answer_closed BEFORE INSERT OR UPDATE OR DELETE ON "readiness_answer"
      FOR EACH ROW EXECUTE FUNCTION refuse_closed_readiness_change()`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
      await q.query(`GRANT ${APPEND_ONLY.has(table) ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE'} ON "${table}" TO act_app`);
    }
    // The admin sets the minimum group size; nothing else of the tenant row is the app's to change.
    await q.query(`GRANT UPDATE ("min_group_size") ON "tenant" TO act_app`);
    for (const [table, refTable, column] of SAME_TENANT_REFERENCES) {
      await q.query(`CREATE TRIGGER same_tenant_${column} BEFORE INSERT OR UPDATE OF ${column}, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('${refTable}', '${column}')`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE ("min_group_size") ON "tenant" FROM act_app`);
    await q.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_1db73a107fab2d2933188dd81f9"`);
    await q.query(`ALTER TABLE "consent" DROP COLUMN "agreement_id"`);
    await q.query(`ALTER TABLE "tenant" DROP CONSTRAINT "ck_tenant_min_group_size"`);
    await q.query(`ALTER TABLE "tenant" DROP COLUMN "min_group_size"`);
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP FUNCTION refuse_closed_readiness_change()`);
    await q.query(`DROP FUNCTION readiness_round_closed(uuid)`);
    for (const type of ['responsibility_group', 'activity_status', 'checklist_event_action', 'checklist_status', 'implementation_phase',
      'readiness_group', 'readiness_driver', 'agreement_status', 'agreement_coverage', 'partner_kind']) {
      await q.query(`DROP TYPE "public"."${type}"`);
    }
    // PostgreSQL cannot drop an enum value: 'agreement_review_due' stays in notification_kind.
  }
}

const TABLES = [
  'cooperation_agreement',
  'readiness_statement',
  'readiness_round',
  'readiness_round_statement',
  'readiness_participant',
  'readiness_answer',
  'implementation_checklist_item',
  'implementation_checklist_event',
  'implementation_activity',
  'implementation_responsibility',
  'regional_treatment_episode',
];

/** History and copied wording: read and added to, never changed by the app. */
const APPEND_ONLY = new Set(['implementation_checklist_event', 'readiness_round_statement']);

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['cooperation_agreement', 'app_user', 'created_by'],
  ['consent', 'cooperation_agreement', 'agreement_id'],
  ['readiness_round', 'app_user', 'created_by'],
  ['readiness_round_statement', 'readiness_round', 'round_id'],
  ['readiness_round_statement', 'readiness_statement', 'statement_id'],
  ['readiness_participant', 'readiness_round', 'round_id'],
  ['readiness_participant', 'app_user', 'user_id'],
  ['readiness_answer', 'readiness_participant', 'participant_id'],
  ['readiness_answer', 'readiness_round_statement', 'round_statement_id'],
  ['implementation_checklist_item', 'cooperation_agreement', 'evidence_agreement_id'],
  ['implementation_checklist_item', 'readiness_round', 'evidence_round_id'],
  ['implementation_checklist_item', 'function_description', 'evidence_function_description_id'],
  ['implementation_checklist_event', 'implementation_checklist_item', 'item_id'],
  ['implementation_checklist_event', 'app_user', 'actor_id'],
  ['regional_treatment_episode', 'citizen', 'citizen_id'],
  ['regional_treatment_episode', 'team', 'team_id'],
  ['regional_treatment_episode', 'app_user', 'recorded_by'],
];
