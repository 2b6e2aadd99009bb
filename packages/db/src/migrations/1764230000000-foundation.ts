import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: tenants, users, teams, members, citizens, sessions and the access log, with
 * row-level security that fails closed, an append-only access log and the login/session
 * functions that must work before a tenant is known.
 */
export class Foundation1764230000000 implements MigrationInterface {
  name = 'Foundation1764230000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "access_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tenant_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "citizen_id" uuid, "criterion" character varying(500), "operation" character varying(100) NOT NULL, "purpose" character varying(200), "request_id" character varying(100) NOT NULL, CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_access_log_citizen" ON "access_log"  ("tenant_id", "citizen_id", "occurred_at") `);
    await q.query(`CREATE INDEX "ix_access_log_tenant_time" ON "access_log"  ("tenant_id", "occurred_at") `);
    await q.query(`CREATE TYPE "public"."user_role" AS ENUM('admin', 'team_leader', 'team_member', 'steering_group')`);
    await q.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying(200) NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_app_user_tenant" ON "app_user"  ("tenant_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
    await q.query(`CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_team_tenant_name" ON "team"  ("tenant_id", "name") `);
    await q.query(`CREATE TYPE "public"."citizen_status" AS ENUM('referred', 'active', 'paused', 'ended')`);
    await q.query(`CREATE TABLE "citizen" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "cpr" character(10) NOT NULL, "status" "public"."citizen_status" NOT NULL DEFAULT 'referred', "status_reason" character varying(1000), "phone" character varying(20), "email" character varying(320), "street" character varying(200), "postal_code" character varying(4), "city" character varying(100), "access_note" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_0e19d9fdbdd0d185ce72fe62a04" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_citizen_team_name" ON "citizen"  ("tenant_id", "team_id", "name", "id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_citizen_tenant_cpr" ON "citizen"  ("tenant_id", "cpr") `);
    await q.query(`CREATE TYPE "public"."discipline" AS ENUM('psychiatry', 'nursing', 'substance_abuse', 'social_pedagogy', 'employment', 'casework', 'peer', 'other')`);
    await q.query(`CREATE TABLE "team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "team_id" uuid NOT NULL, "user_id" uuid NOT NULL, "discipline" "public"."discipline" NOT NULL, "fte" numeric(3,2) NOT NULL, "is_team_leader" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_649680684d72a20d279641469c5" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_team_member_user" ON "team_member"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_team_member_team_user" ON "team_member"  ("tenant_id", "team_id", "user_id") `);
    await q.query(`CREATE TABLE "tenant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da8c6efd67bb301e810e56ac139" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_user_session_user" ON "user_session"  ("tenant_id", "user_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_user_session_token" ON "user_session"  ("token_hash") `);
    await q.query(`ALTER TABLE "citizen" ADD CONSTRAINT "FK_ef7e9022c9a3ded59e5ddd0d9c1" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_member" ADD CONSTRAINT "FK_a1b5b4f5fa1b7f890d0a278748b" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_member" ADD CONSTRAINT "FK_0724b86622f89c433dee4cd8b17" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await q.query(`GRANT USAGE ON SCHEMA public TO act_app`);

    // Row-level security on every tenant table; no tenant set => no rows (fails closed).
    await q.query(`CREATE FUNCTION current_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION current_tenant_id() TO act_app`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}"
        USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())`);
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO act_app`);
    }
    await q.query(`ALTER TABLE "tenant" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "tenant" FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "tenant"
      USING (id = current_tenant_id()) WITH CHECK (id = current_tenant_id())`);
    await q.query(`GRANT SELECT ON "tenant" TO act_app`);

    // References must stay inside the tenant (foreign-key checks themselves bypass RLS).
    await q.query(`CREATE FUNCTION assert_same_tenant() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ref_table text := TG_ARGV[0]; ref_column text := TG_ARGV[1]; ref_id uuid; found boolean;
      BEGIN
        ref_id := (to_jsonb(NEW) ->> ref_column)::uuid;
        IF ref_id IS NULL THEN RETURN NEW; END IF;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1 AND tenant_id = $2)', ref_table)
          INTO found USING ref_id, NEW.tenant_id;
        IF NOT found THEN
          RAISE EXCEPTION '% % is not in the same tenant', ref_table, ref_id USING ERRCODE = '23503';
        END IF;
        RETURN NEW;
      END $$`);
    for (const [table, refTable, column] of SAME_TENANT_REFERENCES) {
      await q.query(`CREATE TRIGGER same_tenant_${column} BEFORE INSERT OR UPDATE OF ${column}, tenant_id ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION assert_same_tenant('${refTable}', '${column}')`);
    }

    // The access log is append-only, for everyone (the owner included).
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "access_log" FROM act_app`);
    await q.query(`CREATE FUNCTION refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = '42501'; END $$`);
    await q.query(`CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON "access_log"
      FOR EACH ROW EXECUTE FUNCTION refuse_access_log_change()`);
    await q.query(`CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "access_log"
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_access_log_change()`);

    // Login and session lookup happen before the tenant is known. These narrow functions run
    // as the owner (which bypasses RLS) and return only what the step needs.
    await q.query(`CREATE FUNCTION auth_login_lookup(p_email text)
      RETURNS TABLE (user_id uuid, tenant_id uuid, password_hash text, disabled boolean, locked_until timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, tenant_id, password_hash, disabled_at IS NOT NULL, locked_until FROM app_user WHERE email = p_email
      $$`);
    await q.query(`CREATE FUNCTION auth_login_failed(p_user_id uuid, p_max_attempts int, p_lock_seconds int)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE app_user SET
          failed_login_count = CASE WHEN failed_login_count + 1 >= p_max_attempts THEN 0 ELSE failed_login_count + 1 END,
          locked_until = CASE WHEN failed_login_count + 1 >= p_max_attempts
            THEN now() + make_interval(secs => p_lock_seconds) ELSE locked_until END
        WHERE id = p_user_id
      $$`);
    await q.query(`CREATE FUNCTION auth_login_succeeded(p_user_id uuid)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE app_user SET failed_login_count = 0, locked_until = NULL WHERE id = p_user_id
      $$`);
    await q.query(`CREATE FUNCTION auth_session_lookup(p_token_hash bytea, p_idle_seconds int)
      RETURNS TABLE (session_id uuid, tenant_id uuid, user_id uuid)
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE user_session s SET last_seen_at = now()
        FROM app_user u
        WHERE s.token_hash = p_token_hash AND s.ended_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds)
          AND u.id = s.user_id AND u.disabled_at IS NULL
        RETURNING s.id, s.tenant_id, s.user_id
      $$`);
    for (const fn of AUTH_FUNCTIONS) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO act_app`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const fn of AUTH_FUNCTIONS) await q.query(`DROP FUNCTION ${fn}`);
    for (const table of ['user_session', 'access_log', 'citizen', 'team_member', 'team', 'app_user', 'tenant']) {
      await q.query(`DROP TABLE "${table}" CASCADE`);
    }
    await q.query(`DROP FUNCTION refuse_access_log_change()`);
    await q.query(`DROP FUNCTION assert_same_tenant()`);
    await q.query(`DROP FUNCTION current_tenant_id()`);
    await q.query(`DROP TYPE "public"."discipline"`);
    await q.query(`DROP TYPE "public"."citizen_status"`);
    await q.query(`DROP TYPE "public"."user_role"`);
  }
}

const TENANT_TABLES = ['app_user', 'team', 'team_member', 'citizen', 'access_log', 'user_session'];

const SAME_TENANT_REFERENCES: Array<[table: string, refTable: string, column: string]> = [
  ['team_member', 'team', 'team_id'],
  ['team_member', 'app_user', 'user_id'],
  ['citizen', 'team', 'team_id'],
  ['user_session', 'app_user', 'user_id'],
];

const AUTH_FUNCTIONS = [
  'auth_login_lookup(text)',
  'auth_login_failed(uuid, int, int)',
  'auth_login_succeeded(uuid)',
  'auth_session_lookup(bytea, int)',
];
