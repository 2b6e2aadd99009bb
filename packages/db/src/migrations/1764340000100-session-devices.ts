import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions a person can see (issue 13): each session keeps the device it was started on, as the
 * browser's and system's names read from the User-Agent (never the raw header, never the client
 * address), and how it ended — by logout, by the person from their list, by an admin, or because
 * the user was disabled — and by whom (a user of the same tenant).
 */
export class SessionDevices1764340000100 implements MigrationInterface {
  name = 'SessionDevices1764340000100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user_session" ADD "browser" character varying(40)`);
    await q.query(`ALTER TABLE "user_session" ADD "os" character varying(40)`);
    await q.query(`CREATE TYPE "public"."session_end_reason" AS ENUM('logout', 'ended_by_user', 'ended_by_admin', 'user_disabled')`);
    await q.query(`ALTER TABLE "user_session" ADD "end_reason" "public"."session_end_reason"`);
    await q.query(`ALTER TABLE "user_session" ADD "ended_by_user_id" uuid`);
    await q.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_61ffd620e3adaac8e4a37031770" FOREIGN KEY ("ended_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`CREATE TRIGGER same_tenant_ended_by_user_id BEFORE INSERT OR UPDATE OF ended_by_user_id, tenant_id ON "user_session"
      FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('app_user', 'ended_by_user_id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER same_tenant_ended_by_user_id ON "user_session"`);
    await q.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_61ffd620e3adaac8e4a37031770"`);
    await q.query(`ALTER TABLE "user_session" DROP COLUMN "ended_by_user_id"`);
    await q.query(`ALTER TABLE "user_session" DROP COLUMN "end_reason"`);
    await q.query(`DROP TYPE "public"."session_end_reason"`);
    await q.query(`ALTER TABLE "user_session" DROP COLUMN "os"`);
    await q.query(`ALTER TABLE "user_session" DROP COLUMN "browser"`);
  }
}
