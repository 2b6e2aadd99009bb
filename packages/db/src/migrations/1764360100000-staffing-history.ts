import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team's staffing history (ADR 0025): a membership has a first day and, once it ends, a last
 * day and a reason; `team_member_span` keeps the member's FTE and discipline from day to day. The
 * spans follow `team_member` by trigger (an insert opens one, a change of FTE or discipline starts
 * a new one today, an end closes the open one, a corrected first day moves the first one), so every
 * writer keeps them right; the API writes
 * the spans itself first when a change starts on another day. Existing rows are back-filled from
 * their creation day. A member who leaves cannot hold open contacts, and no new contact can be
 * given to them.
 */
export class StaffingHistory1764360100000 implements MigrationInterface {
  name = 'StaffingHistory1764360100000';

  public async up(q: QueryRunner): Promise<void> {
 // The Copenhagen calendar day, for defaults and "current" (the database runs in UTC).
    await q.query(`CREATE FUNCTION copenhagen_today() RETURNS date LANGUAGE sql STABLE AS
      $$ SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION copenhagen_today() TO act_app`);
    await q.query(`CREATE TYPE "public"."member_leave_reason" AS ENUM('resigned', 'moved_team', 'retired', 'other')`);
    await q.query(`ALTER TABLE "team_member" ADD "joined_on" date NOT NULL DEFAULT copenhagen_today()`);
    await q.query(`ALTER TABLE "team_member" ADD "left_on" date`);
    await q.query(`ALTER TABLE "team_member" ADD "leave_reason" "public"."member_leave_reason"`);
 // Current on the Copenhagen day: no last day yet, or it is today or later. Every reader of
    // "the team's members now" (access, caseload capacity, lists, invitations) asks this.
    await q.query(`CREATE FUNCTION member_is_current(p_left_on date) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT p_left_on IS NULL OR p_left_on >= copenhagen_today() $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION member_is_current(date) TO act_app`);
    await q.query(`UPDATE "team_member" SET "joined_on" = ("created_at" AT TIME ZONE 'Europe/Copenhagen')::date`);
    await q.query(`ALTER TABLE "team_member" ADD CONSTRAINT "ck_team_member_left_after_joined" CHECK ("left_on" IS NULL OR "left_on" >= "joined_on")`);
    await q.query(`ALTER TABLE "team_member" ADD CONSTRAINT "ck_team_member_leave_reason" CHECK (("left_on" IS NULL) = ("leave_reason" IS NULL))`);

    await q.query(`CREATE TABLE "team_member_span" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "member_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "fte" numeric(3,2) NOT NULL, "discipline" "public"."discipline" NOT NULL, "end_reason" "public"."member_leave_reason", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_team_member_span_range" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "ck_team_member_span_fte" CHECK ("fte" >= 0 AND "fte" <= 1), CONSTRAINT "PK_team_member_span" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_member_span_member" ON "team_member_span" ("member_id", "valid_from") `);
    await q.query(`ALTER TABLE "team_member_span" ADD CONSTRAINT "FK_team_member_span_member" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`INSERT INTO "team_member_span" ("tenant_id", "member_id", "valid_from", "fte", "discipline")
      SELECT "tenant_id", "id", "joined_on", "fte", "discipline" FROM "team_member"`);

    // No two spans of one member overlap. Checked at commit (the API closes one span and opens the
    // next in either order) under the member's row lock, so two transactions cannot both pass.
    // The queued NEW may be stale by then (the span changed again later in the transaction): the
    // check reads the span as it is.
    await q.query(`CREATE FUNCTION refuse_overlapping_member_span() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v_span team_member_span%ROWTYPE;
      BEGIN
        PERFORM 1 FROM team_member WHERE id = NEW.member_id FOR UPDATE;
        SELECT * INTO v_span FROM team_member_span WHERE id = NEW.id;
        IF NOT FOUND THEN RETURN NULL; END IF;
        IF EXISTS (SELECT 1 FROM team_member_span s WHERE s.member_id = v_span.member_id AND s.id <> v_span.id
                     AND daterange(s.valid_from, s.valid_to, '[]') && daterange(v_span.valid_from, v_span.valid_to, '[]')) THEN
          RAISE EXCEPTION 'MEMBER_SPANS_OVERLAP' USING ERRCODE = '23P01';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER member_span_no_overlap AFTER INSERT OR UPDATE ON team_member_span
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_overlapping_member_span()`);

    // The spans follow the member row. "Today" is the Copenhagen day.
    await q.query(`CREATE FUNCTION sync_member_span() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_today date := copenhagen_today();
        v_last team_member_span%ROWTYPE;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO team_member_span (tenant_id, member_id, valid_from, valid_to, fte, discipline, end_reason)
            VALUES (NEW.tenant_id, NEW.id, NEW.joined_on, NEW.left_on, NEW.fte, NEW.discipline, NEW.leave_reason);
          RETURN NULL;
        END IF;
        IF NEW.joined_on IS DISTINCT FROM OLD.joined_on AND NOT (OLD.left_on IS NOT NULL AND NEW.left_on IS NULL) THEN
          -- A corrected first day moves the start of the membership's first span.
          UPDATE team_member_span SET valid_from = NEW.joined_on WHERE member_id = NEW.id AND valid_from = OLD.joined_on;
        END IF;
        SELECT * INTO v_last FROM team_member_span WHERE member_id = NEW.id ORDER BY valid_from DESC LIMIT 1;
        IF OLD.left_on IS NOT NULL AND NEW.left_on IS NULL THEN
          -- Back on the team: a new span from the new first day.
          IF v_last.valid_to IS NOT NULL AND v_last.valid_from < NEW.joined_on THEN
            INSERT INTO team_member_span (tenant_id, member_id, valid_from, fte, discipline)
              VALUES (NEW.tenant_id, NEW.id, NEW.joined_on, NEW.fte, NEW.discipline);
          END IF;
          RETURN NULL;
        END IF;
        IF NOT FOUND THEN
          INSERT INTO team_member_span (tenant_id, member_id, valid_from, valid_to, fte, discipline, end_reason)
            VALUES (NEW.tenant_id, NEW.id, NEW.joined_on, NEW.left_on, NEW.fte, NEW.discipline, NEW.leave_reason);
          RETURN NULL;
        END IF;
        IF (v_last.fte <> NEW.fte OR v_last.discipline <> NEW.discipline) AND (v_last.valid_to IS NULL OR v_last.valid_to >= v_today) THEN
          IF v_last.valid_from >= v_today THEN
            UPDATE team_member_span SET fte = NEW.fte, discipline = NEW.discipline WHERE id = v_last.id;
          ELSE
            UPDATE team_member_span SET valid_to = v_today - 1, end_reason = NULL WHERE id = v_last.id;
            INSERT INTO team_member_span (tenant_id, member_id, valid_from, valid_to, fte, discipline, end_reason)
              VALUES (NEW.tenant_id, NEW.id, v_today, v_last.valid_to, NEW.fte, NEW.discipline, v_last.end_reason);
          END IF;
          SELECT * INTO v_last FROM team_member_span WHERE member_id = NEW.id ORDER BY valid_from DESC LIMIT 1;
        END IF;
        IF NEW.left_on IS DISTINCT FROM OLD.left_on OR NEW.leave_reason IS DISTINCT FROM OLD.leave_reason THEN
          UPDATE team_member_span SET valid_to = NEW.left_on, end_reason = NEW.leave_reason WHERE id = v_last.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER member_span_sync AFTER INSERT OR UPDATE OF fte, discipline, joined_on, left_on, leave_reason ON team_member
      FOR EACH ROW EXECUTE FUNCTION sync_member_span()`);

    // A member leaves only once their citizens have other contacts; a member who has left gets none.
    await q.query(`CREATE FUNCTION refuse_leaving_with_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.left_on IS NOT NULL AND OLD.left_on IS NULL AND (
             EXISTS (SELECT 1 FROM primary_assignment WHERE ended_at IS NULL AND member_id = NEW.id)
             OR EXISTS (SELECT 1 FROM secondary_contact WHERE ended_at IS NULL AND member_id = NEW.id)) THEN
          RAISE EXCEPTION 'MEMBER_LEAVING_WITH_OPEN_CONTACTS' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER member_leaving_contacts BEFORE UPDATE OF left_on ON team_member
      FOR EACH ROW EXECUTE FUNCTION refuse_leaving_with_contacts()`);
    await q.query(`CREATE FUNCTION refuse_contact_for_departed_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.ended_at IS NULL AND EXISTS (SELECT 1 FROM team_member WHERE id = NEW.member_id AND left_on IS NOT NULL) THEN
          RAISE EXCEPTION 'MEMBER_HAS_LEFT' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['primary_assignment', 'secondary_contact']) {
      await q.query(`CREATE TRIGGER contact_member_active BEFORE INSERT OR UPDATE OF member_id, ended_at ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION refuse_contact_for_departed_member()`);
    }

    await q.query(`ALTER TABLE "team_member_span" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "team_member_span" FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "team_member_span"
      USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "team_member_span" TO act_app`);
    await q.query(`CREATE TRIGGER same_tenant_member_id BEFORE INSERT OR UPDATE OF member_id, tenant_id ON "team_member_span"
      FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('team_member', 'member_id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['primary_assignment', 'secondary_contact']) await q.query(`DROP TRIGGER contact_member_active ON "${table}"`);
    await q.query(`DROP FUNCTION refuse_contact_for_departed_member()`);
    await q.query(`DROP TRIGGER member_leaving_contacts ON team_member`);
    await q.query(`DROP FUNCTION refuse_leaving_with_contacts()`);
    await q.query(`DROP TRIGGER member_span_sync ON team_member`);
    await q.query(`DROP FUNCTION sync_member_span()`);
    await q.query(`DROP TABLE "team_member_span" CASCADE`);
    await q.query(`DROP FUNCTION refuse_overlapping_member_span()`);
    await q.query(`ALTER TABLE "team_member" DROP CONSTRAINT "ck_team_member_leave_reason"`);
    await q.query(`ALTER TABLE "team_member" DROP CONSTRAINT "ck_team_member_left_after_joined"`);
    await q.query(`ALTER TABLE "team_member" DROP COLUMN "leave_reason"`);
    await q.query(`ALTER TABLE "team_member" DROP COLUMN "left_on"`);
    await q.query(`ALTER TABLE "team_member" DROP COLUMN "joined_on"`);
    await q.query(`DROP FUNCTION member_is_current(date)`);
    await q.query(`DROP TYPE "public"."member_leave_reason"`);
    await q.query(`DROP FUNCTION copenhagen_today()`);
  }
}
