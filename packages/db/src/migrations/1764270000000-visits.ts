import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outreach visits: planned visits with one or more members, their logged outcome (once), weekly
 * series expanded in Europe/Copenhagen wall-clock time (materialised a few weeks ahead, ADR 0008),
 * the team's "not seen" threshold and personal calendar feeds (only the token's hash is kept).
 * `visit.goal_id` got its foreign key and same-citizen rule later (1764330000006-foreign-ids).
 */
export class Visits1764270000000 implements MigrationInterface {
  name = 'Visits1764270000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_calendar_feed_user_open" ON "calendar_feed"  ("user_id") WHERE "revoked_at" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "uq_calendar_feed_token" ON "calendar_feed"  ("token_hash") `);
    await q.query(`CREATE TYPE "public"."visit_place_kind" AS ENUM('home', 'drop_in_centre', 'jobcenter', 'street', 'treatment_site', 'office', 'other')`);
    await q.query(`CREATE TABLE "visit_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "rrule" character varying(200) NOT NULL, "start_date" date NOT NULL, "start_time" character varying(5) NOT NULL, "duration_minutes" smallint NOT NULL, "place_kind" "public"."visit_place_kind" NOT NULL, "place_text" character varying(200), "purpose" character varying(500), "goal_id" uuid, "materialised_until" date NOT NULL, "stopped_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f13e61f3fa30be34489086cff1f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_visit_series_open" ON "visit_series"  ("tenant_id", "materialised_until") WHERE "stopped_at" IS NULL`);
    await q.query(`CREATE TABLE "visit_series_member" ("series_id" uuid NOT NULL, "member_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, CONSTRAINT "PK_f96220a96ee17c0aa501d542185" PRIMARY KEY ("series_id", "member_id"))`);
    await q.query(`CREATE TYPE "public"."visit_outcome" AS ENUM('done', 'not_met', 'cancelled_by_citizen', 'cancelled_by_team')`);
    await q.query(`CREATE TABLE "visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "series_id" uuid, "series_date" date, "planned_start" TIMESTAMP WITH TIME ZONE NOT NULL, "planned_end" TIMESTAMP WITH TIME ZONE NOT NULL, "place_kind" "public"."visit_place_kind" NOT NULL, "place_text" character varying(200), "purpose" character varying(500), "goal_id" uuid, "outcome" "public"."visit_outcome", "actual_minutes" smallint, "face_to_face" boolean, "network_took_part" boolean, "outcome_note" character varying(1000), "outcome_logged_at" TIMESTAMP WITH TIME ZONE, "outcome_logged_by" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c9919ef5a07627657c535d8eb88" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_visit_series_date" ON "visit"  ("series_id", "series_date") WHERE "series_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_visit_tenant_start" ON "visit"  ("tenant_id", "planned_start") `);
    await q.query(`CREATE INDEX "ix_visit_citizen_start" ON "visit"  ("tenant_id", "citizen_id", "planned_start") `);
    await q.query(`CREATE TABLE "visit_member" ("visit_id" uuid NOT NULL, "member_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, CONSTRAINT "PK_85b18d25c167ac589a82aee089c" PRIMARY KEY ("visit_id", "member_id"))`);
    await q.query(`CREATE INDEX "ix_visit_member_member" ON "visit_member"  ("tenant_id", "member_id") `);
    await q.query(`ALTER TABLE "team" ADD "not_seen_threshold_days" smallint NOT NULL DEFAULT '7'`);
    await q.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_series" ADD CONSTRAINT "FK_480634ae123161ef3b86efbf7f2" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_series_member" ADD CONSTRAINT "FK_22e92dfb224d0d347720d6d90da" FOREIGN KEY ("series_id") REFERENCES "visit_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_series_member" ADD CONSTRAINT "FK_a556ff89bc0f1dc3e511ae6de3c" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit" ADD CONSTRAINT "FK_b5d51decf19464af6f71e70ad9b" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit" ADD CONSTRAINT "FK_f13e61f3fa30be34489086cff1f" FOREIGN KEY ("series_id") REFERENCES "visit_series"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_member" ADD CONSTRAINT "FK_cc7e8b8f664d666bcf2dc370213" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_member" ADD CONSTRAINT "FK_e6117406e1da5349c26e4ac39e5" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

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

    // Rules the database keeps whatever the write path.
    await q.query(`ALTER TABLE visit ADD CONSTRAINT ck_visit_range
      CHECK (planned_end > planned_start AND planned_end <= planned_start + interval '12 hours')`);
    await q.query(`ALTER TABLE visit ADD CONSTRAINT ck_visit_place_other CHECK (place_kind <> 'other' OR place_text IS NOT NULL)`);
    await q.query(`ALTER TABLE visit ADD CONSTRAINT ck_visit_outcome_logged
      CHECK ((outcome IS NULL) = (outcome_logged_at IS NULL))`);
    await q.query(`ALTER TABLE visit ADD CONSTRAINT ck_visit_done
      CHECK (outcome IS DISTINCT FROM 'done' OR (actual_minutes IS NOT NULL AND face_to_face IS NOT NULL))`);
    await q.query(`ALTER TABLE visit ADD CONSTRAINT ck_visit_minutes CHECK (actual_minutes BETWEEN 1 AND 720)`);
    await q.query(`ALTER TABLE visit ADD CONSTRAINT ck_visit_series_date CHECK ((series_id IS NULL) OR (series_date IS NOT NULL))`);
    await q.query(`ALTER TABLE visit_series ADD CONSTRAINT ck_visit_series_place_other CHECK (place_kind <> 'other' OR place_text IS NOT NULL)`);
    await q.query(`ALTER TABLE visit_series ADD CONSTRAINT ck_visit_series_time CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`);
    await q.query(`ALTER TABLE visit_series ADD CONSTRAINT ck_visit_series_duration CHECK (duration_minutes BETWEEN 5 AND 720)`);
    await q.query(`ALTER TABLE team ADD CONSTRAINT ck_team_not_seen_threshold CHECK (not_seen_threshold_days BETWEEN 1 AND 90)`);
    // "Team members only": who may be on a visit is checked in the API; the citizen and every
    // member must share a team, checked here too so an import cannot break it.
    await q.query(`CREATE FUNCTION assert_visit_member_team() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v_ok boolean;
      BEGIN
        IF TG_TABLE_NAME = 'visit_member' THEN
          SELECT EXISTS (SELECT 1 FROM visit v JOIN citizen c ON c.id = v.citizen_id JOIN team_member m ON m.id = NEW.member_id
                         WHERE v.id = NEW.visit_id AND m.team_id = c.team_id) INTO v_ok;
        ELSE
          SELECT EXISTS (SELECT 1 FROM visit_series s JOIN citizen c ON c.id = s.citizen_id JOIN team_member m ON m.id = NEW.member_id
                         WHERE s.id = NEW.series_id AND m.team_id = c.team_id) INTO v_ok;
        END IF;
        IF NOT v_ok THEN RAISE EXCEPTION 'VISIT_MEMBER_OTHER_TEAM' USING ERRCODE = '23514'; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER visit_member_team BEFORE INSERT OR UPDATE ON visit_member
      FOR EACH ROW EXECUTE FUNCTION assert_visit_member_team()`);
    await q.query(`CREATE TRIGGER visit_series_member_team BEFORE INSERT OR UPDATE ON visit_series_member
      FOR EACH ROW EXECUTE FUNCTION assert_visit_member_team()`);

    // The calendar feed is fetched by a calendar app without a session, before the tenant is
    // known. Like the session lookup, this narrow function runs as the owner and returns ids only.
    await q.query(`CREATE FUNCTION calendar_feed_lookup(p_token_hash bytea)
      RETURNS TABLE (feed_id uuid, tenant_id uuid, user_id uuid)
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE calendar_feed f SET last_used_at = now()
        FROM app_user u
        WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL AND u.id = f.user_id AND u.disabled_at IS NULL
        RETURNING f.id, f.tenant_id, f.user_id
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION calendar_feed_lookup(bytea) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION calendar_feed_lookup(bytea) TO act_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION calendar_feed_lookup(bytea)`);
    for (const table of ['visit_member', 'visit', 'visit_series_member', 'visit_series', 'calendar_feed']) {
      await q.query(`DROP TABLE "${table}" CASCADE`);
    }
    await q.query(`DROP FUNCTION assert_visit_member_team()`);
    await q.query(`DROP TYPE "public"."visit_outcome"`);
    await q.query(`DROP TYPE "public"."visit_place_kind"`);
    await q.query(`ALTER TABLE "team" DROP CONSTRAINT ck_team_not_seen_threshold`);
    await q.query(`ALTER TABLE "team" DROP COLUMN "not_seen_threshold_days"`);
  }
}

const TABLES = ['visit_series', 'visit_series_member', 'visit', 'visit_member', 'calendar_feed'];

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['visit_series', 'citizen', 'citizen_id'],
  ['visit_series_member', 'visit_series', 'series_id'],
  ['visit_series_member', 'team_member', 'member_id'],
  ['visit', 'citizen', 'citizen_id'],
  ['visit', 'visit_series', 'series_id'],
  ['visit_member', 'visit', 'visit_id'],
  ['visit_member', 'team_member', 'member_id'],
  ['calendar_feed', 'app_user', 'user_id'],
];
