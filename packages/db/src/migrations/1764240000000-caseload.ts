import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Caseloads under the max-10 rule: primary assignments with history, secondary contacts,
 * time-limited exceptions, admission criteria at intake and team alerts. The rule itself lives
 * here, in triggers that lock the member's row and count under that lock, so it holds on every
 * write path (assign, reassign, FTE change, import) and under any concurrency.
 */
export class Caseload1764240000000 implements MigrationInterface {
  name = 'Caseload1764240000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "admission_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "is_adult" boolean NOT NULL, "has_mental_illness" boolean NOT NULL, "has_substance_use" boolean NOT NULL, "not_held_by_ordinary_services" boolean NOT NULL, "wants_support" boolean NOT NULL, "note" character varying(2000), "assessed_by" uuid NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf9dfe7cbf03db21cbb23c1431c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_admission_assessment_citizen" ON "admission_assessment"  ("citizen_id") `);
    await q.query(`CREATE TABLE "caseload_exception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "member_id" uuid NOT NULL, "extra" smallint NOT NULL, "reason" character varying(1000) NOT NULL, "valid_from" date NOT NULL, "valid_until" date NOT NULL, "granted_by" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "expiry_checked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_27e38765f2b0b823eb995b81cdc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_caseload_exception_member" ON "caseload_exception"  ("tenant_id", "member_id", "valid_until") `);
    await q.query(`CREATE TABLE "primary_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "member_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, "assigned_by" uuid, "ended_by" uuid, "end_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e31b894eeb1b2248532cb2ed637" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_primary_assignment_citizen" ON "primary_assignment"  ("tenant_id", "citizen_id", "started_at") `);
    await q.query(`CREATE INDEX "ix_primary_assignment_member_open" ON "primary_assignment"  ("member_id") WHERE "ended_at" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "uq_primary_assignment_open" ON "primary_assignment"  ("citizen_id") WHERE "ended_at" IS NULL`);
    await q.query(`CREATE TABLE "secondary_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "member_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2718e9bbf7b2e356c2738120a8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_secondary_contact_member" ON "secondary_contact"  ("tenant_id", "member_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_secondary_contact_open" ON "secondary_contact"  ("citizen_id", "member_id") WHERE "ended_at" IS NULL`);
    await q.query(`CREATE TYPE "public"."team_alert_kind" AS ENUM('caseload_exception_expired')`);
    await q.query(`CREATE TABLE "team_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "kind" "public"."team_alert_kind" NOT NULL, "member_id" uuid, "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_61e98a4e237846284203809b23d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_alert_team_open" ON "team_alert"  ("tenant_id", "team_id") WHERE "resolved_at" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "uq_team_alert_dedupe" ON "team_alert"  ("tenant_id", "dedupe_key") `);
    await q.query(`ALTER TABLE "citizen" ADD "referred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE "team_member" ADD "carries_caseload" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "primary_assignment" ADD CONSTRAINT "FK_467b9dbb24f820e3ee09b038059" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "primary_assignment" ADD CONSTRAINT "FK_c0468bada7dd017ac6bed804684" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

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

    // Capacity = floor(10 x FTE) (0 for members without a caseload) + exceptions in force today.
    await q.query(`CREATE FUNCTION member_primary_capacity(p_member_id uuid, p_fte numeric, p_carries boolean)
      RETURNS int LANGUAGE sql STABLE AS $$
        SELECT (CASE WHEN p_carries THEN floor(p_fte * 10)::int ELSE 0 END)
          + COALESCE((SELECT sum(e.extra)::int FROM caseload_exception e
                      WHERE e.member_id = p_member_id AND e.revoked_at IS NULL
                        AND (now() AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN e.valid_from AND e.valid_until), 0)
      $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION member_primary_capacity(uuid, numeric, boolean) TO act_app`);

    // Every new or moved open assignment: lock the member, count under the lock, refuse if over.
    await q.query(`CREATE FUNCTION enforce_primary_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_member team_member%ROWTYPE;
        v_citizen_team uuid;
        v_load int;
        v_capacity int;
      BEGIN
        IF NEW.ended_at IS NOT NULL THEN RETURN NEW; END IF;
        IF TG_OP = 'UPDATE' AND OLD.ended_at IS NULL AND OLD.member_id = NEW.member_id THEN RETURN NEW; END IF;
        SELECT * INTO v_member FROM team_member WHERE id = NEW.member_id FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'member % not found', NEW.member_id USING ERRCODE = '23503'; END IF;
        SELECT team_id INTO v_citizen_team FROM citizen WHERE id = NEW.citizen_id;
        IF v_citizen_team IS DISTINCT FROM v_member.team_id THEN
          RAISE EXCEPTION 'PRIMARY_CONTACT_OTHER_TEAM' USING ERRCODE = '23514';
        END IF;
        SELECT count(*) INTO v_load FROM primary_assignment
          WHERE member_id = NEW.member_id AND ended_at IS NULL AND id <> NEW.id;
        v_capacity := member_primary_capacity(v_member.id, v_member.fte, v_member.carries_caseload);
        IF v_load + 1 > v_capacity THEN
          RAISE EXCEPTION 'CASELOAD_LIMIT_EXCEEDED' USING ERRCODE = 'P0001',
            DETAIL = format('member=%s load=%s capacity=%s', NEW.member_id, v_load, v_capacity);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER primary_capacity BEFORE INSERT OR UPDATE OF member_id, ended_at ON primary_assignment
      FOR EACH ROW EXECUTE FUNCTION enforce_primary_capacity()`);

    // Lowering FTE (or taking the caseload away) below the current load is refused.
    await q.query(`CREATE FUNCTION enforce_member_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v_load int; v_capacity int;
      BEGIN
        IF NEW.fte = OLD.fte AND NEW.carries_caseload = OLD.carries_caseload THEN RETURN NEW; END IF;
        PERFORM 1 FROM team_member WHERE id = NEW.id FOR UPDATE;
        SELECT count(*) INTO v_load FROM primary_assignment WHERE member_id = NEW.id AND ended_at IS NULL;
        v_capacity := member_primary_capacity(NEW.id, NEW.fte, NEW.carries_caseload);
        IF v_load > v_capacity THEN
          RAISE EXCEPTION 'CASELOAD_LIMIT_EXCEEDED' USING ERRCODE = 'P0001',
            DETAIL = format('member=%s load=%s capacity=%s', NEW.id, v_load, v_capacity);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER member_capacity BEFORE UPDATE OF fte, carries_caseload ON team_member
      FOR EACH ROW EXECUTE FUNCTION enforce_member_capacity()`);
    await q.query(`ALTER TABLE caseload_exception ADD CONSTRAINT ck_caseload_exception_extra CHECK (extra BETWEEN 1 AND 5)`);
    await q.query(`ALTER TABLE caseload_exception ADD CONSTRAINT ck_caseload_exception_dates CHECK (valid_until >= valid_from)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_capacity ON team_member`);
    await q.query(`DROP FUNCTION enforce_member_capacity()`);
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP FUNCTION enforce_primary_capacity()`);
    await q.query(`DROP FUNCTION member_primary_capacity(uuid, numeric, boolean)`);
    await q.query(`DROP TYPE "public"."team_alert_kind"`);
    await q.query(`ALTER TABLE "team_member" DROP COLUMN "carries_caseload"`);
    await q.query(`ALTER TABLE "citizen" DROP COLUMN "referred_at"`);
  }
}

const TABLES = ['primary_assignment', 'secondary_contact', 'caseload_exception', 'admission_assessment', 'team_alert'];

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['primary_assignment', 'citizen', 'citizen_id'],
  ['primary_assignment', 'team_member', 'member_id'],
  ['secondary_contact', 'citizen', 'citizen_id'],
  ['secondary_contact', 'team_member', 'member_id'],
  ['caseload_exception', 'team_member', 'member_id'],
  ['admission_assessment', 'citizen', 'citizen_id'],
  ['team_alert', 'team', 'team_id'],
];
