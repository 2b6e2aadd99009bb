/** Shared by the benchmark's dataset generator and load runner. */
import { databaseUrls } from '@act/db';

export const BENCH_DATABASE = process.env.ACT_BENCH_DATABASE ?? 'act_bench';
/** Bump when the generator changes: a dataset with another version is rebuilt. */
export const DATASET_VERSION = 1;
export const TENANT_NAME = `Bench Kommune (reference dataset v${DATASET_VERSION})`;
export const PASSWORD = 'bench-bench-bench-2026';
export const EMAIL_DOMAIN = 'bench.example';
export const TEAMS = 40;
export const MEMBERS_PER_TEAM = 10;
export const CITIZENS_PER_TEAM = 100;
export const ACCESS_LOG_ROWS = 200_000;
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

export interface Scenario {
  key: string;
  title: string;
  /** Who asks: the leader of team 01 or the steering group. */
  as: 'leader' | 'steering';
  query: string;
  variables: (f: Fixtures) => Record<string, unknown>;
}

export const SCENARIOS: Scenario[] = [
  {
    key: 'teamCaseload',
    title: 'Team caseload overview (10 members, 100 citizens)',
    as: 'leader',
    query: `query TeamCaseload($teamId: ID!) { teamCaseload(teamId: $teamId) { teamId teamName activeCitizens primaryFte ratio ratioWithinLimit
      members { name load capacity allowed utilisation overCapacity member { id discipline fte isTeamLeader }
        exception { extra validUntil reason grantedByName } citizens { id name status } }
      waiting { daysWaiting citizen { id name status } admission { allMet } }
      alerts { id kind message createdAt } } }`,
    variables: (f) => ({ teamId: f.teamId }),
  },
  {
    key: 'citizenList',
    title: 'Team citizen list (first 50)',
    as: 'leader',
    query: `query TeamCitizens($id: ID!, $first: Int!) { team(id: $id) { citizens(first: $first) { edges { node {
      id name cprMasked status primaryContact { memberName } } } } } }`,
    variables: (f) => ({ id: f.teamId, first: 50 }),
  },
  {
    key: 'citizenOverview',
    title: 'Citizen overview',
    as: 'leader',
    query: `query Citizen($id: ID!) { citizen(id: $id) { id name cprMasked status statusReason phone email version
      address { street postalCode city accessNote }
      primaryContact { memberName startedAt }
      primaryContactHistory { id memberName startedAt endedAt endReason assignedByName }
      secondaryContacts { id discipline fte user { name } }
      admission { allMet isAdult hasMentalIllness hasSubstanceUse notHeldByOrdinaryServices wantsSupport note assessedAt }
      team { name } } }`,
    variables: (f) => ({ id: f.citizenId }),
  },
  {
    key: 'teamsSteering',
    title: 'Teams with active citizen count (steering group, 40 teams)',
    as: 'steering',
    query: `query Teams($first: Int!) { teams(first: $first) { edges { node { id name activeCitizenCount } } pageInfo { hasNextPage } } }`,
    variables: () => ({ first: 50 }),
  },
  {
    key: 'caseloadSummaries',
    title: 'Caseload summaries (steering group, 40 teams)',
    as: 'steering',
    query: `query Summaries { caseloadSummaries { teamId teamName activeCitizens primaryFte ratio waiting membersOverCapacity exceptionsInForce } }`,
    variables: () => ({}),
  },
];

export interface Fixtures {
  /** access_log rows when the run started: the API's audit rows add ~150,000 per default run. */
  accessLogRows: number;
  teamId: string;
  citizenId: string;
  leaderEmail: string;
  steeringEmail: string;
}

/** Team 01 and its citizen with the most history (earlier primary contact, secondary contacts, admission). */
export async function loadFixtures(ownerUrl: string): Promise<Fixtures> {
  const { Client } = await import('pg');
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const team = await db.query<{ id: string }>('SELECT id FROM team WHERE name = $1', [teamName(0)]);
    if (!team.rowCount) throw new Error('the bench dataset is missing (run npm run bench)');
    const citizen = await db.query<{ id: string }>(
      `SELECT c.id FROM citizen c
       WHERE c.team_id = $1 AND c.status = 'active'
         AND EXISTS (SELECT 1 FROM admission_assessment a WHERE a.citizen_id = c.id)
       ORDER BY (SELECT count(*) FROM primary_assignment pa WHERE pa.citizen_id = c.id) DESC,
                (SELECT count(*) FROM secondary_contact s WHERE s.citizen_id = c.id) DESC, c.name, c.id
       LIMIT 1`,
      [team.rows[0].id],
    );
    const log = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
    return { accessLogRows: log.rows[0].n, teamId: team.rows[0].id, citizenId: citizen.rows[0].id, leaderEmail: leaderEmail(0), steeringEmail: STEERING_EMAIL };
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
