import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: a mail carries its own "when" and "how many", so it can be rendered without its
 * notification (a user may take a kind by e-mail only, and the external supervisor has none).
 */
export class MailDeliveryContent1764310000001 implements MigrationInterface {
  name = 'MailDeliveryContent1764310000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "mail_delivery" ADD "occurs_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "mail_delivery" ADD "item_count" integer`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "mail_delivery" DROP COLUMN "item_count"`);
    await q.query(`ALTER TABLE "mail_delivery" DROP COLUMN "occurs_at"`);
  }
}
