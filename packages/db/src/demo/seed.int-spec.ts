/** The demo data inserts cleanly under the real constraints and triggers (rolled back afterwards). */
import { closeOwnerDataSource, ownerDataSource, shortId } from '../testing/factories';
import { verifyPassword } from '../password-hash';
import { DEMO_LOGINS, generateDemoData, type DemoData } from './demo-data';
import { copenhagenDate, insertDemoData } from './seed';
import { CitizenStatus } from '../entities/enums';

afterAll(() => closeOwnerDataSource());

/** The demo with its own tenant name and e-mail domain, so it never clashes with a seeded demo. */
const domain = `demo-${shortId()}.test`;
const email = (e: string) => e.replace(/@demo\.dk$/, `@${domain}`);
const leaderEmail = email(DEMO_LOGINS.teamLeader);

function isolatedDemo(): DemoData {
  const data = generateDemoData();
  return {
    ...data,
    tenantName: `Demo Kommune ${shortId()}`,
    users: data.users.map((u) => ({ ...u, email: email(u.email) })),
    teams: data.teams.map((t) => ({
      ...t,
      members: t.members.map((m) => ({ ...m, email: email(m.email) })),
      citizens: t.citizens.map((c) => ({
        ...c,
        primaryContact: c.primaryContact && { ...c.primaryContact, email: email(c.primaryContact.email) },
        previousPrimaryContacts: c.previousPrimaryContacts.map((p) => ({ ...p, email: email(p.email) })),
        secondaryContacts: c.secondaryContacts.map(email),
      })),
      exceptions: t.exceptions.map((e) => ({ ...e, email: email(e.email) })),
    })),
  };
}

class Rollback extends Error {}

it('inserts the whole demo in one transaction', async () => {
  const ds = await ownerDataSource();
  const data = isolatedDemo();
  let checked = false;
  await ds
    .transaction(async (manager) => {
      const summary = await insertDemoData(manager, data);
      const expectedPrimaries = data.teams.flatMap((t) => t.citizens).filter((c) => c.primaryContact && c.primaryContact.endedDaysAgo === null).length;
      const waiting = data.teams.flatMap((t) => t.citizens).filter((c) => c.status === CitizenStatus.Referred).length;
      expect(summary).toMatchObject({
        created: true,
        teams: 2,
        users: data.users.length,
        citizens: 60,
        primaryContacts: expectedPrimaries,
        waiting,
        exceptions: 1,
      });
      const [counts] = await manager.query(
        `SELECT (SELECT count(*) FROM citizen WHERE tenant_id = $1)::int AS citizens,
                (SELECT count(*) FROM team_member WHERE tenant_id = $1 AND is_team_leader)::int AS leaders,
                (SELECT count(DISTINCT cpr) FROM citizen WHERE tenant_id = $1)::int AS cprs`,
        [summary.tenantId],
      );
      expect(counts).toEqual({ citizens: 60, leaders: 2, cprs: 60 });
      const [over] = await manager.query(
        `SELECT count(*)::int AS n FROM team_member m
          WHERE m.tenant_id = $1
            AND (SELECT count(*) FROM primary_assignment p WHERE p.member_id = m.id AND p.ended_at IS NULL)
                > member_primary_capacity(m.id, m.fte, m.carries_caseload)`,
        [summary.tenantId],
      );
      expect(over.n).toBe(0); // nobody over capacity plus exceptions in force

      // Exactly one member over base capacity, by one, under the exception in force today.
      const overBase = await manager.query(
        `SELECT m.id, t.name AS team, e.extra, e.valid_until - (now() AT TIME ZONE 'Europe/Copenhagen')::date AS days_left,
                (SELECT count(*) FROM primary_assignment p WHERE p.member_id = m.id AND p.ended_at IS NULL)::int
                  - CASE WHEN m.carries_caseload THEN floor(m.fte * 10)::int ELSE 0 END AS above
           FROM team_member m JOIN team t ON t.id = m.team_id
           LEFT JOIN caseload_exception e ON e.member_id = m.id
          WHERE m.tenant_id = $1
            AND (SELECT count(*) FROM primary_assignment p WHERE p.member_id = m.id AND p.ended_at IS NULL)
                > CASE WHEN m.carries_caseload THEN floor(m.fte * 10)::int ELSE 0 END`,
        [summary.tenantId],
      );
      expect(overBase).toEqual([expect.objectContaining({ team: 'ACT-team Nord', extra: 1, above: 1 })]);
      expect(overBase[0].days_left).toBeGreaterThanOrEqual(14);

      // Every active or paused citizen has exactly one open primary contact; some have history.
      const [shape] = await manager.query(
        `SELECT
           (SELECT count(*) FROM citizen c WHERE c.tenant_id = $1 AND c.status IN ('active', 'paused')
              AND (SELECT count(*) FROM primary_assignment p WHERE p.citizen_id = c.id AND p.ended_at IS NULL) <> 1)::int AS without_one,
           (SELECT count(DISTINCT p.citizen_id) FROM primary_assignment p JOIN citizen c ON c.id = p.citizen_id
              WHERE p.tenant_id = $1 AND p.ended_at IS NOT NULL AND c.status <> 'ended')::int AS with_history,
           (SELECT count(*) FROM citizen c WHERE c.tenant_id = $1 AND c.status = 'referred'
              AND c.referred_at BETWEEN now() - interval '21 days' AND now() - interval '2 days')::int AS waiting_recent,
           (SELECT count(*) FROM admission_assessment a JOIN citizen c ON c.id = a.citizen_id
              WHERE a.tenant_id = $1 AND c.status = 'referred')::int AS waiting_assessed,
           (SELECT count(*) FROM secondary_contact WHERE tenant_id = $1)::int AS secondary`,
        [summary.tenantId],
      );
      expect(shape).toMatchObject({ without_one: 0, waiting_recent: waiting });
      expect(shape.with_history).toBeGreaterThan(0);
      expect(shape.waiting_assessed).toBeGreaterThan(waiting / 2);
      expect(shape.secondary).toBeGreaterThan(0);
      // Plans, visits and meetings went in under the real triggers (agreed versions are final).
      expect(summary.carePlans).toBeGreaterThan(20);
      expect(summary.visits).toBeGreaterThan(200);
      expect(summary.meetings).toBe(4);
      const [activity] = await manager.query(
        `SELECT (SELECT count(*) FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id
                  WHERE v.tenant_id = $1 AND v.status = 'agreed')::int AS agreed_goals,
                (SELECT count(*) FROM citizen c WHERE c.tenant_id = $1 AND c.status = 'active' AND NOT EXISTS (
                   SELECT 1 FROM visit v WHERE v.citizen_id = c.id AND v.outcome = 'done' AND v.face_to_face
                     AND v.planned_start > now() - interval '10 days'))::int AS not_seen,
                (SELECT count(*) FROM team_meeting WHERE tenant_id = $1 AND held_at IS NOT NULL)::int AS held`,
        [summary.tenantId],
      );
      expect(activity.agreed_goals).toBeGreaterThan(20);
      expect(activity.not_seen).toBeGreaterThanOrEqual(3);
      expect(activity.not_seen).toBeLessThanOrEqual(4);
      expect(activity.held).toBe(2);
      // The dashboard counts members from when they joined: the demo's teams have worked for a year,
      // so nobody joined after the team's first primary contact.
      const [joined] = await manager.query(
        `SELECT count(*)::int AS late FROM team_member m
          WHERE m.tenant_id = $1 AND (m.created_at > now() - interval '364 days'
             OR m.created_at > (SELECT min(p.started_at) FROM primary_assignment p JOIN team_member x ON x.id = p.member_id WHERE x.team_id = m.team_id))`,
        [summary.tenantId],
      );
      expect(joined.late).toBe(0);
      // A year of visit history before the activity seed's three weeks, growing over the year.
      const [history] = await manager.query(
        `SELECT count(*) FILTER (WHERE v.planned_start < now() - interval '300 days')::int AS early,
                count(*) FILTER (WHERE v.planned_start BETWEEN now() - interval '100 days' AND now() - interval '35 days')::int AS late
           FROM visit v WHERE v.tenant_id = $1 AND v.outcome = 'done' AND v.planned_start < now() - interval '22 days'`,
        [summary.tenantId],
      );
      expect(history.early).toBeGreaterThan(0);
      expect(history.late).toBeGreaterThan(history.early);
      // Scheduling: per team with activity a rhythm, supervision, sparring and evaluation days, plus the steering group's
      // meetings; a history with held, not held and cancelled occurrences, and one member behind on supervision.
      const teamsWithActivity = data.teams.filter((t) => t.activity).length;
      expect(summary.meetingSeries).toBe(teamsWithActivity * 4 + 1);
      const byStatus = await manager.query<Array<{ kind: string; status: string; n: number }>>(
        `SELECT kind::text, status::text, count(*)::int AS n FROM meeting_occurrence WHERE tenant_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
        [summary.tenantId],
      );
      const n = (kind: string, status: string) => byStatus.find((r) => r.kind === kind && r.status === status)?.n ?? 0;
      expect(n('supervision', 'held')).toBeGreaterThanOrEqual(teamsWithActivity * 5);
      expect(n('supervision', 'not_held')).toBe(teamsWithActivity);
      expect(n('sparring', 'cancelled')).toBe(teamsWithActivity);
      expect(n('steering_meeting', 'held')).toBeGreaterThanOrEqual(3);
      expect(n('team_meeting', 'planned')).toBeGreaterThanOrEqual(teamsWithActivity * 7);
      expect(n('evaluation_day', 'held')).toBe(teamsWithActivity);
      const [times] = await manager.query(
        `SELECT count(*) FILTER (WHERE to_char(starts_at AT TIME ZONE 'Europe/Copenhagen', 'HH24:MI') <> '13:00')::int AS off_hour,
                count(*) FILTER (WHERE status = 'planned' AND starts_at > now() AND remind_at IS NULL)::int AS no_reminder
           FROM meeting_occurrence WHERE tenant_id = $1 AND kind = 'supervision'`,
        [summary.tenantId],
      );
      expect(times).toEqual({ off_hour: 0, no_reminder: 0 });
      const [overdue] = await manager.query(
        `SELECT count(*)::int AS members FROM team_member m WHERE m.tenant_id = $1 AND NOT EXISTS (
           SELECT 1 FROM meeting_occurrence_attendee a JOIN meeting_occurrence o ON o.id = a.occurrence_id
            WHERE a.member_id = m.id AND o.kind = 'supervision' AND o.status = 'held' AND o.starts_at > now() - interval '42 days')`,
        [summary.tenantId],
      );
      expect(overdue.members).toBeGreaterThanOrEqual(teamsWithActivity);
      // Every staff and steering user has past reminders, two of them unread, and none is due again.
      const perUser = await manager.query<Array<{ unread: number; total: number }>>(
        `SELECT count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread, count(*)::int AS total
           FROM app_user u LEFT JOIN notification n ON n.user_id = u.id
          WHERE u.tenant_id = $1 AND u.role <> 'admin' AND (u.role = 'steering_group' OR EXISTS (
            SELECT 1 FROM team_member m JOIN team t ON t.id = m.team_id WHERE m.user_id = u.id AND member_is_current(m.left_on) AND t.name = ANY($2)))
          GROUP BY u.id`,
        [summary.tenantId, data.teams.filter((t) => t.activity).map((t) => t.name)],
      );
      expect(perUser.length).toBeGreaterThan(3);
      for (const user of perUser) expect(user).toEqual({ unread: 2, total: expect.any(Number) as number });
      expect(summary.notifications).toBe(perUser.reduce((sum, u) => sum + u.total, 0));
      const [due] = await manager.query(
        `SELECT count(*)::int AS n FROM meeting_occurrence WHERE tenant_id = $1 AND remind_at <= now() AND reminded_at IS NULL AND status = 'planned'
           AND starts_at <= now()`,
        [summary.tenantId],
      );
      expect(due.n).toBe(0);
      const [leader] = await manager.query('SELECT password_hash FROM app_user WHERE email = $1', [leaderEmail]);
      expect(await verifyPassword(leader.password_hash, 'demo-demo-demo')).toBe(true);
      // Readiness: two closed rounds a year and two months ago, answered by enough people, with a
      // visible improvement on leadership and organisation; a follow-up round open now.
      const rounds = await manager.query<Array<{ title: string; closed: boolean; submitted: number; leadership: number; organisation: number; context: number }>>(
        `SELECT r.title, readiness_round_closed(r.id) AS closed,
                (SELECT count(*) FROM readiness_participant p WHERE p.round_id = r.id AND p.submitted_at IS NOT NULL)::int AS submitted,
                ${['leadership', 'organisation', 'context'].map((d) => `(SELECT avg(a.score)::float FROM readiness_answer a JOIN readiness_round_statement s ON s.id = a.round_statement_id
                   WHERE s.round_id = r.id AND s.driver = '${d}') AS ${d}`).join(', ')}
           FROM readiness_round r WHERE r.tenant_id = $1 ORDER BY r.opens_on`,
        [summary.tenantId],
      );
      expect(rounds.map((r) => [r.title, r.closed])).toEqual([
        ['Parathed før opstart', true],
        ['Parathed efter et år', true],
        ['Parathed – opfølgning', false],
      ]);
      expect(rounds[0].submitted).toBeGreaterThanOrEqual(6);
      expect(rounds[1].submitted).toBeGreaterThanOrEqual(6);
      expect(rounds[1].leadership - rounds[0].leadership).toBeGreaterThan(0.5);
      expect(rounds[1].organisation - rounds[0].organisation).toBeGreaterThan(0.5);
      expect(rounds[2].submitted).toBeLessThan(5); // too few yet: the steering group sees nothing of it
      const [reworded] = await manager.query<Array<{ old: string; now: string }>>(
        `SELECT (SELECT s.text FROM readiness_round_statement s JOIN readiness_round r ON r.id = s.round_id
                  WHERE r.title = 'Parathed før opstart' AND r.tenant_id = $1 AND s.statement_id = c.id) AS old, c.text AS now
           FROM readiness_statement c WHERE c.tenant_id = $1 AND c.default_key = 'intervention.understood'`,
        [summary.tenantId],
      );
      expect(reworded.old).not.toBe(reworded.now); // the first round kept the wording it was answered with
      // Agreements: four partners, one signed agreement due for review within the month, one draft;
      // courses to regional treatment over the year across teams, in every stage.
      const agreements = await manager.query<Array<{ partner_kind: string; status: string; due: boolean }>>(
        `SELECT partner_kind::text, status::text, (status = 'signed' AND review_on <= current_date + 30) AS due
           FROM cooperation_agreement WHERE tenant_id = $1 ORDER BY partner_kind`,
        [summary.tenantId],
      );
      expect(agreements.map((a) => a.partner_kind).sort()).toEqual(['drop_in_centre', 'jobcenter', 'regional_psychiatry', 'somatic_hospital']);
      expect(agreements.filter((a) => a.due).map((a) => a.partner_kind)).toEqual(['somatic_hospital']);
      expect(agreements.filter((a) => a.status === 'draft').map((a) => a.partner_kind)).toEqual(['jobcenter']);
      const [courses] = await manager.query(
        `SELECT count(*)::int AS n, count(DISTINCT team_id)::int AS teams,
                count(*) FILTER (WHERE withdrawn_on IS NOT NULL)::int AS withdrawn,
                count(*) FILTER (WHERE admitted_on IS NULL AND withdrawn_on IS NULL)::int AS waiting,
                count(*) FILTER (WHERE admitted_on IS NOT NULL AND discharged_on IS NULL)::int AS admitted,
                count(*) FILTER (WHERE discharged_on IS NOT NULL AND returned_on IS NULL)::int AS discharged,
                count(*) FILTER (WHERE returned_on IS NOT NULL)::int AS returned,
                count(*) FILTER (WHERE referred_on < current_date - 300)::int AS early
           FROM regional_treatment_episode WHERE tenant_id = $1`,
        [summary.tenantId],
      );
      expect(courses).toEqual({ n: 10, teams: expect.any(Number), withdrawn: 1, waiting: 1, admitted: 2, discharged: 1, returned: 5, early: 1 });
      expect(courses.teams).toBeGreaterThanOrEqual(2);

      checked = true;
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  expect(checked).toBe(true);
});

it('seeds an implementation a year in: phases 1–2 done, 3 under way, 4 not started; a reopen, a revisit; a plan with overdue and done activities', async () => {
  const ds = await ownerDataSource();
  let checked = false;
  await ds
    .transaction(async (manager) => {
      const now = new Date();
      const { tenantId } = await insertDemoData(manager, isolatedDemo(), now);
      const today = copenhagenDate(now);
      const phases: Array<{ phase: string; total: number; settled: number; started: number }> = await manager.query(
        `SELECT phase::text, count(*)::int AS total,
                count(*) FILTER (WHERE status IN ('done', 'not_relevant'))::int AS settled,
                count(*) FILTER (WHERE status <> 'not_started')::int AS started
         FROM implementation_checklist_item WHERE tenant_id = $1 AND removed_at IS NULL GROUP BY phase ORDER BY phase::implementation_phase`,
        [tenantId],
      );
      expect(phases).toEqual([
        { phase: 'decide', total: 4, settled: 4, started: 4 },
        { phase: 'plan', total: 7, settled: 7, started: 7 },
        { phase: 'carry_out', total: 6, settled: 3, started: 5 },
        { phase: 'anchor', total: 5, settled: 0, started: 0 },
      ]);
      const [history] = await manager.query(
        `SELECT count(*) FILTER (WHERE action = 'reopened')::int AS reopened, count(*) FILTER (WHERE action = 'phase_revisited')::int AS revisited,
                min(at) < $2::timestamptz - interval '300 days' AS spans_the_year, max(at) <= $2::timestamptz AS none_ahead
         FROM implementation_checklist_event WHERE tenant_id = $1`,
        [tenantId, now],
      );
      expect(history).toEqual({ reopened: 1, revisited: 1, spans_the_year: true, none_ahead: true });
      const [plan] = await manager.query(
        `SELECT count(*)::int AS activities, count(DISTINCT focus_area)::int AS areas, count(*) FILTER (WHERE status = 'done')::int AS done,
                count(*) FILTER (WHERE deadline < $2::date AND status NOT IN ('done', 'cancelled'))::int AS overdue
         FROM implementation_activity WHERE tenant_id = $1`,
        [tenantId, today],
      );
      expect(plan).toEqual({ activities: 13, areas: 6, done: 7, overdue: 2 });
      const [roles] = await manager.query(`SELECT count(DISTINCT responsible_group)::int AS groups FROM implementation_responsibility WHERE tenant_id = $1`, [tenantId]);
      expect(roles.groups).toBe(5);
      checked = true;
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  expect(checked).toBe(true);
});
