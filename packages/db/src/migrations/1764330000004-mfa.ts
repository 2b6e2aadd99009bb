import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-factor login for local accounts (ADR 0018): a TOTP factor per user, ten hashed recovery
 * codes, the pending second step of a login, and the tenant's policy. Tenant tables with forced
 * RLS and same-tenant triggers; the challenge is found before the tenant is known through one
 * narrow SECURITY DEFINER function, like the session.
 */
export class Mfa1764330000004 implements MigrationInterface {
  name = 'Mfa1764330000004';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "mfa_factor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "secret" character varying(64), "pending_secret" character varying(64), "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e6af0da53f3790894194a5a0ef" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_mfa_factor_user" ON "mfa_factor"  ("user_id") `);
    await q.query(`CREATE TABLE "mfa_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_hash" bytea NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cdbbb187d9498f3aee029649fbf" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_mfa_recovery_code_hash" ON "mfa_recovery_code"  ("code_hash") `);
    await q.query(`CREATE INDEX "ix_mfa_recovery_code_user" ON "mfa_recovery_code"  ("tenant_id", "user_id") `);
    await q.query(`CREATE TYPE "public"."mfa_challenge_purpose" AS ENUM('login', 'enrol')`);
    await q.query(`CREATE TABLE "mfa_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "purpose" "public"."mfa_challenge_purpose" NOT NULL, "failed_attempts" smallint NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ab263b5dc61af1bff77efa1174" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_mfa_challenge_user" ON "mfa_challenge"  ("tenant_id", "user_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_mfa_challenge_token" ON "mfa_challenge"  ("token_hash") `);
    await q.query(`CREATE TYPE "public"."mfa_policy" AS ENUM('optional', 'admins_and_team_leaders', 'everyone')`);
    await q.query(`ALTER TABLE "tenant" ADD "mfa_policy" "public"."mfa_policy" NOT NULL DEFAULT 'optional'`);
    await q.query(`ALTER TABLE "mfa_factor" ADD CONSTRAINT "FK_7f4592f702544a6620811a3632d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "mfa_recovery_code" ADD CONSTRAINT "FK_cb8070e714a552e9c6b6271ff98" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "mfa_challenge" ADD CONSTRAINT "FK_a3d3ac5f17ce85e0773720ab7f9" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
      await q.query(`CREATE TRIGGER same_tenant_user_id BEFORE INSERT OR UPDATE OF user_id, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('app_user', 'user_id')`);
    }
    // Only what the steps need: factors are replaced and removed (an admin's reset), recovery
    // codes replaced and marked used, challenges only created and spent (never deleted by the app).
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "mfa_factor" TO act_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "mfa_recovery_code" TO act_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "mfa_challenge" TO act_app`);
    await q.query(`GRANT UPDATE ("mfa_policy") ON "tenant" TO act_app`);

    // The code step starts before the tenant is known (no session yet): find a live challenge.
    await q.query(`CREATE FUNCTION auth_mfa_challenge_lookup(p_token_hash bytea)
      RETURNS TABLE (challenge_id uuid, tenant_id uuid, user_id uuid, purpose mfa_challenge_purpose)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT c.id, c.tenant_id, c.user_id, c.purpose FROM mfa_challenge c JOIN app_user u ON u.id = c.user_id
        WHERE c.token_hash = p_token_hash AND c.used_at IS NULL AND c.expires_at > now() AND u.disabled_at IS NULL
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_mfa_challenge_lookup(bytea) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_mfa_challenge_lookup(bytea) TO act_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION auth_mfa_challenge_lookup(bytea)`);
    await q.query(`REVOKE UPDATE ("mfa_policy") ON "tenant" FROM act_app`);
    await q.query(`ALTER TABLE "tenant" DROP COLUMN "mfa_policy"`);
    for (const table of TABLES) await q.query(`DROP TABLE "${table}" CASCADE`);
    await q.query(`DROP TYPE "public"."mfa_policy"`);
    await q.query(`DROP TYPE "public"."mfa_challenge_purpose"`);
  }
}

const TABLES = ['mfa_factor', 'mfa_recovery_code', 'mfa_challenge'];
