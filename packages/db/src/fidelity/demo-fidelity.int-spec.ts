/**
 * The fidelity report on the demo data (issue 14's acceptance): the loader and the model give, for
 * one demo team and the 12 whole weeks to last Sunday, the same figures as a hand calculation done
 * here directly in SQL (not with the loader or the model) for seven items (staff from the
 * staffing history, ADR 0025). Everything runs in one
 * owner transaction that is rolled back, with the demo under its own tenant name.
 */
import { STANDARD_FIDELITY_MODEL, copenhagenToday, type FidelityReport } from '@act/domain';
import type { EntityManager } from 'typeorm';
import { generateDemoData, type DemoData } from '../demo/demo-data';
import { insertDemoData } from '../demo/seed';
import { closeOwnerDataSource, ownerDataSource, shortId } from '../testing/factories';
import { lastTwelveWeeks } from './load-input';
import { computeTeamFidelity } from './model-versions';

afterAll(() => closeOwnerDataSource());

const domain = `demo-${shortId()}.test`;
const email = (e: string) => e.replace(/@demo\.dk$/, `@${domain}`);

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

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

interface Hand {
  citizenDays: number;
  caseloadHundredthDays: number;
  nurseHundredthDays: number;
  allHundredthDays: number;
  faceToFace: number;
  outsideOffice: number;
  heldMeetings: number;
}

/** The hand calculation, in SQL: Copenhagen dates, the period's days [from, to + 1). */
async function byHand(m: EntityManager, teamId: string, from: string, to: string): Promise<Hand> {
  const [row] = await m.query(
    `WITH p AS (SELECT $2::date AS d0, $3::date + 1 AS d1,
                       ($2::date::timestamp AT TIME ZONE 'Europe/Copenhagen') AS t0,
                       (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen') AS t1),
     course AS (
       SELECT pa.citizen_id,
              range_agg(daterange((pa.started_at AT TIME ZONE 'Europe/Copenhagen')::date, (pa.ended_at AT TIME ZONE 'Europe/Copenhagen')::date, '[)')) AS days
       FROM primary_assignment pa JOIN citizen c ON c.id = pa.citizen_id WHERE c.team_id = $1 GROUP BY pa.citizen_id),
     cd AS (
       SELECT COALESCE(sum((SELECT COALESCE(sum(upper(x) - lower(x)), 0) FROM unnest(co.days * datemultirange(daterange(p.d0, p.d1, '[)'))) x)), 0)::int AS n
       FROM course co, p),
     staff AS (
       SELECT s.discipline, round(s.fte * 100)::int * greatest(0, least(p.d1, COALESCE(s.valid_to + 1, p.d1)) - greatest(p.d0, s.valid_from)) AS h
       FROM team_member_span s JOIN team_member m ON m.id = s.member_id, p WHERE m.team_id = $1),
     f2f AS (
       SELECT v.place_kind FROM visit v JOIN course co ON co.citizen_id = v.citizen_id, p
       WHERE v.outcome = 'done' AND v.face_to_face AND v.planned_start >= p.t0 AND v.planned_start < p.t1
         AND co.days @> (v.planned_start AT TIME ZONE 'Europe/Copenhagen')::date),
     held AS (
       SELECT tm.id FROM team_meeting tm, p
       WHERE tm.team_id = $1 AND tm.kind = 'team_meeting' AND tm.starts_at >= p.t0 AND tm.starts_at < p.t1
         AND (tm.held_at IS NOT NULL OR EXISTS (SELECT 1 FROM meeting_occurrence o WHERE o.team_meeting_id = tm.id AND o.status = 'held'))
       UNION ALL
       SELECT o.id FROM meeting_occurrence o, p
       WHERE o.team_id = $1 AND o.kind = 'team_meeting' AND o.status = 'held' AND o.team_meeting_id IS NULL AND o.starts_at >= p.t0 AND o.starts_at < p.t1)
     SELECT (SELECT n FROM cd) AS "citizenDays",
            (SELECT COALESCE(sum(h), 0)::int FROM staff WHERE discipline <> 'psychiatry') AS "caseloadHundredthDays",
            (SELECT COALESCE(sum(h), 0)::int FROM staff WHERE discipline = 'nursing') AS "nurseHundredthDays",
            (SELECT COALESCE(sum(h), 0)::int FROM staff) AS "allHundredthDays",
            (SELECT count(*)::int FROM f2f) AS "faceToFace",
            (SELECT count(*)::int FROM f2f WHERE place_kind <> 'office') AS "outsideOffice",
            (SELECT count(*)::int FROM held) AS "heldMeetings"`,
    [teamId, from, to],
  );
  return row as Hand;
}

/**
 * Staff turnover by hand, in SQL: members whose membership ended in [from, to] (the demo has no
 * one who came back) ÷ the average headcount (person-days of the window ÷ its days).
 */
async function turnoverByHand(m: EntityManager, teamId: string, from: string, to: string): Promise<{ leavers: number; personDays: number; days: number }> {
  const [row] = await m.query(
    `WITH p AS (SELECT $2::date AS d0, $3::date + 1 AS d1)
     SELECT (SELECT count(*)::int FROM team_member m, p WHERE m.team_id = $1 AND m.left_on >= p.d0 AND m.left_on < p.d1) AS leavers,
            (SELECT COALESCE(sum(greatest(0, least(p.d1, COALESCE(m.left_on + 1, p.d1)) - greatest(p.d0, m.joined_on))), 0)::int
               FROM team_member m, p WHERE m.team_id = $1) AS "personDays",
            (SELECT d1 - d0 FROM p) AS days`,
    [teamId, from, to],
  );
  return row as { leavers: number; personDays: number; days: number };
}

it('matches a hand calculation on the demo data for seven items', async () => {
  const ds = await ownerDataSource();
  let checked = 0;
  await ds
    .transaction(async (manager) => {
      const now = new Date();
      const summary = await insertDemoData(manager, isolatedDemo(), now);
      const period = lastTwelveWeeks(copenhagenToday(now));
      const teams: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM team WHERE tenant_id = $1 ORDER BY name`, [summary.tenantId]);
      expect(teams).toHaveLength(2);
      for (const team of teams) {
        const { report } = await computeTeamFidelity((sql, params) => manager.query(sql, params), team.id, period, STANDARD_FIDELITY_MODEL);
        const h = await byHand(manager, team.id, period.from, period.to);
        const value = (r: FidelityReport, id: string) => r.items.find((i) => i.itemId === id)!.value;
        // The demo is busy enough for every figure to be real.
        expect(h.citizenDays).toBeGreaterThan(0);
        expect(h.faceToFace).toBeGreaterThan(0);
        // 1. Citizens per FTE: citizen-days × 100 / caseload FTE-hundredth-days (psychiatry left out), two decimals.
        expect([team.name, 'caseload_ratio', value(report, 'caseload_ratio')]).toEqual([team.name, 'caseload_ratio', Math.round((h.citizenDays * 10000) / h.caseloadHundredthDays) / 100]);
        // 2. Team size: all FTE-days / 84 days.
        expect([team.name, 'team_size', value(report, 'team_size')]).toEqual([team.name, 'team_size', round(h.allHundredthDays / 100 / 84, 2)]);
        // 3. Nurses per 100 citizens: nursing FTE-days × 100 / citizen-days.
        expect([team.name, 'nurse_fte', value(report, 'nurse_fte')]).toEqual([team.name, 'nurse_fte', round(h.nurseHundredthDays / h.citizenDays, 2)]);
        // 4. Face-to-face contacts per citizen per week: contacts × 7 / citizen-days.
        expect([team.name, 'face_to_face_contacts', value(report, 'face_to_face_contacts')]).toEqual([team.name, 'face_to_face_contacts', round((h.faceToFace * 7) / h.citizenDays, 2)]);
        // 5. Community share: face-to-face contacts away from the office / all face-to-face contacts.
        expect([team.name, 'community_share', value(report, 'community_share')]).toEqual([team.name, 'community_share', round(h.outsideOffice / h.faceToFace, 3)]);
        // 6. Team meetings per week: held meetings / 12 weeks.
        expect([team.name, 'team_meeting_frequency', value(report, 'team_meeting_frequency')]).toEqual([team.name, 'team_meeting_frequency', round(h.heldMeetings / 12, 2)]);
        // 7. Staff turnover over two years: the demo's former colleague (left 8 months ago) ÷ average headcount.
        const turnover = report.items.find((i) => i.itemId === 'staff_turnover')!;
        const tb = await turnoverByHand(manager, team.id, turnover.window!.from, turnover.window!.to);
        expect(tb.leavers).toBe(1);
        expect([team.name, 'staff_turnover', turnover.value]).toEqual([team.name, 'staff_turnover', round(tb.leavers / (tb.personDays / tb.days), 3)]);
        expect(turnover.value).toBeGreaterThan(0);
        // The demo's own fidelity content: a budget, the leader's ratings, no group data.
        expect(report.items.find((i) => i.itemId === 'staffing_vs_budget')!.rating).not.toBeNull();
        expect(report.items.find((i) => i.itemId === 'dual_disorder_model')).toMatchObject({ rating: 3, unratedReason: null });
        expect(report.items.find((i) => i.itemId === 'group_attendance')).toMatchObject({ value: null, unratedReason: 'no_data' });
        expect(report.total.score).not.toBeNull();
        checked++;
      }
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  expect(checked).toBe(2);
}, 120_000);
