import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, single sign-on (OpenID Connect) per tenant (ADR 0017): the tenant's IdP settings
 * (no secret — it names the environment variable holding it), the IdP subject a user is linked
 * to, sessions marked as started by SSO, and the short-lived login attempts (state, nonce, PKCE
 * verifier) that a callback takes once. Forced RLS, grants and same-tenant triggers as elsewhere.
 */
export class Sso1764330000003 implements MigrationInterface {
  name = 'Sso1764330000003';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "tenant_sso" ("tenant_id" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "issuer" character varying(500) NOT NULL, "client_id" character varying(200) NOT NULL, "client_secret_env" character varying(100), "sso_required" boolean NOT NULL DEFAULT false, "break_glass_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b8b6dfc24a42d11cb2bc92adc7" PRIMARY KEY ("tenant_id"))`);
    await q.query(`ALTER TABLE "app_user" ADD "sso_subject" character varying(255)`);
    await q.query(`ALTER TABLE "user_session" ADD "via_sso" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE UNIQUE INDEX "uq_app_user_sso_subject" ON "app_user"  ("tenant_id", "sso_subject") WHERE "sso_subject" IS NOT NULL`);
    await q.query(`ALTER TABLE "tenant_sso" ADD CONSTRAINT "FK_0b8b6dfc24a42d11cb2bc92adc7" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "tenant_sso" ADD CONSTRAINT "FK_6254594c113dfe1bc1a1125f252" FOREIGN KEY ("break_glass_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Not an entity: rows live for minutes and are only ever inserted and taken (deleted) once.
    await q.query(`CREATE TABLE "sso_login_attempt" ("state_hash" bytea NOT NULL, "tenant_id" uuid NOT NULL REFERENCES "tenant"("id") ON DELETE CASCADE,
      "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sso_login_attempt" PRIMARY KEY ("state_hash"))`);

    for (const table of ['tenant_sso', 'sso_login_attempt']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "tenant_sso" TO act_app`);
    await q.query(`GRANT INSERT ON "sso_login_attempt" TO act_app`);
    await q.query(`CREATE TRIGGER same_tenant_break_glass_user_id BEFORE INSERT OR UPDATE OF break_glass_user_id, tenant_id ON "tenant_sso"
      FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('app_user', 'break_glass_user_id')`);

    // The login page lists the municipalities that offer SSO before anyone is known.
    await q.query(`CREATE FUNCTION sso_login_options() RETURNS TABLE (tenant_id uuid, tenant_name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT t.id, t.name::text FROM tenant_sso s JOIN tenant t ON t.id = s.tenant_id WHERE s.enabled ORDER BY t.name
      $$`);
    // The callback knows only the state: the attempt is taken (deleted) at most once, within 10 minutes.
    await q.query(`CREATE FUNCTION sso_attempt_take(p_state_hash bytea)
      RETURNS TABLE (tenant_id uuid, code_verifier text, nonce text)
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        DELETE FROM sso_login_attempt WHERE created_at < now() - interval '10 minutes';
        DELETE FROM sso_login_attempt a WHERE a.state_hash = p_state_hash
          RETURNING a.tenant_id, a.code_verifier::text, a.nonce::text
      $$`);
    // Password login in a tenant that requires SSO: only its break-glass admin.
    await q.query(`CREATE FUNCTION auth_password_login_allowed(p_user_id uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT NOT EXISTS (SELECT 1 FROM app_user u JOIN tenant_sso s ON s.tenant_id = u.tenant_id
          WHERE u.id = p_user_id AND s.enabled AND s.sso_required AND s.break_glass_user_id IS DISTINCT FROM u.id)
      $$`);
    for (const fn of ['sso_login_options()', 'sso_attempt_take(bytea)', 'auth_password_login_allowed(uuid)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO act_app`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION auth_password_login_allowed(uuid)`);
    await q.query(`DROP FUNCTION sso_attempt_take(bytea)`);
    await q.query(`DROP FUNCTION sso_login_options()`);
    await q.query(`DROP TABLE "sso_login_attempt"`);
    await q.query(`DROP TABLE "tenant_sso"`);
    await q.query(`DROP INDEX "public"."uq_app_user_sso_subject"`);
    await q.query(`ALTER TABLE "user_session" DROP COLUMN "via_sso"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "sso_subject"`);
  }
}
