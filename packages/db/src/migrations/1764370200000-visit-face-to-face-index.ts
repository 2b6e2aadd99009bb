import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: the steering dashboard's face-to-face figures (contacts per citizen per week, and
 * "not seen" on the reading day) read every visit of the period and of the 92 days before the
 * reading day through ix_visit_tenant_start and the heap — about 400,000 visit rows on the 40-team
 * reference dataset, 2 M visits — to keep the 30 % that are done and face to face. A partial
 * index on exactly those visits, by citizen and time, lets the dashboard count a citizen's
 * contacts in the period and find their newest one with a few index pages per citizen (index-only
 * where the visibility map allows). About 74 MB on the reference dataset; only visits logged as
 * done and face to face are in it. docs/performance.md, "Work on the budgets, part 2".
 */
export class VisitFaceToFaceIndex1764370200000 implements MigrationInterface {
  name = 'VisitFaceToFaceIndex1764370200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_visit_face_to_face_done" ON "visit" ("tenant_id", "citizen_id", "planned_start") WHERE "outcome" = 'done' AND "face_to_face"`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_visit_face_to_face_done"`);
  }
}
