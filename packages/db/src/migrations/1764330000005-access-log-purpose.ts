import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a purpose on every access-log row. The API states one for every operation
 * (apps/api/src/access-log/audit-purpose.ts); rows written before carry none (or, for two call
 * sites, free text), so they are back-filled from that map as it was when this migration was
 * written (copied below: a migration must not change when the code does), and the column
 * becomes NOT NULL. A row whose operation the map does not know gets 'not-recorded'.
 *
 * The log is append-only for everyone (trigger) and row-level secured with FORCE: the back-fill
 * lifts both for its one statement, as the owner, inside the migration's transaction.
 */
export class AccessLogPurpose1764330000005 implements MigrationInterface {
  name = 'AccessLogPurpose1764330000005';

  public async up(q: QueryRunner): Promise<void> {
    const cases = Object.entries(PURPOSES)
      .map(([purpose, operations]) => `WHEN operation IN (${operations.map((o) => `'${o}'`).join(', ')}) THEN '${purpose}'`)
      .join(' ');
    await q.query(`ALTER TABLE "access_log" DISABLE TRIGGER USER`);
    await q.query(`ALTER TABLE "access_log" NO FORCE ROW LEVEL SECURITY`);
    await q.query(
      `UPDATE "access_log" SET "purpose" = CASE ${cases} ELSE 'not-recorded' END
       WHERE "purpose" IS NULL OR "purpose" NOT IN (${[...Object.keys(PURPOSES), 'not-recorded'].map((p) => `'${p}'`).join(', ')})`,
    );
    await q.query(`ALTER TABLE "access_log" FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "access_log" ENABLE TRIGGER USER`);
    await q.query(`ALTER TABLE "access_log" ALTER COLUMN "purpose" SET NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_log" ALTER COLUMN "purpose" DROP NOT NULL`);
  }
}

/** The purpose of each operation, as audit-purpose.ts had it on 2026-12-04. */
const PURPOSES: Record<string, string[]> = {
  'care': [
    'citizen.read',
    'citizen.create',
    'citizen.update',
    'citizen.cpr.reveal',
    'citizen.read.denied',
    'citizen.create.duplicate',
    'care-plan.read',
    'care-plan.start',
    'care-plan.save',
    'care-plan.agree',
    'care-plan.diff',
    'consent.read',
    'consent.create',
    'consent.withdraw',
    'relative.read',
    'relative.create',
    'relative.update',
    'citizen.changes.read',
    'visit.read',
    'visit.read.denied',
    'visit.log-outcome',
    'citizen.crisis.raise',
    'citizen.crisis.clear',
    'transition.read',
    'transition.record',
    'transition.update',
  ],
  'planning': [
    'citizen.list',
    'citizen.assign',
    'citizen.unassign',
    'visit.list',
    'visit.plan',
    'visit.move',
    'visit.series.stop',
    'visit.calendar-feed',
    'task.create',
    'task.complete',
    'task.list',
    'board.read',
    'board.write',
  ],
  'collaboration': [
    'consent.check',
    'network-meeting.read',
    'network-meeting.write',
  ],
  'team-meeting': [
    'meeting.read',
    'meeting.minutes.read',
    'meeting.agenda.prepare',
    'meeting.item.write',
    'meeting.decision.create',
    'sparring-case.read',
    'sparring-case.set',
  ],
  'log-control': [
    'access-log.search',
  ],
  'citizen-insight': [
    'access-log.extract',
  ],
};
