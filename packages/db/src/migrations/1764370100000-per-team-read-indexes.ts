import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the per-team read operations (issue 16; docs/performance.md, "Work on the budgets,
 * part 2"). Measured on the 40-team reference dataset as act_app:
 * - the meeting page read its tasks and decisions by `meeting_id`, which had no index (a scan of
 *   every task and decision of the tenant): (meeting_id, created_at, id), the order it reads them in;
 * - "not seen" and the citizen overview look up the next open visit per citizen (and the last
 *   face-to-face one, through ix_visit_face_to_face_done of migration 1764370200000): a partial
 *   index of open visits makes it one index probe instead of a walk through the citizen's visits
 *   skipping those already logged;
 * - my day/my week keep the viewer's visits: (tenant_id, member_id, visit_id) lets the member's
 *   visit ids be read from the index alone (it replaces (tenant_id, member_id), a prefix of it).
 */
export class PerTeamReadIndexes1764370100000 implements MigrationInterface {
  name = 'PerTeamReadIndexes1764370100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_follow_up_task_meeting" ON "follow_up_task" ("meeting_id", "created_at", "id") `);
    await q.query(`CREATE INDEX "ix_meeting_decision_meeting" ON "meeting_decision" ("meeting_id", "created_at", "id") `);
    await q.query(`CREATE INDEX "ix_visit_citizen_open" ON "visit" ("tenant_id", "citizen_id", "planned_start") WHERE "outcome" IS NULL`);
    await q.query(`CREATE INDEX "ix_visit_member_member_visit" ON "visit_member" ("tenant_id", "member_id", "visit_id") `);
    await q.query(`DROP INDEX "public"."ix_visit_member_member"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_visit_member_member" ON "visit_member" ("tenant_id", "member_id") `);
    await q.query(`DROP INDEX "public"."ix_visit_member_member_visit"`);
    await q.query(`DROP INDEX "public"."ix_visit_citizen_open"`);
    await q.query(`DROP INDEX "public"."ix_meeting_decision_meeting"`);
    await q.query(`DROP INDEX "public"."ix_follow_up_task_meeting"`);
  }
}
