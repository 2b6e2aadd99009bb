/**
 * Method fidelity from the database (ADR 0021) on a small hand-built team, with every figure
 * worked out by hand below. The period is the four whole weeks Monday 2 February – Sunday 1 March
 * 2026 (28 days, no DST change).
 *
 * Team (the factory's `team`): the leader (social pedagogy, 1.0 FTE) and the member (nursing,
 * 0.8) all period; a part-timer (casework, 0.5) from Monday 16 February (14 days).
 * Citizens: C1–C4 the leader's all period (4 × 28 = 112 citizen-days); C5 the member's from
 * 16 February (14 days) → 126 citizen-days. The factory's own citizen has no primary contact.
 */
import { copenhagenWallTimeToUtc } from '@act/domain';
import {
  type FidelityQuery,
  computeTeamFidelity,
  fidelityVersionById,
  storeFidelitySnapshot,
  storedReport,
} from '@act/db';
import { appClient, createTestTenant, ownerDataSource, setTenant, shortId, testPasswordHash, uniqueFictionalCpr, type TestTenant } from '@act/db/testing';
import type { Client } from 'pg';
import type { ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, loginAll } from '../testing/db-state';

const PERIOD = { from: '2026-02-02', to: '2026-03-01' };
const at = (date: string, time: string) => copenhagenWallTimeToUtc(date, time);

const REPORT = `query($teamId: ID!, $from: String, $to: String) { fidelityReport(teamId: $teamId, from: $from, to: $to) {
  teamId teamName from to modelVersionId modelVersionLabel computedAt
  items { itemId subscale name kind needsHumanRating value basis { key value } rating rule { direction cutoffs } windowFrom windowTo
          manualRating { id rating note ratedOn ratedByName } unratedReason }
  subscales { subscale name score ratedItems items } total { score ratedItems items } } }`;
const DRILL = `query($teamId: ID!, $itemId: String!, $from: String, $to: String) { fidelityDrillDown(teamId: $teamId, itemId: $itemId, from: $from, to: $to) {
  itemId name columns rows { cells citizenId visitId meetingId } basis { key value } } }`;
const RATE = `mutation($input: RateFidelityItemInput!) { rateFidelityItem(input: $input) { id itemId rating note ratedOn ratedByName } }`;
const BUDGET = `mutation($input: SetTeamBudgetedPositionsInput!) { setTeamBudgetedPositions(input: $input) { id fte from to } }`;
const DERIVE = `mutation($input: DeriveFidelityModelVersionInput!) { deriveFidelityModelVersion(input: $input) { versionId label basedOn active items { itemId rule { cutoffs } } } }`;
const ACTIVATE = `mutation($versionId: String!) { activateFidelityModelVersion(versionId: $versionId) { versionId active } }`;
const STEERING = `query($from: String, $to: String) { steeringFidelity(from: $from, to: $to) { teamId teamName withheld total { score } items { itemId value rating manualRating { note } } } }`;

interface Seeded {
  c: string[];
  names: string[];
  partTimer: string;
}

async function seed(t: TestTenant): Promise<Seeded> {
  const db = await ownerDataSource();
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const hash = await testPasswordHash();
  await q(`UPDATE team_member SET created_at = '2025-01-01T12:00:00Z', joined_on = '2025-01-01' WHERE team_id = $1`, [t.team.id]);
  const [{ id: userId }] = await q(
    `INSERT INTO app_user (tenant_id, email, name, role, password_hash) VALUES ($1, $2, 'Deltidsmedarbejder', 'team_member', $3) RETURNING id`,
    [t.tenantId, `deltid-${shortId()}@test.dk`, hash],
  );
  const [{ id: partTimer }] = await q(
    `INSERT INTO team_member (tenant_id, team_id, user_id, discipline, fte, created_at, joined_on) VALUES ($1, $2, $3, 'casework', 0.5, $4, '2026-02-16') RETURNING id`,
    [t.tenantId, t.team.id, userId, at('2026-02-16', '08:00')],
  );
  const L = t.leader.memberId;
  const M = t.member.memberId;
  const c: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < 5; i++) {
    const name = `Troskabsborger ${i + 1} ${shortId()}`;
    const [{ id }] = await q(
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, version) VALUES ($1, $2, $3, $4, 'active', 1) RETURNING id`,
      [t.tenantId, t.team.id, name, uniqueFictionalCpr(t.tenantId)],
    );
    c.push(id);
    names.push(name);
  }
  const assign = (citizenId: string, memberId: string, start: Date) =>
    q(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at) VALUES ($1, $2, $3, $4)`, [t.tenantId, citizenId, memberId, start]);
  for (let i = 0; i < 4; i++) await assign(c[i], L, at('2026-01-05', '10:00'));
  await assign(c[4], M, at('2026-02-16', '09:00'));
  // C1 is in regional dual-diagnosis treatment: the one citizen with a substance use disorder.
  await q(
    `INSERT INTO regional_treatment_episode (tenant_id, citizen_id, team_id, unit, referred_on, recorded_by, version) VALUES ($1, $2, $3, 'Afsnit', '2026-01-10', $4, 1)`,
    [t.tenantId, c[0], t.team.id, t.leader.id],
  );
  const visit = async (citizenId: string, members: string[], start: Date, o: { outcome?: string; f2f?: boolean; place?: string; minutes?: number; network?: boolean; substance?: boolean } = {}) => {
    const outcome = o.outcome ?? 'done';
    const [{ id }] = await q(
      `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face, network_took_part, substance_treatment, outcome_logged_at)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '1 hour', $4::text::visit_place_kind, $5::text::visit_outcome,
               CASE WHEN $5::text = 'done' THEN $6::int END, CASE WHEN $5::text = 'done' THEN $7::boolean END, $8, $9, $3::timestamptz + interval '2 hours') RETURNING id`,
      [t.tenantId, citizenId, start, o.place ?? 'home', outcome, o.minutes ?? 60, o.f2f ?? true, o.network ?? false, o.substance ?? false],
    );
    for (const m of members) await q(`INSERT INTO visit_member (tenant_id, visit_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, id, m]);
  };
  await visit(c[0], [L, M], at('2026-02-03', '10:00')); // V1: C1 by two at once, home
  await visit(c[1], [L], at('2026-02-04', '10:00'), { place: 'office', minutes: 30 }); // V2: C2 at the office
  await visit(c[0], [L], at('2026-02-17', '10:00'), { place: 'drop_in_centre', minutes: 45, substance: true }); // V3
  await visit(c[0], [partTimer], at('2026-02-18', '10:00'), { place: 'street', minutes: 45 }); // V4
  await visit(c[4], [M], at('2026-02-17', '10:00'), { network: true }); // V5: C5 with their network
  await visit(c[4], [partTimer], at('2026-02-19', '10:00'), { place: 'office', minutes: 30 }); // V6
  await visit(c[2], [L], at('2026-02-20', '10:00'), { f2f: false, minutes: 15 }); // V7: a phone call
  await visit(c[3], [L], at('2026-02-10', '10:00'), { outcome: 'not_met', f2f: false }); // V8: not met → no contact
  await visit(c[4], [L], at('2026-02-10', '10:00')); // V9: C5 before their enrolment → not counted
  await visit(c[0], [L], at('2026-03-02', '00:30')); // V10: the day after the period → outside

  // Team meetings: held on 3, 10 and 24 February; one not held (no held_at) and one held before the period.
  const meeting = async (start: Date, held: boolean, reviewed: string[]) => {
    const [{ id }] = await q(
      `INSERT INTO team_meeting (tenant_id, team_id, kind, starts_at, ends_at, place, held_at, created_by)
       VALUES ($1, $2, 'team_meeting', $3::timestamptz, $3::timestamptz + interval '1 hour', 'Mødelokalet', NULL, $4) RETURNING id`,
      [t.tenantId, t.team.id, start, t.leader.id],
    );
    for (const [i, citizenId] of reviewed.entries()) {
      await q(`INSERT INTO team_meeting_item (tenant_id, meeting_id, citizen_id, source, position) VALUES ($1, $2, $3, 'member', $4)`, [t.tenantId, id, citizenId, i]);
    }
    if (held) await q(`UPDATE team_meeting SET held_at = starts_at + interval '1 hour' WHERE id = $1`, [id]);
  };
  await meeting(at('2026-02-03', '09:00'), true, [c[0], c[1]]);
  await meeting(at('2026-02-10', '09:00'), true, []);
  await meeting(at('2026-02-17', '09:00'), false, [c[0]]);
  await meeting(at('2026-02-24', '09:00'), true, [c[0], c[1], c[2], c[3]]);
  await meeting(at('2026-01-27', '09:00'), true, [c[0]]);
  return { c, names, partTimer };
}

type Item = { itemId: string; value: number | null; basis: Array<{ key: string; value: number }> | null; rating: number | null; unratedReason: string | null; manualRating: { note: string; ratedByName: string } | null };
const basisOf = (item: Item) => Object.fromEntries((item.basis ?? []).map((b) => [b.key, b.value]));

describe('fidelity from the database', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  let s: Seeded;
  useApiSuite((suite) => ({ api, t, c } = suite));

  beforeAll(async () => {
    s = await seed(t);
  });

  const report = async (cookie = c.leader, period: { from?: string; to?: string } = PERIOD) => {
    const res = await api.gql(REPORT, { teamId: t.team.id, ...period }, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.fidelityReport as { modelVersionId: string; items: Item[]; total: { score: number; ratedItems: number; items: number } };
  };
  const item = (r: { items: Item[] }, id: string) => r.items.find((i) => i.itemId === id)!;

  it('computes the items from the records, as worked out by hand', async () => {
    const r = await report();
    expect(r.modelVersionId).toBe('standard-2026-1');
    // Caseload: 126 citizen-days / FTE-days (1.0 × 28 + 0.8 × 28 + 0.5 × 14 = 57.4) = 2.195… → 2.20.
    expect(item(r, 'caseload_ratio')).toMatchObject({ value: 2.2, rating: 5 });
    expect(basisOf(item(r, 'caseload_ratio'))).toEqual({ citizenDays: 126, fteDays: 57.4 });
    // Team approach, two fortnights: 2–15 Feb has C1–C4 enrolled throughout (4), C1 seen by the
    // leader and the member (V1); 16 Feb–1 Mar has C1–C5 (5): C1 by the leader and the part-timer
    // (V3, V4), C5 by the member and the part-timer (V5, V6) → 3 of 9 = 0.333 → rating 2 (≥ 0.1, < 0.37).
    expect(item(r, 'team_approach')).toMatchObject({ value: 0.333, rating: 2 });
    expect(basisOf(item(r, 'team_approach'))).toEqual({ citizenFortnights: 9, seenByMoreThanOne: 3 });
    // Meetings: 3 held in the period (3, 10, 24 Feb; the 17th was not held, 27 Jan is before) / 4 weeks = 0.75 → rating 2 (≥ 0.45, < 1).
    expect(item(r, 'team_meeting_frequency')).toMatchObject({ value: 0.75, rating: 2 });
    expect(basisOf(item(r, 'team_meeting_frequency'))).toEqual({ meetings: 3, weeks: 4 });
    // Face-to-face contacts per citizen per week: V1–V6 = 6 (V7 a call, V8 not met, V9 before
    // C5's enrolment, V10 after the period) × 7 / 126 citizen-days = 0.333 → 0.33.
    expect(item(r, 'face_to_face_contacts')).toMatchObject({ value: 0.33 });
    expect(basisOf(item(r, 'face_to_face_contacts'))).toEqual({ contacts: 6, citizenDays: 126 });
    // Community share: of the 6 face-to-face contacts, V2 and V6 were at the office → 4 / 6 = 0.667.
    expect(item(r, 'community_share')).toMatchObject({ value: 0.667 });
    expect(basisOf(item(r, 'community_share'))).toEqual({ faceToFaceContacts: 6, outsideOffice: 4 });
    // Substance-use minutes: C1 (dual diagnosis) had V3 marked, 45 min, over 28 citizen-days → 45 × 7 / 28 = 11.25 → 11.3.
    expect(item(r, 'substance_treatment_minutes')).toMatchObject({ value: 11.3 });
    expect(basisOf(item(r, 'substance_treatment_minutes'))).toEqual({ minutes: 45, citizenDays: 28 });
    // No group sessions, no budget yet: no data, left out of the scores; manual items not rated.
    expect(item(r, 'group_attendance')).toMatchObject({ value: null, rating: null, unratedReason: 'NO_DATA' });
    expect(item(r, 'staffing_vs_budget')).toMatchObject({ unratedReason: 'NO_DATA' });
    expect(item(r, 'dual_disorder_model')).toMatchObject({ rating: null, unratedReason: 'NOT_RATED' });
  });

  it('a member of the team reads it too; the steering group, the admin and a member of another team may not', async () => {
    await report(c.member);
    for (const cookie of [c.steeringGroup, c.admin, c.otherMember]) {
      const res = await api.gql(REPORT, { teamId: t.team.id, ...PERIOD }, cookie);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    const drill = await api.gql(DRILL, { teamId: t.team.id, itemId: 'community_share', ...PERIOD }, c.steeringGroup);
    expect(errorCodes(drill)).toEqual(['FORBIDDEN']);
  });

  it("another tenant's team is not found", async () => {
    const other = await createTestTenant();
    const otherCookies = await loginAll(api, other);
    const res = await api.gql(REPORT, { teamId: t.team.id, ...PERIOD }, otherCookies.leader);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    const drill = await api.gql(DRILL, { teamId: t.team.id, itemId: 'community_share', ...PERIOD }, otherCookies.member);
    expect(errorCodes(drill)).toEqual(['NOT_FOUND']);
  });

  it('drills down to the visits behind a number and logs each citizen shown', async () => {
    const res = await api.gql(DRILL, { teamId: t.team.id, itemId: 'face_to_face_contacts', ...PERIOD }, c.member);
    expect(res.errors).toBeUndefined();
    const d = res.data!.fidelityDrillDown as { rows: Array<{ cells: string[]; citizenId: string; visitId: string }>; basis: Array<{ key: string; value: number }> };
    expect(d.rows).toHaveLength(6);
    expect(d.rows[0].cells.slice(0, 2)).toEqual(['2026-02-03 10:00', s.names[0]]);
    expect(new Set(d.rows.map((r) => r.citizenId))).toEqual(new Set([s.c[0], s.c[1], s.c[4]]));
    const requestId = res.headers.get('x-request-id');
    const db = await ownerDataSource();
    const logged: Array<{ citizen_id: string; purpose: string }> = await db.query(
      `SELECT c::text AS citizen_id, purpose FROM access_log, unnest(coalesce(citizen_ids, ARRAY[citizen_id])) AS c
       WHERE request_id = $1 AND operation = 'fidelity.drill-down' ORDER BY 1`,
      [requestId],
    );
    expect(logged.map((l) => l.citizen_id).sort()).toEqual([s.c[0], s.c[1], s.c[4]].sort());
    expect(new Set(logged.map((l) => l.purpose))).toEqual(new Set(['planning']));
    // Staff items show the memberships (no citizen, nothing logged).
    const staff = await api.gql(DRILL, { teamId: t.team.id, itemId: 'caseload_ratio', ...PERIOD }, c.member);
    expect((staff.data!.fidelityDrillDown as { rows: Array<{ cells: string[] }> }).rows.map((r) => r.cells[2]).sort()).toEqual(['0.50', '0.80', '1.00']);
  });

  it('the team leader rates a manual item; bad ratings are refused field by field', async () => {
    const bad = async (input: Record<string, unknown>, field: string) => {
      const res = await api.gql(RATE, { input: { teamId: t.team.id, itemId: 'dual_disorder_model', rating: 4, note: 'Godt', ...input } }, c.leader);
      expect([errorCodes(res), res.errors?.[0]?.extensions?.fields ?? res.errors?.[0]?.extensions?.field]).toEqual([
        ['BAD_USER_INPUT'],
        expect.anything(),
      ]);
      expect(JSON.stringify(res.errors)).toContain(field);
    };
    await bad({ rating: 6 }, 'rating');
    await bad({ rating: 0 }, 'rating');
    await bad({ note: '   ' }, 'note');
    await bad({ note: 'x'.repeat(2001) }, 'note');
    await bad({ ratedOn: '2099-01-01' }, 'ratedOn');
    await bad({ itemId: 'caseload_ratio' }, 'itemId');
    const member = await api.gql(RATE, { input: { teamId: t.team.id, itemId: 'dual_disorder_model', rating: 4, note: 'Godt' } }, c.member);
    expect(errorCodes(member)).toEqual(['FORBIDDEN']);
    const ok = await api.gql(RATE, { input: { teamId: t.team.id, itemId: 'dual_disorder_model', rating: 4, note: 'Integreret behandling på plads', ratedOn: '2026-02-20' } }, c.leader);
    expect(ok.errors).toBeUndefined();
    const later = await api.gql(RATE, { input: { teamId: t.team.id, itemId: 'dual_disorder_model', rating: 2, note: 'Faldet tilbage', ratedOn: '2026-03-05' } }, c.leader);
    expect(later.errors).toBeUndefined();
    // The report for February uses the rating made on or before its last day (4), not the later one.
    const r = await report();
    expect(item(r, 'dual_disorder_model')).toMatchObject({ rating: 4, unratedReason: null, manualRating: { note: 'Integreret behandling på plads', ratedByName: t.leader.name } });
  });

  it('budgeted positions make staffing against budget computable', async () => {
    const res = await api.gql(BUDGET, { input: { teamId: t.team.id, fte: 2.3, from: '2025-03-01' } }, c.leader);
    expect(res.errors).toBeUndefined();
    const again = await api.gql(BUDGET, { input: { teamId: t.team.id, fte: 2.3, from: '2025-09-01' } }, c.admin);
    expect(again.data!.setTeamBudgetedPositions).toEqual([
      expect.objectContaining({ fte: 2.3, from: '2025-03-01', to: '2025-09-01' }),
      expect.objectContaining({ fte: 2.3, from: '2025-09-01', to: null }),
    ]);
    expect(errorCodes(await api.gql(BUDGET, { input: { teamId: t.team.id, fte: 2, from: '2025-03-01' } }, c.member))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(BUDGET, { input: { teamId: t.otherTeam.id, fte: 2, from: '2025-03-01' } }, c.leader))).toEqual(['FORBIDDEN']);
    const r = await report();
    // 12 months 2 March 2025 – 1 March 2026 (365 days), budget 2.3 all of it = 839.5 FTE-days;
    // staffed: leader 1.0 + member 0.8 all 365 days (657) + part-timer 0.5 × 14 (7) = 664 → 0.791.
    expect(basisOf(item(r, 'staffing_vs_budget'))).toEqual({ staffedFteDays: 664, budgetedFteDays: 839.5 });
    expect(item(r, 'staffing_vs_budget')).toMatchObject({ value: 0.791, rating: 3 });
  });

  it('a derived version is stored, activated, named by every report and cannot be changed', async () => {
    const derived = await api.gql(
      DERIVE,
      { input: { basedOn: 'standard-2026-1', label: 'Kommunens model', overrides: [{ itemId: 'caseload_ratio', cutoffs: [3, 2.5, 2.1, 1.5] }, { itemId: 'group_attendance', excluded: true }] } },
      c.steeringGroup,
    );
    expect(derived.errors).toBeUndefined();
    const v = derived.data!.deriveFidelityModelVersion as { versionId: string; basedOn: string; active: boolean; items: Array<{ itemId: string }> };
    expect(v).toMatchObject({ basedOn: 'standard-2026-1', active: false });
    expect(v.items.map((i) => i.itemId)).not.toContain('group_attendance');
    const bad = await api.gql(DERIVE, { input: { basedOn: 'standard-2026-1', label: 'Forkert', overrides: [{ itemId: 'caseload_ratio', cutoffs: [1, 2, 3, 4] }] } }, c.admin);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(ACTIVATE, { versionId: v.versionId }, c.leader))).toEqual(['FORBIDDEN']);
    expect((await api.gql(ACTIVATE, { versionId: v.versionId }, c.admin)).data!.activateFidelityModelVersion).toEqual({ versionId: v.versionId, active: true });
    const r = await report();
    expect(r.modelVersionId).toBe(v.versionId);
    // 2.20 ≤ 2.5 but > 2.1 → 3 of the new cutoffs (lower is better: 3, 2.5, 2.1, 1.5).
    expect(item(r, 'caseload_ratio')).toMatchObject({ value: 2.2, rating: 3 });
    expect(r.items.map((i) => i.itemId)).not.toContain('group_attendance');
    const db = await ownerDataSource();
    await expect(db.query(`UPDATE fidelity_model_version SET label = 'Ændret' WHERE version_id = $1 AND tenant_id = $2`, [v.versionId, t.tenantId])).rejects.toThrow(/immutable/);
    await expect(db.query(`DELETE FROM fidelity_model_version WHERE version_id = $1 AND tenant_id = $2`, [v.versionId, t.tenantId])).rejects.toThrow(/immutable/);

    // A stored snapshot, recomputed with the version it names, gives the same report.
    const app: Client = await appClient();
    try {
      await app.query('BEGIN');
      await setTenant(app, t.tenantId);
      const q: FidelityQuery = async (sql, params) => (await app.query(sql, params)).rows;
      const version = (await fidelityVersionById(q, v.versionId))!;
      expect(await storeFidelitySnapshot(q, t.tenantId, t.team.id, PERIOD, version)).toBe(true);
      expect(await storeFidelitySnapshot(q, t.tenantId, t.team.id, PERIOD, version)).toBe(false);
      const [row] = await q<{ version_id: string; report: unknown }>(`SELECT version_id, report FROM fidelity_snapshot WHERE team_id = $1 AND from_date = $2 AND to_date = $3`, [t.team.id, PERIOD.from, PERIOD.to]);
      const recomputed = await computeTeamFidelity(q, t.team.id, PERIOD, (await fidelityVersionById(q, row.version_id))!);
      expect(storedReport(recomputed.report)).toEqual(row.report);
      expect(JSON.stringify(row.report)).not.toContain('Integreret'); // no notes in a snapshot
      await app.query('COMMIT');
    } finally {
      await app.end();
    }
  });

  it('the steering group sees scores per team, never a record or a note; small teams withheld', async () => {
    const res = await api.gql(STEERING, PERIOD, c.steeringGroup);
    expect(res.errors).toBeUndefined();
    const teams = res.data!.steeringFidelity as Array<{ teamId: string; withheld: boolean; total: { score: number } | null; items: Array<{ manualRating: unknown }> | null }>;
    // Team: 5 citizens in the period = the minimum group size 5 → shown. The other team: none → withheld.
    const own = teams.find((x) => x.teamId === t.team.id)!;
    expect(own.withheld).toBe(false);
    expect(own.total!.score).toEqual(expect.any(Number));
    expect(own.items!.every((i) => i.manualRating === null)).toBe(true);
    expect(teams.find((x) => x.teamId === t.otherTeam.id)).toMatchObject({ withheld: true, total: null, items: null });
    expect(JSON.stringify(res.data)).not.toContain('Troskabsborger');
    expect(JSON.stringify(res.data)).not.toContain('Integreret');
  });

  it('the trend reads the stored snapshots: the team its own, the steering group the mean of the teams shown', async () => {
    const TREND = `query($teamId: ID!, $weeks: Int) { fidelityTrend(teamId: $teamId, weeks: $weeks) { from to modelVersionId total { score ratedItems items } subscales { subscale score } } }`;
    const weeks = 156; // the snapshot of February 2026 is within three years
    const own = await api.gql(TREND, { teamId: t.team.id, weeks }, c.member);
    expect(own.errors).toBeUndefined();
    const points = own.data!.fidelityTrend as Array<{ from: string; to: string; modelVersionId: string; total: { score: number } }>;
    expect(points.map((p) => [p.from, p.to])).toEqual([[PERIOD.from, PERIOD.to]]);
    expect(points[0].modelVersionId).toMatch(/^lokal-/);
    expect(errorCodes(await api.gql(TREND, { teamId: t.team.id, weeks }, c.otherMember))).toEqual(['FORBIDDEN']);
    const steering = await api.gql(`query($weeks: Int) { steeringFidelityTrend(weeks: $weeks) { from to total { score } } }`, { weeks }, c.steeringGroup);
    expect(steering.errors).toBeUndefined();
    // One team's snapshot (5 citizens, the minimum group size): the mean is its own score.
    expect(steering.data!.steeringFidelityTrend).toEqual([{ from: PERIOD.from, to: PERIOD.to, total: { score: points[0].total.score } }]);
  });

  it("the visit's marks and the course's end kind are recorded where the loader reads them", async () => {
    const db = await ownerDataSource();
    const [{ id: visitId }] = await db.query(
      `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind) VALUES ($1, $2, now() - interval '2 hours', now() - interval '1 hour', 'home') RETURNING id`,
      [t.tenantId, s.c[0]],
    );
    await db.query(`INSERT INTO visit_member (tenant_id, visit_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, visitId, t.leader.memberId]);
    const LOG = `mutation($input: LogVisitOutcomeInput!) { logVisitOutcome(input: $input) { id networkTookPart supportNetwork substanceTreatment } }`;
    const logged = await api.gql(LOG, { input: { visitId, outcome: 'DONE', actualMinutes: 40, supportNetwork: true, substanceTreatment: true } }, c.member);
    expect(logged.errors).toBeUndefined();
    expect(logged.data!.logVisitOutcome).toEqual({ id: visitId, networkTookPart: true, supportNetwork: true, substanceTreatment: true });
    const [row] = await db.query(`SELECT network_took_part, substance_treatment FROM visit WHERE id = $1`, [visitId]);
    expect(row).toEqual({ network_took_part: true, substance_treatment: true });

    const UPDATE = `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id status } }`;
    const ended = await api.gql(UPDATE, { input: { id: s.c[3], status: 'ENDED', statusReason: 'Flyttet til en anden kommune', endKind: 'MOVED_AWAY' } }, c.leader);
    expect(ended.errors).toBeUndefined();
    const kinds: Array<{ end_kind: string | null }> = await db.query(`SELECT end_kind::text FROM primary_assignment WHERE citizen_id = $1`, [s.c[3]]);
    expect(kinds).toEqual([{ end_kind: 'moved_away' }]);
    // Without a kind, a course ends as 'other'.
    await api.gql(UPDATE, { input: { id: s.c[2], status: 'ENDED', statusReason: 'Afsluttet' } }, c.leader);
    expect(await db.query(`SELECT end_kind::text FROM primary_assignment WHERE citizen_id = $1`, [s.c[2]])).toEqual([{ end_kind: 'other' }]);
  });
});
