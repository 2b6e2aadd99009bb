/**
 * The access log's seal (ADR 0015): tamper evidence kept where neither the application nor the
 * migrating owner can change it.
 *
 * - Every `access_log` row carries the id of the transaction that wrote it (`xact_id`, stamped by
 *   a trigger). Rows whose transaction is older than the oldest running one can no longer
 *   change in number, so they can be sealed without waiting for or blocking any request.
 * - A worker job calls `audit.seal_access_log()` (every minute): per tenant, one seal over the
 *   rows written since the tenant's last seal, holding each row's SHA-256 digest in id order and
 *   a hash chained to the tenant's previous seal.
 * - `audit.verify_access_log()` (`npm run audit:verify`) recomputes every seal and names the
 *   first altered, removed or inserted row per tenant.
 * - `audit.purge_access_log()` (a daily worker job) deletes whole seals' rows once the tenant's
 *   retention has passed and records it, so what remains stays verifiable.
 *
 * The schema `audit`, its tables and functions belong to `act_audit`, a role nobody logs in as
 * and neither `act_owner` nor `act_app` is a member of; the functions are SECURITY DEFINER and
 * `act_app` may only execute them. Installing needs the administrator connection of `setup`
 * (a role that can create roles), so it is not a migration, which runs as the owner.
 * Every statement is idempotent: `setup` runs them on every start.
 */
export const AUDIT_ROLE = 'act_audit';

/**
 * One row's digest input: every column, in a fixed order, times in UTC, as canonical JSON. A row
 * about several citizens (ADR 0026) adds its `citizen_ids` as a 13th element, in the order written;
 * a row without them digests exactly as before that column existed, so older seals still verify.
 */
const ROW_DIGEST = `
CREATE OR REPLACE FUNCTION audit.row_digest(
  id bigint, tenant_id uuid, occurred_at timestamptz, actor_user_id uuid, citizen_id uuid, criterion text,
  operation text, purpose text, request_id text, client_request_id text, outcome text, xact_id bigint, citizen_ids uuid[]
) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT sha256(convert_to(CASE WHEN citizen_ids IS NULL
    THEN jsonb_build_array(id, tenant_id, occurred_at AT TIME ZONE 'UTC', actor_user_id, citizen_id,
      criterion, operation, purpose, request_id, client_request_id, outcome, xact_id)
    ELSE jsonb_build_array(id, tenant_id, occurred_at AT TIME ZONE 'UTC', actor_user_id, citizen_id,
      criterion, operation, purpose, request_id, client_request_id, outcome, xact_id, to_jsonb(citizen_ids))
    END::text, 'UTF8'))
$$`;

/** The digest before ADR 0026 (twelve columns); replaced by the one above, whose output it equals for those rows. */
const DROP_OLD_ROW_DIGEST = `DROP FUNCTION IF EXISTS audit.row_digest(bigint, uuid, timestamptz, uuid, uuid, text, text, text, text, text, text, bigint)`;

const SEAL_HASH = `
CREATE OR REPLACE FUNCTION audit.seal_hash(
  prev_hash bytea, tenant_id uuid, seq integer, xact_from bigint, xact_to bigint,
  first_id bigint, last_id bigint, row_count integer, row_digests bytea
) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT sha256(coalesce(prev_hash, ''::bytea)
    || convert_to(concat_ws('|', tenant_id, seq, xact_from, xact_to, first_id, last_id, row_count), 'UTF8')
    || sha256(row_digests))
$$`;

/** The rows of one tenant in one transaction range, with their digests, in id order. */
const SEALED_ROWS = `
CREATE OR REPLACE FUNCTION audit.rows_in_range(p_tenant uuid, p_from bigint, p_to bigint)
RETURNS TABLE (id bigint, occurred_at timestamptz, digest bytea, n bigint)
LANGUAGE sql STABLE AS $$
  SELECT l.id, l.occurred_at,
         audit.row_digest(l.id, l.tenant_id, l.occurred_at, l.actor_user_id, l.citizen_id, l.criterion, l.operation,
           l.purpose, l.request_id, l.client_request_id, l.outcome::text, l.xact_id, l.citizen_ids),
         row_number() OVER (ORDER BY l.id)
  FROM public.access_log l
  WHERE l.tenant_id = p_tenant AND l.xact_id >= p_from AND l.xact_id < p_to
$$`;

const SEAL = `
CREATE OR REPLACE FUNCTION audit.seal_access_log() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  horizon bigint;
  sealed integer := 0;
  t record;
  prev record;
  agg record;
BEGIN
  -- One sealer at a time (two worker replicas must not fork a chain).
  LOCK TABLE audit.seal_run IN EXCLUSIVE MODE;
  -- Every transaction below the oldest running one has ended: its rows are final.
  horizon := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
  IF horizon <= coalesce((SELECT max(r.horizon) FROM audit.seal_run r), 0) THEN RETURN 0; END IF;
  FOR t IN SELECT id FROM public.tenant ORDER BY id LOOP
    SELECT s.seq, s.xact_to, s.hash INTO prev FROM audit.access_log_seal s
      WHERE s.tenant_id = t.id ORDER BY s.seq DESC LIMIT 1;
    SELECT count(*)::integer AS row_count, min(r.id) AS first_id, max(r.id) AS last_id, max(r.occurred_at) AS last_at,
           string_agg(r.digest, ''::bytea ORDER BY r.n) AS digests
      INTO agg FROM audit.rows_in_range(t.id, coalesce(prev.xact_to, 0), horizon) r;
    CONTINUE WHEN agg.row_count = 0;
    INSERT INTO audit.access_log_seal
      (tenant_id, seq, xact_from, xact_to, first_id, last_id, row_count, last_occurred_at, row_digests, prev_hash, hash)
    VALUES (t.id, coalesce(prev.seq, 0) + 1, coalesce(prev.xact_to, 0), horizon, agg.first_id, agg.last_id,
      agg.row_count, agg.last_at, agg.digests, prev.hash,
      audit.seal_hash(prev.hash, t.id, coalesce(prev.seq, 0) + 1, coalesce(prev.xact_to, 0), horizon,
        agg.first_id, agg.last_id, agg.row_count, agg.digests));
    sealed := sealed + 1;
  END LOOP;
  INSERT INTO audit.seal_run (horizon, seals) VALUES (horizon, sealed);
  RETURN sealed;
END $$`;

/**
 * Checks every seal of one tenant (or all) and returns one line per tenant: how much was checked
 * and, if anything is wrong, the first problem — the seal and the row id where it starts. The head
 * hash (the newest seal's) can be kept elsewhere: a later run proves the chain still leads to it.
 */
const VERIFY = `
CREATE OR REPLACE FUNCTION audit.verify_access_log(p_tenant uuid DEFAULT NULL)
RETURNS TABLE (tenant_id uuid, seals integer, rows_checked bigint, rows_unsealed bigint,
               problem text, seal_seq integer, row_id bigint, head_hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  t record;
  s record;
  bad record;
  prev_hash bytea;
  prev_to bigint;
  purged integer;
  actual integer;
  last_horizon bigint := coalesce((SELECT max(r.horizon) FROM audit.seal_run r), 0);
BEGIN
  FOR t IN SELECT x.id FROM public.tenant x WHERE p_tenant IS NULL OR x.id = p_tenant ORDER BY x.id LOOP
    tenant_id := t.id; seals := 0; rows_checked := 0; problem := NULL; seal_seq := NULL; row_id := NULL;
    prev_hash := NULL; prev_to := 0;
    purged := coalesce((SELECT max(p.through_seq) FROM audit.access_log_purge p WHERE p.tenant_id = t.id), 0);
    FOR s IN SELECT * FROM audit.access_log_seal x WHERE x.tenant_id = t.id ORDER BY x.seq LOOP
      seals := seals + 1;
      IF s.seq <> seals OR s.prev_hash IS DISTINCT FROM prev_hash OR s.xact_from <> prev_to
         OR s.hash <> audit.seal_hash(s.prev_hash, s.tenant_id, s.seq, s.xact_from, s.xact_to, s.first_id, s.last_id,
                                      s.row_count, s.row_digests) THEN
        problem := 'seal chain broken'; seal_seq := s.seq; row_id := s.first_id; EXIT;
      END IF;
      prev_hash := s.hash; prev_to := s.xact_to;
      CONTINUE WHEN s.seq <= purged; -- its rows were deleted by retention; the chain still holds it
      SELECT r.id, r.n INTO bad FROM audit.rows_in_range(t.id, s.xact_from, s.xact_to) r
        WHERE r.n > s.row_count OR r.digest <> substring(s.row_digests FROM ((r.n - 1) * 32 + 1)::integer FOR 32)
        ORDER BY r.n LIMIT 1;
      IF FOUND THEN
        problem := CASE WHEN bad.n > s.row_count THEN 'row added after sealing' ELSE 'row altered, or a row before it removed' END;
        seal_seq := s.seq; row_id := bad.id; EXIT;
      END IF;
      SELECT count(*)::integer INTO actual FROM audit.rows_in_range(t.id, s.xact_from, s.xact_to);
      IF actual < s.row_count THEN
        problem := 'rows removed at the end of the seal'; seal_seq := s.seq; row_id := s.last_id; EXIT;
      END IF;
      rows_checked := rows_checked + s.row_count;
    END LOOP;
    IF problem IS NULL THEN
      -- Rows below the last sealing's horizon must all be in a seal.
      SELECT r.id INTO bad FROM audit.rows_in_range(t.id, prev_to, last_horizon) r ORDER BY r.n LIMIT 1;
      IF FOUND THEN problem := 'row outside every seal'; row_id := bad.id; END IF;
    END IF;
    head_hash := CASE WHEN problem IS NULL THEN encode(prev_hash, 'hex') END;
    SELECT count(*) INTO rows_unsealed FROM public.access_log l
      WHERE l.tenant_id = t.id AND l.xact_id >= greatest(prev_to, last_horizon);
    RETURN NEXT;
  END LOOP;
END $$`;

/** Deletes the rows of whole seals whose newest row is older than the tenant's retention. */
const PURGE = `
CREATE OR REPLACE FUNCTION audit.purge_access_log(p_max_rows integer DEFAULT 100000)
RETURNS TABLE (tenant_id uuid, through_seq integer, rows_deleted bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  t record;
  s record;
  done bigint := 0;
  n bigint;
BEGIN
  LOCK TABLE audit.access_log_purge IN EXCLUSIVE MODE;
  FOR t IN SELECT x.id, x.access_log_retention_months AS months FROM public.tenant x ORDER BY x.id LOOP
    FOR s IN SELECT x.seq, x.xact_from, x.xact_to FROM audit.access_log_seal x
      WHERE x.tenant_id = t.id
        AND x.seq > coalesce((SELECT max(p.through_seq) FROM audit.access_log_purge p WHERE p.tenant_id = t.id), 0)
        AND x.last_occurred_at < now() - make_interval(months => t.months)
      ORDER BY x.seq LOOP
      EXIT WHEN done >= p_max_rows;
      DELETE FROM public.access_log l WHERE l.tenant_id = t.id AND l.xact_id >= s.xact_from AND l.xact_id < s.xact_to;
      GET DIAGNOSTICS n = ROW_COUNT;
      INSERT INTO audit.access_log_purge (tenant_id, through_seq, rows_deleted) VALUES (t.id, s.seq, n);
      done := done + n;
      tenant_id := t.id; through_seq := s.seq; rows_deleted := n;
      RETURN NEXT;
    END LOOP;
  END LOOP;
END $$`;

/** Statements run by `setup` as the administrator, after the migrations. */
export const ACCESS_LOG_SEAL_SQL: readonly string[] = [
  `CREATE SCHEMA IF NOT EXISTS audit AUTHORIZATION ${AUDIT_ROLE}`,
  `REVOKE ALL ON SCHEMA audit FROM PUBLIC`,
  `SET ROLE ${AUDIT_ROLE}`,
  `CREATE TABLE IF NOT EXISTS audit.access_log_seal (
    tenant_id uuid NOT NULL, seq integer NOT NULL, xact_from bigint NOT NULL, xact_to bigint NOT NULL,
    first_id bigint NOT NULL, last_id bigint NOT NULL, row_count integer NOT NULL,
    last_occurred_at timestamptz NOT NULL, row_digests bytea NOT NULL, prev_hash bytea, hash bytea NOT NULL,
    sealed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, seq))`,
  `CREATE TABLE IF NOT EXISTS audit.seal_run (
    horizon bigint PRIMARY KEY, seals integer NOT NULL, ran_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE IF NOT EXISTS audit.access_log_purge (
    tenant_id uuid NOT NULL, through_seq integer NOT NULL, rows_deleted bigint NOT NULL,
    purged_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, through_seq))`,
  ROW_DIGEST,
  SEAL_HASH,
  SEALED_ROWS,
  DROP_OLD_ROW_DIGEST,
  SEAL,
  VERIFY,
  PURGE,
  `REVOKE ALL ON ALL FUNCTIONS IN SCHEMA audit FROM PUBLIC`,
  `GRANT USAGE ON SCHEMA audit TO act_app, act_owner`,
  // Operators may read the seals (ids, counts and hashes only), never change them.
  `GRANT SELECT ON ALL TABLES IN SCHEMA audit TO act_owner`,
  `GRANT EXECUTE ON FUNCTION audit.seal_access_log(), audit.purge_access_log(integer) TO act_app`,
  `GRANT EXECUTE ON FUNCTION audit.verify_access_log(uuid) TO act_app, act_owner`,
  `RESET ROLE`,
];
