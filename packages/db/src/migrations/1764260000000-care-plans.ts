import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The citizen's ACT plan (versions, goals per life area, steps, declined areas), consents to
 * share with partners and relatives. Life areas are data per tenant, seeded here for existing
 * tenants. An agreed plan version can never change again: triggers refuse any write to it or
 * to its goals, steps and declined areas, for every role and every write path.
 */
export class CarePlans1764260000000 implements MigrationInterface {
  name = 'CarePlans1764260000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."care_plan_status" AS ENUM('draft', 'agreed')`);
    await q.query(`CREATE TYPE "public"."care_plan_agreed_how" AS ENUM('meeting', 'home_visit', 'phone')`);
    await q.query(`CREATE TABLE "care_plan_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."care_plan_status" NOT NULL DEFAULT 'draft', "previous_version_id" uuid, "citizen_words" character varying(4000), "next_follow_up_on" date, "agreed_on" date, "agreed_how" "public"."care_plan_agreed_how", "participants" character varying(1000), "revision" integer NOT NULL DEFAULT '1', "created_by" uuid, "updated_by" uuid, "agreed_by" uuid, "agreed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bddec7fe66e3c09e77536255fda" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_care_plan_version_citizen" ON "care_plan_version"  ("tenant_id", "citizen_id", "number") `);
    await q.query(`CREATE UNIQUE INDEX "uq_care_plan_version_one_draft" ON "care_plan_version"  ("citizen_id") WHERE "status" = 'draft'`);
    await q.query(`CREATE UNIQUE INDEX "uq_care_plan_version_number" ON "care_plan_version"  ("citizen_id", "number") `);
    await q.query(`CREATE TABLE "life_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "code" character varying(50) NOT NULL, "name" character varying(100) NOT NULL, "tracks_stage_of_change" boolean NOT NULL DEFAULT false, "sort_order" smallint NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_864105ea333cd4ebcdecf3e0067" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_life_area_tenant_code" ON "life_area"  ("tenant_id", "code") `);
    await q.query(`CREATE TABLE "care_plan_declined_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "version_id" uuid NOT NULL, "life_area_id" uuid NOT NULL, "citizen_words" character varying(2000) NOT NULL, CONSTRAINT "PK_ea3580b91272b771d4c7368d691" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_care_plan_declined_area" ON "care_plan_declined_area"  ("version_id", "life_area_id") `);
    await q.query(`CREATE TYPE "public"."care_plan_goal_status" AS ENUM('active', 'achieved', 'paused', 'dropped')`);
    await q.query(`CREATE TYPE "public"."stage_of_change" AS ENUM('precontemplation', 'contemplation', 'preparation', 'action', 'maintenance', 'relapse')`);
    await q.query(`CREATE TABLE "care_plan_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "version_id" uuid NOT NULL, "goal_key" uuid NOT NULL, "life_area_id" uuid NOT NULL, "citizen_words" character varying(2000) NOT NULL, "status" "public"."care_plan_goal_status" NOT NULL DEFAULT 'active', "stage_of_change" "public"."stage_of_change", "position" smallint NOT NULL, CONSTRAINT "PK_d0f654a6b83ab9e1a0e197f6125" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_care_plan_goal_version" ON "care_plan_goal"  ("version_id", "position") `);
    await q.query(`CREATE TABLE "care_plan_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "description" character varying(1000) NOT NULL, "responsible_member_id" uuid, "due_on" date, "position" smallint NOT NULL, CONSTRAINT "PK_63262fc0c3b3c114279671f3ecb" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_care_plan_step_goal" ON "care_plan_step"  ("goal_id", "position") `);
    await q.query(`CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "partner" character varying(200) NOT NULL, "purpose" character varying(1000) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "withdrawn_on" date, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_consent_citizen" ON "consent"  ("tenant_id", "citizen_id", "valid_from") `);
    await q.query(`CREATE TABLE "relative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "relation" character varying(100) NOT NULL, "wants_involved" boolean NOT NULL, "phone" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bb5db663bd141c44a5e1814647b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_relative_citizen" ON "relative"  ("tenant_id", "citizen_id", "name") `);
    await q.query(`ALTER TABLE "care_plan_version" ADD CONSTRAINT "FK_ad3b40323a121d5c471887699fb" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "care_plan_declined_area" ADD CONSTRAINT "FK_406c4407b6e5aa6fbce482af74c" FOREIGN KEY ("version_id") REFERENCES "care_plan_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "care_plan_declined_area" ADD CONSTRAINT "FK_0e2660cf4c109e6caa1f55e623f" FOREIGN KEY ("life_area_id") REFERENCES "life_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "care_plan_goal" ADD CONSTRAINT "FK_c1d8aa013ca87d110eb8cae5a0a" FOREIGN KEY ("version_id") REFERENCES "care_plan_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "care_plan_goal" ADD CONSTRAINT "FK_c649aafc524f3d8e44d9cefa1e7" FOREIGN KEY ("life_area_id") REFERENCES "life_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "care_plan_step" ADD CONSTRAINT "FK_f272e86c1d5b2a6c2f4b19ac2d1" FOREIGN KEY ("goal_id") REFERENCES "care_plan_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "care_plan_step" ADD CONSTRAINT "FK_7c858427b2bba9d8ef2875b0758" FOREIGN KEY ("responsible_member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_cf02b47b8f91d90cfc959db3e14" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "relative" ADD CONSTRAINT "FK_bb56bad8b769fd3d8ddfe0728a4" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`ALTER TABLE "care_plan_version" ADD CONSTRAINT "ck_care_plan_version_number" CHECK ("number" >= 1)`);
    await q.query(`ALTER TABLE "care_plan_version" ADD CONSTRAINT "ck_care_plan_version_agreed" CHECK ("status" = 'draft' OR ("agreed_on" IS NOT NULL AND "agreed_how" IS NOT NULL AND "participants" IS NOT NULL))`);
    await q.query(`ALTER TABLE "consent" ADD CONSTRAINT "ck_consent_withdrawn" CHECK ("withdrawn_on" IS NULL OR "withdrawn_on" >= "valid_from")`);
    await q.query(`ALTER TABLE "consent" ADD CONSTRAINT "ck_consent_period" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from")`);

    for (const [table, privileges] of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
      await q.query(`GRANT ${privileges} ON "${table}" TO act_app`);
    }
    for (const [table, refTable, column] of SAME_TENANT_REFERENCES) {
      await q.query(`CREATE TRIGGER same_tenant_${column} BEFORE INSERT OR UPDATE OF ${column}, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('${refTable}', '${column}')`);
    }

    // An agreed version is history: nobody changes or removes it, nor what it holds.
    await q.query(`CREATE FUNCTION refuse_agreed_care_plan_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'agreed' THEN
          RAISE EXCEPTION 'CARE_PLAN_AGREED' USING ERRCODE = 'P0001', DETAIL = format('version=%s', OLD.id);
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER care_plan_version_agreed_is_final BEFORE UPDATE OR DELETE ON care_plan_version
      FOR EACH ROW EXECUTE FUNCTION refuse_agreed_care_plan_change()`);
    await q.query(`CREATE FUNCTION assert_care_plan_draft() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v_version uuid; v_status care_plan_status;
      BEGIN
        IF TG_TABLE_NAME = 'care_plan_step' THEN
          SELECT g.version_id INTO v_version FROM care_plan_goal g
            WHERE g.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.goal_id ELSE NEW.goal_id END;
          IF TG_OP = 'UPDATE' AND OLD.goal_id IS DISTINCT FROM NEW.goal_id THEN
            PERFORM 1 FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id
              WHERE g.id = OLD.goal_id AND v.status = 'agreed';
            IF FOUND THEN RAISE EXCEPTION 'CARE_PLAN_AGREED' USING ERRCODE = 'P0001'; END IF;
          END IF;
        ELSE
          v_version := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
          IF TG_OP = 'UPDATE' AND OLD.version_id IS DISTINCT FROM NEW.version_id THEN
            PERFORM 1 FROM care_plan_version v WHERE v.id = OLD.version_id AND v.status = 'agreed';
            IF FOUND THEN RAISE EXCEPTION 'CARE_PLAN_AGREED' USING ERRCODE = 'P0001'; END IF;
          END IF;
        END IF;
        SELECT status INTO v_status FROM care_plan_version WHERE id = v_version;
        -- A missing version (cascade from a deleted draft) is not an agreed one.
        IF v_status = 'agreed' THEN
          RAISE EXCEPTION 'CARE_PLAN_AGREED' USING ERRCODE = 'P0001', DETAIL = format('version=%s', v_version);
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    for (const table of ['care_plan_goal', 'care_plan_step', 'care_plan_declined_area']) {
      await q.query(`CREATE TRIGGER ${table}_draft_only BEFORE INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_care_plan_draft()`);
    }

    // Life areas are data: every existing tenant starts with the default list.
    await q.query(
      `INSERT INTO life_area (tenant_id, code, name, tracks_stage_of_change, sort_order)
       SELECT t.id, d.code, d.name, d.tracks, d.sort_order
       FROM tenant t CROSS JOIN (VALUES
         ('substance_use', 'Rusmidler', true, 10),
         ('mental_health', 'Psykisk trivsel', false, 20),
         ('physical_health', 'Fysisk helbred', false, 30),
         ('social_network', 'Netværk og relationer', false, 40),
         ('finances', 'Økonomi', false, 50),
         ('housing', 'Bolig', false, 60),
         ('education_employment', 'Uddannelse og arbejde', false, 70),
         ('everyday_life', 'Hverdagsliv og fritid', false, 80)
       ) AS d(code, name, tracks, sort_order)
       ON CONFLICT (tenant_id, code) DO NOTHING`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP FUNCTION assert_care_plan_draft()`);
    await q.query(`DROP FUNCTION refuse_agreed_care_plan_change()`);
    for (const type of ['stage_of_change', 'care_plan_goal_status', 'care_plan_agreed_how', 'care_plan_status']) {
      await q.query(`DROP TYPE "public"."${type}"`);
    }
  }
}

const TABLES: Array<[table: string, privileges: string]> = [
  ['life_area', 'SELECT'],
  ['care_plan_version', 'SELECT, INSERT, UPDATE'],
  ['care_plan_goal', 'SELECT, INSERT, UPDATE, DELETE'],
  ['care_plan_step', 'SELECT, INSERT, UPDATE, DELETE'],
  ['care_plan_declined_area', 'SELECT, INSERT, UPDATE, DELETE'],
  ['consent', 'SELECT, INSERT, UPDATE'],
  ['relative', 'SELECT, INSERT, UPDATE'],
];

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['care_plan_version', 'citizen', 'citizen_id'],
  ['care_plan_version', 'care_plan_version', 'previous_version_id'],
  ['care_plan_goal', 'care_plan_version', 'version_id'],
  ['care_plan_goal', 'life_area', 'life_area_id'],
  ['care_plan_step', 'care_plan_goal', 'goal_id'],
  ['care_plan_step', 'team_member', 'responsible_member_id'],
  ['care_plan_declined_area', 'care_plan_version', 'version_id'],
  ['care_plan_declined_area', 'life_area', 'life_area_id'],
  ['consent', 'citizen', 'citizen_id'],
  ['relative', 'citizen', 'citizen_id'],
];
