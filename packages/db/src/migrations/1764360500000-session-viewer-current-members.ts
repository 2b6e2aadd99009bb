import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one-round-trip session lookup (`auth_session_lookup_viewer`, migration 1764360400001, issue
 * 16) listed every membership of the user, also those whose last day has passed (the staffing
 * history, ADR 0025, landed beside it). A member who has left must reach neither the team nor its
 * citizens, so the function now lists current memberships only (`member_is_current`), as the login
 * does. Same signature, same rights (it runs as the caller).
 */
export class SessionViewerCurrentMembers1764360500000 implements MigrationInterface {
  name = 'SessionViewerCurrentMembers1764360500000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION auth_session_lookup_viewer(p_token_hash bytea, p_idle_seconds int)
      RETURNS TABLE (session_id uuid, user_id uuid, tenant_id uuid, name text, email text, role text, tenant_name text,
                     memberships json, mfa_policy text, mfa_enrolled boolean, via_sso boolean)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_session uuid;
        v_tenant uuid;
        v_user uuid;
      BEGIN
        SELECT l.session_id, l.tenant_id, l.user_id INTO v_session, v_tenant, v_user
          FROM auth_session_lookup(p_token_hash, p_idle_seconds) l;
        IF v_session IS NULL THEN RETURN; END IF;
        PERFORM set_config('app.tenant_id', v_tenant::text, true);
        RETURN QUERY
          SELECT v_session, u.id, u.tenant_id, u.name::text, u.email::text, u.role::text, t.name::text,
                 COALESCE((SELECT json_agg(json_build_object('memberId', m.id, 'teamId', m.team_id,
                             'teamName', tm.name, 'isTeamLeader', m.is_team_leader) ORDER BY tm.name)
                           FROM team_member m JOIN team tm ON tm.id = m.team_id
                           WHERE m.user_id = u.id AND member_is_current(m.left_on)), '[]'::json),
                 t.mfa_policy::text,
                 EXISTS (SELECT 1 FROM mfa_factor f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL),
                 COALESCE((SELECT s.via_sso FROM user_session s WHERE s.id = v_session), false)
          FROM app_user u JOIN tenant t ON t.id = u.tenant_id
          WHERE u.id = v_user AND u.disabled_at IS NULL;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION auth_session_lookup_viewer(p_token_hash bytea, p_idle_seconds int)
      RETURNS TABLE (session_id uuid, user_id uuid, tenant_id uuid, name text, email text, role text, tenant_name text,
                     memberships json, mfa_policy text, mfa_enrolled boolean, via_sso boolean)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_session uuid;
        v_tenant uuid;
        v_user uuid;
      BEGIN
        SELECT l.session_id, l.tenant_id, l.user_id INTO v_session, v_tenant, v_user
          FROM auth_session_lookup(p_token_hash, p_idle_seconds) l;
        IF v_session IS NULL THEN RETURN; END IF;
        PERFORM set_config('app.tenant_id', v_tenant::text, true);
        RETURN QUERY
          SELECT v_session, u.id, u.tenant_id, u.name::text, u.email::text, u.role::text, t.name::text,
                 COALESCE((SELECT json_agg(json_build_object('memberId', m.id, 'teamId', m.team_id,
                             'teamName', tm.name, 'isTeamLeader', m.is_team_leader) ORDER BY tm.name)
                           FROM team_member m JOIN team tm ON tm.id = m.team_id
                           WHERE m.user_id = u.id), '[]'::json),
                 t.mfa_policy::text,
                 EXISTS (SELECT 1 FROM mfa_factor f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL),
                 COALESCE((SELECT s.via_sso FROM user_session s WHERE s.id = v_session), false)
          FROM app_user u JOIN tenant t ON t.id = u.tenant_id
          WHERE u.id = v_user AND u.disabled_at IS NULL;
      END $$`);
  }
}
