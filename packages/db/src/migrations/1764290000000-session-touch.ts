import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, defect 4: every request updated `user_session.last_seen_at` inside its transaction,
 * so parallel requests of one browser tab waited on that row lock one after another (and every
 * read wrote a row). The lookup now only reads; it touches the session when the last touch is
 * older than a minute (or half the idle limit, if that is shorter), and a request that finds
 * the row already being touched skips it (SKIP LOCKED) instead of waiting.
 */
export class SessionTouch1764290000000 implements MigrationInterface {
  name = 'SessionTouch1764290000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION auth_session_lookup(p_token_hash bytea, p_idle_seconds int)
      RETURNS TABLE (session_id uuid, tenant_id uuid, user_id uuid)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      #variable_conflict use_column
      DECLARE
        v_id uuid;
        v_tenant uuid;
        v_user uuid;
        v_seen timestamptz;
        v_every interval := make_interval(secs => least(60, p_idle_seconds / 2.0));
      BEGIN
        SELECT s.id, s.tenant_id, s.user_id, s.last_seen_at INTO v_id, v_tenant, v_user, v_seen
          FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = p_token_hash AND s.ended_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds) AND u.disabled_at IS NULL;
        IF v_id IS NULL THEN RETURN; END IF;
        IF v_seen < now() - v_every THEN
          UPDATE user_session s SET last_seen_at = now()
            WHERE s.id = (SELECT x.id FROM user_session x
                          WHERE x.id = v_id AND x.last_seen_at < now() - v_every FOR UPDATE SKIP LOCKED);
        END IF;
        RETURN QUERY SELECT v_id, v_tenant, v_user;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION auth_session_lookup(p_token_hash bytea, p_idle_seconds int)
      RETURNS TABLE (session_id uuid, tenant_id uuid, user_id uuid)
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE user_session s SET last_seen_at = now()
        FROM app_user u
        WHERE s.token_hash = p_token_hash AND s.ended_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds)
          AND u.id = s.user_id AND u.disabled_at IS NULL
        RETURNING s.id, s.tenant_id, s.user_id
      $$`);
  }
}
