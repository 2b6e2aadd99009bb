/** Shared by the benchmark's dataset generator and load runner. */
import { databaseUrls } from '@act/db';
import { addDays, copenhagenToday, isoWeekStart, presetPeriod } from '@act/domain';
import { type DocumentNode, print } from 'graphql';
import * as G from '../apps/web/src/gql/graphql';

export const BENCH_DATABASE = process.env.ACT_BENCH_DATABASE ?? 'act_bench';
/** Bump when the generator changes: a dataset with another version is rebuilt. */
export const DATASET_VERSION = 2;
/** Teams in the dataset: BENCH_TEAMS=10/40/160 (default 40, the reference size). */
export const TEAMS = Number(process.env.BENCH_TEAMS ?? 40);
if (!Number.isInteger(TEAMS) || TEAMS < 1 || TEAMS > 999) throw new Error(`BENCH_TEAMS must be a whole number 1–999 (got ${process.env.BENCH_TEAMS})`);
/** The dataset marker: version and size. A database holding another one is rebuilt. */
export const TENANT_NAME = `Bench Kommune (reference dataset v${DATASET_VERSION}, ${TEAMS} teams)`;
export const PASSWORD = 'bench-bench-bench-2026';
export const EMAIL_DOMAIN = 'bench.example';
export const MEMBERS_PER_TEAM = 10;
export const CITIZENS_PER_TEAM = 100;
/** 5,000 per team: 200,000 for the reference 40 teams. */
export const ACCESS_LOG_ROWS = 5_000 * TEAMS;
export const ACCESS_LOG_DAYS = 183;

export const leaderEmail = (team: number) => `leder-${String(team + 1).padStart(2, '0')}@${EMAIL_DOMAIN}`;
export const memberEmail = (team: number, i: number) =>
  `medarbejder-${String(team + 1).padStart(2, '0')}-${String(i).padStart(2, '0')}@${EMAIL_DOMAIN}`;
export const STEERING_EMAIL = `styregruppe@${EMAIL_DOMAIN}`;
export const teamName = (team: number) => `ACT-team ${String(team + 1).padStart(2, '0')}`;

export function benchUrls() {
  return databaseUrls({ ...process.env, ACT_DATABASE: BENCH_DATABASE });
}

/** The GraphQL operations the benchmark measures (the web app's shapes). */
export const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;

/** The document a page sends, printed from the web app's generated documents (fragments included). */
const web = (doc: DocumentNode) => print(doc);

/** Who asks: the leader of team 01, a member of team 01 (my day/week), the steering group, or the leader of the request's team. */
export type Asker = 'leader' | 'member' | 'steering' | 'leaderOfPair';

export interface Scenario {
  key: string;
  title: string;
  as: Asker;
  /** Per-team operations: their cost should not grow with the number of teams (the --scale table). */
  perTeam: boolean;
  /** Steering aggregates have the 200 ms bar; the daily operations 50 ms. */
  steering?: boolean;
  /** A write: the request index picks what to change, `prepare` makes the pool valid again before the run. */
  write?: boolean;
  query: string;
  variables: (f: Fixtures, i: number) => Record<string, unknown>;
}

export const SCENARIOS: Scenario[] = [
  {
    key: 'teamCaseload', title: 'Team caseload overview (10 members, 100 citizens)', as: 'leader', perTeam: true,
    query: web(G.TeamCaseloadDocument), variables: (f) => ({ teamId: f.teamId }),
  },
  {
    key: 'citizenList', title: 'Team citizen list (first 50)', as: 'leader', perTeam: true,
    query: web(G.TeamCitizensDocument), variables: (f) => ({ teamId: f.teamId, first: 50 }),
  },
  {
    key: 'citizenOverview', title: 'Citizen overview (citizen page)', as: 'leader', perTeam: true,
    query: web(G.CitizenPageDocument), variables: (f) => ({ id: f.citizenId }),
  },
  {
    key: 'myDay', title: 'My day (a member, today)', as: 'member', perTeam: true,
    query: web(G.MyDayDocument), variables: (f) => ({ date: f.today }),
  },
  {
    key: 'myWeek', title: 'My week (a member, this week)', as: 'member', perTeam: true,
    query: web(G.MyWeekDocument), variables: (f) => ({ weekOf: f.today }),
  },
  {
    key: 'teamWeek', title: 'Team week page (team week + not-seen list)', as: 'leader', perTeam: true,
    query: web(G.TeamVisitsDocument), variables: (f) => ({ teamId: f.teamId, weekOf: f.today }),
  },
  {
    key: 'notSeen', title: 'Not-seen list alone', as: 'leader', perTeam: true,
    query: `query NotSeen($teamId: ID!) { notSeenCitizens(teamId: $teamId) { thresholdDays citizens { daysSince lastFaceToFaceAt nextVisitAt citizen { id name } } } }`,
    variables: (f) => ({ teamId: f.teamId }),
  },
  {
    key: 'meetingAgenda', title: "Team meeting's prepared agenda (next meeting)", as: 'leader', perTeam: true,
    query: web(G.TeamMeetingDocument), variables: (f) => ({ id: f.meetingId }),
  },
  {
    key: 'logVisitOutcome', title: 'Log a visit outcome (write)', as: 'leader', perTeam: true, write: true,
    query: web(G.LogVisitOutcomeDocument),
    variables: (f, i) => ({
      input: { visitId: f.outcomePool[i % f.outcomePool.length], outcome: 'DONE', actualMinutes: 45, faceToFace: true, supportNetwork: i % 7 === 0, substanceTreatment: i % 9 === 0 },
    }),
  },
  {
    key: 'assignPrimaryContact', title: 'Assign a primary contact (write, under the cap)', as: 'leaderOfPair', perTeam: true, write: true,
    query: web(G.AssignPrimaryContactDocument),
    variables: (f, i) => {
      // Pair p moves its citizen to the member with room, the next time back: always under the cap.
      const p = f.assignPairs[i % f.assignPairs.length];
      const there = Math.floor(i / f.assignPairs.length) % 2 === 0;
      return { input: { citizenId: p.citizenId, memberId: there ? p.toMemberId : p.fromMemberId } };
    },
  },
  {
    key: 'teamsSteering', title: 'Teams with active citizen count (steering)', as: 'steering', perTeam: false, steering: true,
    query: `query Teams($first: Int!) { teams(first: $first) { edges { node { id name activeCitizenCount } } pageInfo { hasNextPage } } }`,
    variables: () => ({ first: 50 }),
  },
  {
    key: 'caseloadSummaries', title: 'Caseload summaries (steering)', as: 'steering', perTeam: false, steering: true,
    query: web(G.CaseloadSummariesDocument), variables: () => ({}),
  },
  {
    key: 'steeringDashboard', title: 'Steering dashboard (4 weeks, visits over all teams)', as: 'steering', perTeam: false, steering: true,
    query: web(G.SteeringDashboardDocument), variables: (f) => ({ ...presetPeriod('weeks4', f.today) }),
  },
  {
    key: 'steeringFidelity', title: 'Steering fidelity (12 weeks, every team)', as: 'steering', perTeam: false, steering: true,
    query: web(G.SteeringFidelityDocument),
    variables: (f) => ({ from: addDays(isoWeekStart(f.today), -84), to: addDays(isoWeekStart(f.today), -1) }),
  },
];

export interface AssignPair {
  leaderEmail: string;
  citizenId: string;
  fromMemberId: string;
  toMemberId: string;
}

export interface Fixtures {
  /** access_log rows when the run started: the API's audit rows add ~150,000 per default run. */
  accessLogRows: number;
  /** Visits in the dataset (estimate from the statistics). */
  visits: number;
  teamId: string;
  citizenId: string;
  leaderEmail: string;
  memberEmail: string;
  steeringEmail: string;
  today: string;
  meetingId: string;
  /** Past visits of team 01 whose outcome `prepareWrites` clears: one per logVisitOutcome request. */
  outcomePool: string[];
  assignPairs: AssignPair[];
}

/** Team 01, its citizen with the most history, its busiest member today, its next meeting, the write pools. */
export async function loadFixtures(ownerUrl: string): Promise<Fixtures> {
  const { Client } = await import('pg');
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const team = await db.query<{ id: string }>('SELECT id FROM team WHERE name = $1', [teamName(0)]);
    if (!team.rowCount) throw new Error('the bench dataset is missing (run npm run bench)');
    const teamId = team.rows[0].id;
    const citizen = await db.query<{ id: string }>(
      `SELECT c.id FROM citizen c
       WHERE c.team_id = $1 AND c.status = 'active'
         AND EXISTS (SELECT 1 FROM admission_assessment a WHERE a.citizen_id = c.id)
       ORDER BY (SELECT count(*) FROM primary_assignment pa WHERE pa.citizen_id = c.id) DESC,
                (SELECT count(*) FROM secondary_contact s WHERE s.citizen_id = c.id) DESC, c.name, c.id
       LIMIT 1`,
      [teamId],
    );
    const today = copenhagenToday();
    const member = await db.query<{ email: string }>(
      `SELECT u.email FROM team_member m JOIN app_user u ON u.id = m.user_id
       LEFT JOIN visit_member vm ON vm.member_id = m.id
       LEFT JOIN visit v ON v.id = vm.visit_id AND (v.planned_start AT TIME ZONE 'Europe/Copenhagen')::date = $2::date
       WHERE m.team_id = $1 AND NOT m.is_team_leader
       GROUP BY u.email ORDER BY count(v.id) DESC, u.email LIMIT 1`,
      [teamId, today],
    );
    const meeting = await db.query<{ id: string }>(
      `SELECT id FROM team_meeting WHERE team_id = $1 AND starts_at > now() AND agenda_prepared_at IS NOT NULL ORDER BY starts_at LIMIT 1`,
      [teamId],
    );
    const pool = await db.query<{ id: string }>(
      `SELECT v.id FROM visit v JOIN citizen c ON c.id = v.citizen_id
       WHERE c.team_id = $1 AND c.status = 'active' AND v.planned_start < now() - interval '1 day' AND v.planned_start > now() - interval '120 days'
       ORDER BY v.planned_start DESC, v.id LIMIT $2`,
      [teamId, OUTCOME_POOL],
    );
    // Per team (up to 20): the member with the most room (by open primary contacts against
    // floor(10 × FTE); exceptions only add room) and an active citizen of another member.
    const pairs = await db.query<{ leader_email: string; citizen_id: string; from_member: string; to_member: string }>(
      `WITH load AS (
         SELECT m.id, m.team_id, floor(m.fte * 10)::int - count(pa.id) AS room
         FROM team_member m LEFT JOIN primary_assignment pa ON pa.member_id = m.id AND pa.ended_at IS NULL
         WHERE m.carries_caseload GROUP BY m.id),
       best AS (SELECT DISTINCT ON (team_id) id, team_id FROM load WHERE room >= 1 ORDER BY team_id, room DESC, id)
       SELECT lu.email AS leader_email, c.id AS citizen_id, pa.member_id AS from_member, b.id AS to_member
       FROM best b JOIN team t ON t.id = b.team_id
       JOIN team_member lm ON lm.team_id = t.id AND lm.is_team_leader JOIN app_user lu ON lu.id = lm.user_id
       JOIN LATERAL (SELECT c.id FROM citizen c JOIN primary_assignment p ON p.citizen_id = c.id AND p.ended_at IS NULL
                     WHERE c.team_id = t.id AND c.status = 'active' AND p.member_id <> b.id ORDER BY c.id LIMIT 1) c ON true
       JOIN primary_assignment pa ON pa.citizen_id = c.id AND pa.ended_at IS NULL
       ORDER BY t.name LIMIT 20`,
    );
    const log = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
    const visits = await db.query<{ n: number }>(`SELECT reltuples::bigint::int AS n FROM pg_class WHERE relname = 'visit'`);
    return {
      accessLogRows: log.rows[0].n, visits: visits.rows[0]?.n ?? 0, teamId, citizenId: citizen.rows[0].id, leaderEmail: leaderEmail(0), memberEmail: member.rows[0].email,
      steeringEmail: STEERING_EMAIL, today, meetingId: meeting.rows[0]?.id ?? '', outcomePool: pool.rows.map((r) => r.id),
      assignPairs: pairs.rows.map((r) => ({ leaderEmail: r.leader_email, citizenId: r.citizen_id, fromMemberId: r.from_member, toMemberId: r.to_member })),
    };
  } finally {
    await db.end();
  }
}

/** Visits whose outcome the write scenario logs (cleared before each run): one per request of a default run and its warm-up. */
export const OUTCOME_POOL = Math.max(1_500, Number(process.env.BENCH_RATE ?? 100) * Number(process.env.BENCH_SECONDS ?? 10) + 300);

/**
 * Makes the outcome scenario valid again: clears the outcome of the pool's visits (as the owner;
 * the app itself never clears one). The assignment pairs need nothing: loadFixtures reads them
 * from the current state, and each pair only moves its own citizen between two members.
 */
export async function prepareWrites(ownerUrl: string, f: Fixtures): Promise<void> {
  const { Client } = await import('pg');
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    await db.query(
      `UPDATE visit SET outcome = NULL, actual_minutes = NULL, face_to_face = NULL, network_took_part = NULL, substance_treatment = false,
         outcome_note = NULL, outcome_logged_at = NULL, outcome_logged_by = NULL WHERE id = ANY($1::uuid[])`,
      [f.outcomePool],
    );
  } finally {
    await db.end();
  }
}

/** Nearest-rank percentile of a sorted array. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const BENCH_OUT = `${__dirname}/../.data/bench`;
