import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ids that point at other records are checked, not just stored.
 * - `visit.goal_id` and `visit_series.goal_id` reference `care_plan_goal`, and a trigger requires
 *   the goal to be in an agreed version of the same citizen's plan in the same tenant (an agreed
 *   version never changes, so the link cannot go stale). Links that break the rule today are
 *   cleared first: they point at nothing the team can see.
 * - A plan goal's `goal_key` (the same goal across versions) belongs to one citizen: a trigger
 *   refuses a key already used in another citizen's plan.
 */
export class ForeignIds1764330000006 implements MigrationInterface {
  name = 'ForeignIds1764330000006';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of ['visit', 'visit_series']) {
      await q.query(
        `UPDATE "${table}" x SET goal_id = NULL
         WHERE goal_id IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id
           WHERE g.id = x.goal_id AND g.tenant_id = x.tenant_id AND v.citizen_id = x.citizen_id AND v.status = 'agreed')`,
      );
    }
    await q.query(`CREATE INDEX "ix_care_plan_goal_key" ON "care_plan_goal"  ("goal_key") `);
    await q.query(`CREATE INDEX "ix_visit_series_goal" ON "visit_series"  ("goal_id") WHERE "goal_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_visit_goal" ON "visit"  ("goal_id") WHERE "goal_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "visit_series" ADD CONSTRAINT "FK_d6e52aab4d3cb1b880067e52c5e" FOREIGN KEY ("goal_id") REFERENCES "care_plan_goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit" ADD CONSTRAINT "FK_faae9276c7faec5bd4acbc3dc83" FOREIGN KEY ("goal_id") REFERENCES "care_plan_goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Runs as the writing role, so row-level security hides other tenants' goals: those are "not found" too.
    await q.query(`CREATE FUNCTION assert_visit_goal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.goal_id IS NOT NULL THEN
          PERFORM 1 FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id
            WHERE g.id = NEW.goal_id AND g.tenant_id = NEW.tenant_id
              AND v.citizen_id = NEW.citizen_id AND v.status = 'agreed';
          IF NOT FOUND THEN
            RAISE EXCEPTION 'VISIT_GOAL_NOT_IN_PLAN' USING ERRCODE = '23503',
              DETAIL = format('%s.goal_id is not a goal of an agreed plan of the same citizen', TG_TABLE_NAME);
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['visit', 'visit_series']) {
      await q.query(`CREATE TRIGGER ${table}_goal_in_plan BEFORE INSERT OR UPDATE OF goal_id, citizen_id, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_visit_goal()`);
    }

    await q.query(`CREATE FUNCTION assert_goal_key_one_citizen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM care_plan_goal g
          JOIN care_plan_version v ON v.id = g.version_id
          JOIN care_plan_version mine ON mine.id = NEW.version_id
          WHERE g.goal_key = NEW.goal_key AND g.id <> NEW.id
            AND (v.citizen_id <> mine.citizen_id OR g.tenant_id <> NEW.tenant_id);
        IF FOUND THEN
          RAISE EXCEPTION 'GOAL_KEY_OF_ANOTHER_PLAN' USING ERRCODE = '23514',
            DETAIL = 'care_plan_goal.goal_key is used in another citizen''s plan';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER care_plan_goal_key_one_citizen BEFORE INSERT OR UPDATE OF goal_key, version_id ON "care_plan_goal"
      FOR EACH ROW EXECUTE FUNCTION assert_goal_key_one_citizen()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER care_plan_goal_key_one_citizen ON "care_plan_goal"`);
    await q.query(`DROP FUNCTION assert_goal_key_one_citizen()`);
    for (const table of ['visit', 'visit_series']) await q.query(`DROP TRIGGER ${table}_goal_in_plan ON "${table}"`);
    await q.query(`DROP FUNCTION assert_visit_goal()`);
    await q.query(`ALTER TABLE "visit" DROP CONSTRAINT "FK_faae9276c7faec5bd4acbc3dc83"`);
    await q.query(`ALTER TABLE "visit_series" DROP CONSTRAINT "FK_d6e52aab4d3cb1b880067e52c5e"`);
    await q.query(`DROP INDEX "public"."ix_visit_goal"`);
    await q.query(`DROP INDEX "public"."ix_visit_series_goal"`);
    await q.query(`DROP INDEX "public"."ix_care_plan_goal_key"`);
  }
}
