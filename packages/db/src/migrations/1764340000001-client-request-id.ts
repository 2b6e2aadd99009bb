import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, defect 2: the access log's request id is the server's own. A client's
 * `x-request-id` is kept beside it only as a correlation hint (`client_request_id`).
 */
export class ClientRequestId1764340000001 implements MigrationInterface {
  name = 'ClientRequestId1764340000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_log" ADD "client_request_id" character varying(64)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_log" DROP COLUMN "client_request_id"`);
  }
}
