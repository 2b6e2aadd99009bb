import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, scheduling (ADR 0013): recurring meeting series and their occurrences (team meetings,
 * supervision, sparring, evaluation days, steering meetings), attendance of held occurrences,
 * in-app notifications (exactly once per recipient: a unique dedupe key), per-user notification
 * preferences and the e-mail outbox (claimed before sending). Evaluation days are team meetings
 * of their own kind; teams get a supervision interval. Every table: tenant_id, forced RLS, grants
 * to the app role, and same-tenant triggers on every reference.
 */
export class Scheduling1764300000000 implements MigrationInterface {
  name = 'Scheduling1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."meeting_kind" AS ENUM('team_meeting', 'supervision', 'sparring', 'evaluation_day', 'steering_meeting')`);
    await q.query(`CREATE TABLE "meeting_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "team_id" uuid, "member_id" uuid, "title" character varying(200) NOT NULL, "rrule" character varying(200) NOT NULL, "start_date" date NOT NULL, "start_time" character varying(5) NOT NULL, "duration_minutes" smallint NOT NULL, "place" character varying(200) NOT NULL, "supervisor_name" character varying(200), "supervisor_email" character varying(320), "remind_minutes_before" integer NOT NULL DEFAULT '1440', "materialised_until" date NOT NULL, "ended_on" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_series_ended" CHECK ("ended_on" IS NULL OR "ended_on" >= "start_date"), CONSTRAINT "ck_meeting_series_remind" CHECK ("remind_minutes_before" BETWEEN 0 AND 20160), CONSTRAINT "ck_meeting_series_duration" CHECK ("duration_minutes" BETWEEN 15 AND 600), CONSTRAINT "ck_meeting_series_time" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "ck_meeting_series_supervisor" CHECK ("kind" = 'supervision' OR ("supervisor_name" IS NULL AND "supervisor_email" IS NULL)), CONSTRAINT "ck_meeting_series_member" CHECK ("member_id" IS NULL OR "kind" = 'supervision'), CONSTRAINT "ck_meeting_series_team" CHECK (("kind" = 'steering_meeting') = ("team_id" IS NULL)), CONSTRAINT "PK_4eca052972681e25409955b1774" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_meeting_series_team_rhythm" ON "meeting_series"  ("team_id") WHERE "kind" = 'team_meeting' AND "ended_on" IS NULL`);
    await q.query(`CREATE INDEX "ix_meeting_series_team" ON "meeting_series"  ("tenant_id", "team_id", "kind") `);
    await q.query(`CREATE TYPE "public"."occurrence_status" AS ENUM('planned', 'cancelled', 'held', 'not_held')`);
    await q.query(`CREATE TABLE "meeting_occurrence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "series_id" uuid NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "team_id" uuid, "original_date" date NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "moved" boolean NOT NULL DEFAULT false, "status" "public"."occurrence_status" NOT NULL DEFAULT 'planned', "status_reason" character varying(500), "status_set_by" uuid, "status_set_at" TIMESTAMP WITH TIME ZONE, "team_meeting_id" uuid, "presenter_member_id" uuid, "citizen_id" uuid, "remind_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_meeting_occurrence_case" CHECK ("kind" = 'sparring' OR ("citizen_id" IS NULL AND "presenter_member_id" IS NULL)), CONSTRAINT "ck_meeting_occurrence_reason" CHECK ("status" NOT IN ('cancelled', 'not_held') OR "status_reason" IS NOT NULL), CONSTRAINT "ck_meeting_occurrence_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_03a60030121b57d7b557eb7a42e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_meeting_occurrence_team_meeting" ON "meeting_occurrence"  ("team_meeting_id") WHERE "team_meeting_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_meeting_occurrence_remind" ON "meeting_occurrence"  ("remind_at") WHERE "reminded_at" IS NULL AND "status" = 'planned'`);
    await q.query(`CREATE INDEX "ix_meeting_occurrence_kind_start" ON "meeting_occurrence"  ("tenant_id", "kind", "starts_at") `);
    await q.query(`CREATE INDEX "ix_meeting_occurrence_team_start" ON "meeting_occurrence"  ("tenant_id", "team_id", "starts_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_meeting_occurrence_key" ON "meeting_occurrence"  ("series_id", "original_date") `);
    await q.query(`CREATE TABLE "meeting_occurrence_attendee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "occurrence_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_3fcf088ede94bff1a33504b33b6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_meeting_occurrence_attendee_member" ON "meeting_occurrence_attendee"  ("tenant_id", "member_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_meeting_occurrence_attendee" ON "meeting_occurrence_attendee"  ("occurrence_id", "member_id") `);
    await q.query(`CREATE TYPE "public"."notification_kind" AS ENUM('meeting_upcoming', 'supervision_upcoming', 'sparring_upcoming', 'evaluation_day_upcoming', 'steering_meeting_upcoming', 'care_plan_follow_up_due', 'follow_up_task_due', 'caseload_exception_expiring', 'citizens_not_seen', 'supervision_overdue')`);
    await q.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "subject_id" uuid, "team_id" uuid, "occurs_at" TIMESTAMP WITH TIME ZONE, "item_count" integer, "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_notification_item_count" CHECK ("item_count" IS NULL OR "item_count" >= 0), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_notification_user_unread" ON "notification"  ("user_id") WHERE "read_at" IS NULL`);
    await q.query(`CREATE INDEX "ix_notification_user_created" ON "notification"  ("user_id", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_notification_dedupe" ON "notification"  ("tenant_id", "user_id", "dedupe_key") `);
    await q.query(`CREATE TYPE "public"."notification_channel" AS ENUM('in_app', 'email')`);
    await q.query(`CREATE TABLE "notification_preference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "channel" "public"."notification_channel" NOT NULL, "enabled" boolean NOT NULL, CONSTRAINT "PK_ba8d816b10f3dcfcd2e71ce5776" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_notification_preference" ON "notification_preference"  ("user_id", "kind", "channel") `);
    await q.query(`CREATE TYPE "public"."mail_status" AS ENUM('pending', 'sending', 'sent', 'failed')`);
    await q.query(`CREATE TABLE "mail_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "notification_id" uuid, "user_id" uuid, "external_email" character varying(320), "occurrence_id" uuid, "kind" "public"."notification_kind" NOT NULL, "idempotency_key" character varying(200) NOT NULL, "message_id" character varying(250) NOT NULL, "status" "public"."mail_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "claimed_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mail_delivery_attempts" CHECK ("attempts" >= 0), CONSTRAINT "ck_mail_delivery_recipient" CHECK (("user_id" IS NULL) <> ("external_email" IS NULL)), CONSTRAINT "PK_d3538fca7dd3bf4d2f4ffc38a8c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_mail_delivery_due" ON "mail_delivery"  ("status", "claimed_until") WHERE "status" IN ('pending', 'sending')`);
    await q.query(`CREATE UNIQUE INDEX "uq_mail_delivery_message_id" ON "mail_delivery"  ("message_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_mail_delivery_idempotency" ON "mail_delivery"  ("idempotency_key") `);
    await q.query(`ALTER TABLE "team" ADD "supervision_interval_days" smallint NOT NULL DEFAULT '42'`);
    await q.query(`CREATE TYPE "public"."team_meeting_kind" AS ENUM('team_meeting', 'evaluation_day')`);
    await q.query(`ALTER TABLE "team_meeting" ADD "kind" "public"."team_meeting_kind" NOT NULL DEFAULT 'team_meeting'`);
    await q.query(`ALTER TABLE "team" ADD CONSTRAINT "ck_team_supervision_interval" CHECK ("supervision_interval_days" BETWEEN 7 AND 365)`);
    await q.query(`ALTER TABLE "meeting_series" ADD CONSTRAINT "FK_02a4eeed48e962cd20181424573" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_series" ADD CONSTRAINT "FK_7747b492263748893b6da8beb3f" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_occurrence" ADD CONSTRAINT "FK_0ee752431fc75a9b651936a4f61" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_occurrence" ADD CONSTRAINT "FK_0d89f51d70fb68a6317c8f85e9a" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_occurrence" ADD CONSTRAINT "FK_a328f7503c5875888d37535f2d2" FOREIGN KEY ("team_meeting_id") REFERENCES "team_meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_occurrence" ADD CONSTRAINT "FK_0742e498b41b627847516cc3312" FOREIGN KEY ("presenter_member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_occurrence" ADD CONSTRAINT "FK_8fc2cb079cabecb376ac656a876" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_occurrence_attendee" ADD CONSTRAINT "FK_81a4638ee56323ae0fd3afbc21a" FOREIGN KEY ("occurrence_id") REFERENCES "meeting_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_occurrence_attendee" ADD CONSTRAINT "FK_6dccee1854d359f14203246b957" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_7b11324dc695fe6f8b4c1388af0" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "mail_delivery" ADD CONSTRAINT "FK_6372fcbee60c022f274cef6be44" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "mail_delivery" ADD CONSTRAINT "FK_213846c2ecb992980ba63d4c568" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "mail_delivery" ADD CONSTRAINT "FK_673ab1a7082e95ce7412066a8a9" FOREIGN KEY ("occurrence_id") REFERENCES "meeting_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);



    // An occurrence's copied kind and team always match its series.
    await q.query(`CREATE FUNCTION meeting_occurrence_matches_series() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM meeting_series s WHERE s.id = NEW.series_id AND s.kind = NEW.kind
                       AND s.team_id IS NOT DISTINCT FROM NEW.team_id) THEN
          RAISE EXCEPTION 'meeting_occurrence % does not match its series', NEW.id USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER meeting_occurrence_matches_series BEFORE INSERT OR UPDATE OF series_id, kind, team_id
      ON "meeting_occurrence" FOR EACH ROW EXECUTE FUNCTION meeting_occurrence_matches_series()`);

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
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP FUNCTION meeting_occurrence_matches_series()`);
    await q.query(`ALTER TABLE "team_meeting" DROP COLUMN "kind"`);
    await q.query(`ALTER TABLE "team" DROP CONSTRAINT "ck_team_supervision_interval"`);
    await q.query(`ALTER TABLE "team" DROP COLUMN "supervision_interval_days"`);
    for (const type of ['team_meeting_kind', 'mail_status', 'notification_channel', 'notification_kind', 'occurrence_status', 'meeting_kind']) {
      await q.query(`DROP TYPE "public"."${type}"`);
    }
  }
}

const TABLES = [
  'meeting_series',
  'meeting_occurrence',
  'meeting_occurrence_attendee',
  'notification',
  'notification_preference',
  'mail_delivery',
];

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['meeting_series', 'team', 'team_id'],
  ['meeting_series', 'team_member', 'member_id'],
  ['meeting_occurrence', 'meeting_series', 'series_id'],
  ['meeting_occurrence', 'team', 'team_id'],
  ['meeting_occurrence', 'team_meeting', 'team_meeting_id'],
  ['meeting_occurrence', 'team_member', 'presenter_member_id'],
  ['meeting_occurrence', 'citizen', 'citizen_id'],
  ['meeting_occurrence_attendee', 'meeting_occurrence', 'occurrence_id'],
  ['meeting_occurrence_attendee', 'team_member', 'member_id'],
  ['notification', 'app_user', 'user_id'],
  ['notification', 'team', 'team_id'],
  ['notification_preference', 'app_user', 'user_id'],
  ['mail_delivery', 'notification', 'notification_id'],
  ['mail_delivery', 'app_user', 'user_id'],
  ['mail_delivery', 'meeting_occurrence', 'occurrence_id'],
];
