import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closes gaps found in review: foreign keys on the caseload tables (no orphaned health data),
 * the team of a citizen and of their contacts kept consistent on every write path, at most one
 * caseload exception in force per member at a time, and a login attempt reserved atomically
 * (concurrent guesses cannot exceed the lockout limit).
 */
export class CaseloadHardening1764255000000 implements MigrationInterface {
  name = 'CaseloadHardening1764255000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "admission_assessment" ADD CONSTRAINT "FK_390aaa9be0169436e71236bc7b6" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "caseload_exception" ADD CONSTRAINT "FK_83749bdeb78f57d36f889aea9ca" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "secondary_contact" ADD CONSTRAINT "FK_35f57f8604f824afb5fe18d2780" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "secondary_contact" ADD CONSTRAINT "FK_3c4680da3226330ea3fd072c9c9" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "team_alert" ADD CONSTRAINT "FK_92148bc17b5fc0e07e16a36f54a" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Moving an open assignment to another citizen goes through the capacity and team check too.
    await q.query(`DROP TRIGGER primary_capacity ON primary_assignment`);
    await q.query(`CREATE TRIGGER primary_capacity BEFORE INSERT OR UPDATE OF member_id, ended_at, citizen_id ON primary_assignment
      FOR EACH ROW EXECUTE FUNCTION enforce_primary_capacity()`);
    await q.query(`CREATE OR REPLACE FUNCTION enforce_primary_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_member team_member%ROWTYPE;
        v_citizen_team uuid;
        v_load int;
        v_capacity int;
      BEGIN
        IF NEW.ended_at IS NOT NULL THEN RETURN NEW; END IF;
        IF TG_OP = 'UPDATE' AND OLD.ended_at IS NULL AND OLD.member_id = NEW.member_id AND OLD.citizen_id = NEW.citizen_id THEN
          RETURN NEW;
        END IF;
        SELECT * INTO v_member FROM team_member WHERE id = NEW.member_id FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'member % not found', NEW.member_id USING ERRCODE = '23503'; END IF;
        SELECT team_id INTO v_citizen_team FROM citizen WHERE id = NEW.citizen_id;
        IF v_citizen_team IS DISTINCT FROM v_member.team_id THEN
          RAISE EXCEPTION 'PRIMARY_CONTACT_OTHER_TEAM' USING ERRCODE = '23514';
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.ended_at IS NULL AND OLD.member_id = NEW.member_id THEN RETURN NEW; END IF;
        SELECT count(*) INTO v_load FROM primary_assignment
          WHERE member_id = NEW.member_id AND ended_at IS NULL AND id <> NEW.id;
        v_capacity := member_primary_capacity(v_member.id, v_member.fte, v_member.carries_caseload);
        IF v_load + 1 > v_capacity THEN
          RAISE EXCEPTION 'CASELOAD_LIMIT_EXCEEDED' USING ERRCODE = 'P0001',
            DETAIL = format('member=%s load=%s capacity=%s', NEW.member_id, v_load, v_capacity);
        END IF;
        RETURN NEW;
      END $$`);

    // Secondary contacts are members of the citizen's own team.
    await q.query(`CREATE FUNCTION enforce_secondary_same_team() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.ended_at IS NULL AND (SELECT team_id FROM team_member WHERE id = NEW.member_id)
             IS DISTINCT FROM (SELECT team_id FROM citizen WHERE id = NEW.citizen_id) THEN
          RAISE EXCEPTION 'SECONDARY_CONTACT_OTHER_TEAM' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER secondary_same_team BEFORE INSERT OR UPDATE ON secondary_contact
      FOR EACH ROW EXECUTE FUNCTION enforce_secondary_same_team()`);

    // A citizen or member cannot change team while contacts bind them to the old one.
    await q.query(`CREATE FUNCTION refuse_team_change_with_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v_column text := TG_ARGV[0];
      BEGIN
        IF NEW.team_id IS NOT DISTINCT FROM OLD.team_id THEN RETURN NEW; END IF;
        IF EXISTS (SELECT 1 FROM primary_assignment WHERE ended_at IS NULL
                     AND (CASE v_column WHEN 'citizen_id' THEN citizen_id ELSE member_id END) = NEW.id)
           OR EXISTS (SELECT 1 FROM secondary_contact WHERE ended_at IS NULL
                     AND (CASE v_column WHEN 'citizen_id' THEN citizen_id ELSE member_id END) = NEW.id) THEN
          RAISE EXCEPTION 'TEAM_CHANGE_WITH_OPEN_CONTACTS' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER citizen_team_change BEFORE UPDATE OF team_id ON citizen
      FOR EACH ROW EXECUTE FUNCTION refuse_team_change_with_contacts('citizen_id')`);
    await q.query(`CREATE TRIGGER member_team_change BEFORE UPDATE OF team_id ON team_member
      FOR EACH ROW EXECUTE FUNCTION refuse_team_change_with_contacts('member_id')`);

    // One exception in force at a time per member: exceptions cannot be stacked past +5.
    await q.query(`CREATE FUNCTION refuse_overlapping_exception() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.revoked_at IS NOT NULL THEN RETURN NEW; END IF;
        PERFORM 1 FROM team_member WHERE id = NEW.member_id FOR UPDATE;
        IF EXISTS (SELECT 1 FROM caseload_exception e WHERE e.member_id = NEW.member_id AND e.id <> NEW.id
                     AND e.revoked_at IS NULL
                     AND daterange(e.valid_from, e.valid_until, '[]') && daterange(NEW.valid_from, NEW.valid_until, '[]')) THEN
          RAISE EXCEPTION 'CASELOAD_EXCEPTION_OVERLAP' USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER exception_no_overlap BEFORE INSERT OR UPDATE OF valid_from, valid_until, revoked_at, member_id
      ON caseload_exception FOR EACH ROW EXECUTE FUNCTION refuse_overlapping_exception()`);

    // Reserve a login attempt atomically: counts it and locks at the limit, unless already locked.
    await q.query(`CREATE FUNCTION auth_login_attempt(p_user_id uuid, p_max_attempts int, p_lock_seconds int)
      RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE app_user SET
          failed_login_count = CASE WHEN failed_login_count + 1 >= p_max_attempts THEN 0 ELSE failed_login_count + 1 END,
          locked_until = CASE WHEN failed_login_count + 1 >= p_max_attempts
            THEN now() + make_interval(secs => p_lock_seconds) ELSE NULL END
        WHERE id = p_user_id AND (locked_until IS NULL OR locked_until <= now())
        RETURNING true
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION auth_login_attempt(uuid, int, int) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION auth_login_attempt(uuid, int, int) TO act_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION auth_login_attempt(uuid, int, int)`);
    await q.query(`DROP TRIGGER exception_no_overlap ON caseload_exception`);
    await q.query(`DROP FUNCTION refuse_overlapping_exception()`);
    await q.query(`DROP TRIGGER member_team_change ON team_member`);
    await q.query(`DROP TRIGGER citizen_team_change ON citizen`);
    await q.query(`DROP FUNCTION refuse_team_change_with_contacts()`);
    await q.query(`DROP TRIGGER secondary_same_team ON secondary_contact`);
    await q.query(`DROP FUNCTION enforce_secondary_same_team()`);
    await q.query(`DROP TRIGGER primary_capacity ON primary_assignment`);
    await q.query(`CREATE TRIGGER primary_capacity BEFORE INSERT OR UPDATE OF member_id, ended_at ON primary_assignment
      FOR EACH ROW EXECUTE FUNCTION enforce_primary_capacity()`);
    for (const fk of ['FK_92148bc17b5fc0e07e16a36f54a:team_alert', 'FK_3c4680da3226330ea3fd072c9c9:secondary_contact',
      'FK_35f57f8604f824afb5fe18d2780:secondary_contact', 'FK_83749bdeb78f57d36f889aea9ca:caseload_exception',
      'FK_390aaa9be0169436e71236bc7b6:admission_assessment']) {
      const [name, table] = fk.split(':');
      await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
  }
}
