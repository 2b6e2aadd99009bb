/**
 * The reference dataset for `npm run bench` (docs/performance.md): one tenant, 40 teams of 10
 * members (one leader each), 4,000 citizens with primary contacts within capacity (a few
 * exceptions, some waiting), secondary contacts, admission criteria and ~200,000 access-log rows
 * over six months. Deterministic: a seeded PRNG makes names, CPR numbers, ids and shapes; only
 * timestamps are relative to now() (so exceptions are in force on the day of the run).
 * Inserted as the owner role with multi-row `INSERT ... SELECT FROM unnest(...)`.
 *
 *   npx tsx bench/dataset.ts            generate (the database must hold no bench tenant yet)
 *   npx tsx bench/dataset.ts --status   print ready | empty | stale (another version or partial)
 *
 * Every person is invented; CPR numbers come from fictionalCpr (no real person has them).
 */
import { Prng, fictionalCpr, normaliseDanishPhone } from '@act/domain';
import { hashPassword } from '@act/db';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { HISTORY_DAYS, VISITS_PER_TEAM, generateBulk, type BulkCitizen } from './dataset-bulk';
import {
  ACCESS_LOG_DAYS,
  ACCESS_LOG_ROWS,
  BENCH_DATABASE,
  CITIZENS_PER_TEAM,
  DATASET_VERSION,
  EMAIL_DOMAIN,
  MEMBERS_PER_TEAM,
  PASSWORD,
  STEERING_EMAIL,
  TEAMS,
  TENANT_NAME,
  benchUrls,
  leaderEmail,
  memberEmail,
  teamName,
} from './common';

const SEED = 20_260_401;
const MARKER = join(__dirname, '..', '.data', 'bench', 'dataset.json');

const FIRST = ['Anne', 'Mette', 'Kirsten', 'Hanne', 'Susanne', 'Lene', 'Maria', 'Camilla', 'Louise', 'Sofie', 'Ida', 'Emma',
  'Peter', 'Jens', 'Lars', 'Henrik', 'Søren', 'Niels', 'Thomas', 'Martin', 'Rasmus', 'Jesper', 'Mads', 'Frederik', 'Ali', 'Yasmin'];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Holm'];
const STREETS = ['Skovvej', 'Vestergade', 'Nørregade', 'Søndergade', 'Østergade', 'Kirkevej', 'Møllevej', 'Stationsvej', 'Bakkevej', 'Engvej'];
const PLACES: Array<[string, string]> = [['8000', 'Aarhus C'], ['8200', 'Aarhus N'], ['8210', 'Aarhus V'], ['8260', 'Viby J'], ['8270', 'Højbjerg']];
const CARRIER_DISCIPLINES = ['nursing', 'substance_abuse', 'social_pedagogy', 'employment', 'casework', 'peer', 'psychiatry', 'nursing', 'social_pedagogy'];
const FTE_PATTERNS = [
  [1, 1, 1, 1, 1, 1, 1, 0.8, 0.6],
  [1, 1, 1, 1, 1, 1, 0.9, 0.8, 0.8],
  [1, 1, 1, 1, 1, 1, 1, 1, 0.5],
  [1, 1, 1, 1, 1, 0.8, 0.8, 0.8, 1],
];

/** Deterministic v4-shaped UUIDs from the PRNG. */
function uuid(prng: Prng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(prng.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** 4,000 unique fictional CPR numbers: seeds 0.. in order, skipping any repeat. */
export function uniqueCprs(n: number): { cprs: string[]; skipped: number } {
  const seen = new Set<string>();
  const cprs: string[] = [];
  let seed = 0;
  while (cprs.length < n) {
    const cpr = fictionalCpr(seed++);
    if (!seen.has(cpr)) {
      seen.add(cpr);
      cprs.push(cpr);
    }
  }
  return { cprs, skipped: seed - n };
}

interface Rows {
  [column: string]: unknown[];
}
function rows(columns: string[]): Rows {
  return Object.fromEntries(columns.map((c) => [c, []]));
}
function push(r: Rows, values: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(values)) r[k].push(v);
}

/** INSERT ... SELECT FROM unnest($1::type[], ...) in chunks. `expr` maps unnest columns to table columns. */
async function insert(
  db: Client,
  table: string,
  columns: Array<[name: string, type: string, expr?: string]>,
  data: Rows,
  chunk = 20_000,
): Promise<number> {
  const total = data[columns[0][0]].length;
  for (let start = 0; start < total; start += chunk) {
    const params = columns.map(([name]) => data[name].slice(start, start + chunk));
    const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    const aliases = columns.map((_, i) => `u${i}`).join(', ');
    const targets = columns.map(([name]) => `"${name}"`).join(', ');
    const exprs = columns.map(([, , expr], i) => (expr ? expr.replaceAll('$v', `u${i}`) : `u${i}`)).join(', ');
    await db.query(`INSERT INTO ${table} (${targets}) SELECT ${exprs} FROM unnest(${unnest}) AS t(${aliases})`, params);
  }
  return total;
}

/** A number of days (fractional allowed) before now; null stays null. */
const AGO = `now() - ($v * interval '1 day')`;

export async function datasetStatus(db: Client): Promise<'ready' | 'empty' | 'stale'> {
  const tenants = await db.query<{ id: string; name: string }>('SELECT id, name FROM tenant');
  if (tenants.rowCount === 0) return 'empty';
  if (tenants.rowCount !== 1 || tenants.rows[0].name !== TENANT_NAME) return 'stale';
  const { rows: [counts] } = await db.query<{ citizens: number; members: number; log: number }>(
    `SELECT (SELECT count(*)::int FROM citizen) AS citizens, (SELECT count(*)::int FROM team_member) AS members,
            (SELECT count(*)::int FROM access_log WHERE request_id LIKE 'bench-seed-%') AS log`,
  );
  return counts.citizens === TEAMS * CITIZENS_PER_TEAM && counts.members === TEAMS * MEMBERS_PER_TEAM && counts.log === ACCESS_LOG_ROWS
    ? 'ready'
    : 'stale';
}

async function generate(db: Client): Promise<Record<string, number>> {
  const prng = new Prng(SEED);
  const started = Date.now();
  const passwordHash = await hashPassword(PASSWORD); // once: argon2 is slow on purpose
  const tenantId = uuid(prng);
  await db.query('BEGIN');
  await db.query(`INSERT INTO tenant (id, name) VALUES ($1, $2)`, [tenantId, TENANT_NAME]);

  const users = rows(['id', 'email', 'name', 'role']);
  const teams = rows(['id', 'name']);
  const members = rows(['id', 'team_id', 'user_id', 'discipline', 'fte', 'is_team_leader', 'carries_caseload']);
  const citizens = rows(['id', 'team_id', 'name', 'cpr', 'status', 'status_reason', 'phone', 'street', 'postal_code', 'city', 'referred_days']);
  const exceptions = rows(['id', 'member_id', 'extra', 'reason', 'from_days', 'until_days', 'granted_by']);
  const assignments = rows(['id', 'citizen_id', 'member_id', 'started_days', 'ended_days', 'assigned_by', 'ended_by', 'end_reason']);
  const secondary = rows(['id', 'citizen_id', 'member_id', 'started_days']);
  const admissions = rows(['id', 'citizen_id', 'all_met', 'note', 'assessed_by', 'assessed_days']);

  const personName = () => `${prng.pick(FIRST)} ${prng.pick(LAST)}`;
  const { cprs, skipped: cprSkipped } = uniqueCprs(TEAMS * CITIZENS_PER_TEAM);
  push(users, { id: uuid(prng), email: STEERING_EMAIL, name: 'Styregruppe Bench', role: 'steering_group' });
  push(users, { id: uuid(prng), email: `admin@${EMAIL_DOMAIN}`, name: 'Admin Bench', role: 'admin' });

  /** Per team: citizens (by index) and the user ids who act in the access log. */
  const teamCitizens: string[][] = [];
  const teamUsers: string[][] = [];
  let waitingTotal = 0;
  let citizenIndex = 0;
  const bulk: BulkCitizen[] = [];
  for (let t = 0; t < TEAMS; t++) {
    const teamId = uuid(prng);
    push(teams, { id: teamId, name: teamName(t) });
    const fte = FTE_PATTERNS[t % FTE_PATTERNS.length];
    const disciplines = prng.shuffle(CARRIER_DISCIPLINES);
    const carriers: Array<{ id: string; capacity: number; load: number }> = [];
    let leaderUserId = '';
    const userIds: string[] = [];
    for (let i = 0; i < MEMBERS_PER_TEAM; i++) {
      const userId = uuid(prng);
      const leader = i === 0;
      const memberId = uuid(prng);
      userIds.push(userId);
      if (leader) leaderUserId = userId;
      push(users, { id: userId, email: leader ? leaderEmail(t) : memberEmail(t, i), name: personName(), role: leader ? 'team_leader' : 'team_member' });
      const memberFte = leader ? 1 : fte[i - 1];
      push(members, {
        id: memberId,
        team_id: teamId,
        user_id: userId,
        discipline: leader ? 'other' : disciplines[i - 1],
        fte: memberFte,
        is_team_leader: leader,
        carries_caseload: !leader,
      });
      if (!leader) carriers.push({ id: memberId, capacity: Math.floor(Math.round(memberFte * 100) / 10), load: 0 });
    }
    teamUsers.push(userIds);
    // A few caseload exceptions: every fourth team, one member may carry 1–2 more (in force today).
    if (t % 4 === 1) {
      const m = prng.pick(carriers);
      const extra = prng.int(1, 2);
      m.capacity += extra;
      push(exceptions, {
        id: uuid(prng), member_id: m.id, extra, reason: 'Midlertidig overbelægning under sygefravær i teamet',
        from_days: prng.int(3, 30), until_days: -prng.int(14, 60), granted_by: leaderUserId,
      });
    }
    const capacity = carriers.reduce((s, m) => s + m.capacity, 0);
    const assigned = Math.min(capacity - prng.int(0, 3), CITIZENS_PER_TEAM - 3);
    const waiting = Math.min(prng.int(3, 8), CITIZENS_PER_TEAM - assigned);
    const paused = prng.int(3, 7);
    waitingTotal += waiting;
    const ids: string[] = [];
    for (let c = 0; c < CITIZENS_PER_TEAM; c++) {
      const id = uuid(prng);
      ids.push(id);
      // Order: assigned (paused first), then waiting, then ended.
      const status = c < paused ? 'paused' : c < assigned ? 'active' : c < assigned + waiting ? 'referred' : 'ended';
      const referredDays = status === 'referred' ? prng.int(1, 60) : prng.int(200, 1500);
      const place = prng.pick(PLACES);
      push(citizens, {
        id, team_id: teamId, name: personName(), cpr: cprs[citizenIndex++], status,
        status_reason: status === 'paused' ? 'Indlagt' : status === 'ended' ? 'Flyttet fra kommunen' : null,
        phone: prng.chance(0.85) ? normaliseDanishPhone(`2${String(prng.int(0, 9_999_999)).padStart(7, '0')}`) : null,
        street: `${prng.pick(STREETS)} ${prng.int(1, 120)}`, postal_code: place[0], city: place[1],
        referred_days: referredDays,
      });
      const course: BulkCitizen = {
        idx: citizenIndex, citizen_id: id, team_idx: t, team_id: teamId, status, primary_member: null,
        carriers: carriers.map((x) => x.id), leader_user: leaderUserId, start_days: null, end_days: null,
      };
      bulk.push(course);
      if (status === 'active' || status === 'paused') {
        // Fill the member with most room (ties at random): stays within capacity by construction.
        const free = carriers.filter((m) => m.load < m.capacity);
        const most = Math.max(...free.map((m) => m.capacity - m.load));
        const m = prng.pick(free.filter((x) => x.capacity - x.load === most));
        m.load++;
        const since = prng.int(20, referredDays - 5);
        course.primary_member = m.id;
        course.start_days = Math.min(HISTORY_DAYS, since);
        if (prng.chance(0.25)) {
          course.start_days = Math.min(HISTORY_DAYS, referredDays - 3);
          const earlier = prng.pick(carriers.filter((x) => x.id !== m.id));
          push(assignments, {
            id: uuid(prng), citizen_id: id, member_id: earlier.id, started_days: referredDays - 3, ended_days: since,
            assigned_by: leaderUserId, ended_by: leaderUserId, end_reason: 'Ny primær kontaktperson',
          });
        }
        push(assignments, {
          id: uuid(prng), citizen_id: id, member_id: m.id, started_days: since, ended_days: null,
          assigned_by: leaderUserId, ended_by: null, end_reason: null,
        });
        for (const s of prng.shuffle(carriers.filter((x) => x.id !== m.id)).slice(0, prng.int(1, 2))) {
          push(secondary, { id: uuid(prng), citizen_id: id, member_id: s.id, started_days: since });
        }
      } else if (status === 'ended') {
        const ended = { id: uuid(prng), member: prng.pick(carriers).id, endedDays: prng.int(10, 190) };
        push(assignments, {
          id: ended.id, citizen_id: id, member_id: ended.member, started_days: referredDays - 3,
          ended_days: ended.endedDays, assigned_by: leaderUserId, ended_by: leaderUserId, end_reason: 'Forløbet er afsluttet',
        });
        course.primary_member = ended.member;
        course.start_days = Math.min(HISTORY_DAYS, referredDays - 3);
        course.end_days = ended.endedDays;
      }
      if (status !== 'referred' || prng.chance(0.7)) {
        push(admissions, {
          id: uuid(prng), citizen_id: id, all_met: status !== 'referred' || prng.chance(0.8),
          note: prng.chance(0.3) ? 'Vurderet ved første samtale' : null, assessed_by: leaderUserId,
          assessed_days: Math.max(0, referredDays - 2),
        });
      }
    }
    teamCitizens.push(ids);
  }

  await insert(db, 'app_user', [['id', 'uuid'], ['tenant_id', 'uuid'], ['email', 'text'], ['name', 'text'], ['role', 'user_role'], ['password_hash', 'text']],
    { ...users, tenant_id: users.id.map(() => tenantId), password_hash: users.id.map(() => passwordHash) });
  await insert(db, 'team', [['id', 'uuid'], ['tenant_id', 'uuid'], ['name', 'text']], { ...teams, tenant_id: teams.id.map(() => tenantId) });
  await insert(db, 'team_member',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['team_id', 'uuid'], ['user_id', 'uuid'], ['discipline', 'discipline'], ['fte', 'numeric'],
      ['is_team_leader', 'boolean'], ['carries_caseload', 'boolean']],
    { ...members, tenant_id: members.id.map(() => tenantId) });
  await insert(db, 'citizen',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['team_id', 'uuid'], ['name', 'text'], ['cpr', 'text'], ['status', 'citizen_status'],
      ['status_reason', 'text'], ['phone', 'text'], ['street', 'text'], ['postal_code', 'text'], ['city', 'text'],
      ['referred_at', 'float8', AGO], ['version', 'int']],
    { ...citizens, tenant_id: citizens.id.map(() => tenantId), referred_at: citizens.referred_days, version: citizens.id.map(() => 1) });
  // Exceptions before assignments: the capacity trigger counts those in force.
  const today = `(now() AT TIME ZONE 'Europe/Copenhagen')::date`;
  await insert(db, 'caseload_exception',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['member_id', 'uuid'], ['extra', 'int'], ['reason', 'text'],
      ['valid_from', 'int', `${today} - $v`], ['valid_until', 'int', `${today} - $v`], ['granted_by', 'uuid']],
    { ...exceptions, tenant_id: exceptions.id.map(() => tenantId), valid_from: exceptions.from_days, valid_until: exceptions.until_days });
  await insert(db, 'primary_assignment',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['citizen_id', 'uuid'], ['member_id', 'uuid'], ['started_at', 'float8', AGO],
      ['ended_at', 'float8', AGO], ['assigned_by', 'uuid'], ['ended_by', 'uuid'], ['end_reason', 'text']],
    { ...assignments, tenant_id: assignments.id.map(() => tenantId), started_at: assignments.started_days, ended_at: assignments.ended_days });
  await insert(db, 'secondary_contact',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['citizen_id', 'uuid'], ['member_id', 'uuid'], ['started_at', 'float8', AGO]],
    { ...secondary, tenant_id: secondary.id.map(() => tenantId), started_at: secondary.started_days });
  await insert(db, 'admission_assessment',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['citizen_id', 'uuid'], ['is_adult', 'boolean'], ['has_mental_illness', 'boolean'],
      ['has_substance_use', 'boolean'], ['not_held_by_ordinary_services', 'boolean'], ['wants_support', 'boolean'], ['note', 'text'],
      ['assessed_by', 'uuid'], ['assessed_at', 'float8', AGO]],
    {
      ...admissions, tenant_id: admissions.id.map(() => tenantId), is_adult: admissions.id.map(() => true),
      has_mental_illness: admissions.id.map(() => true), has_substance_use: admissions.all_met,
      not_held_by_ordinary_services: admissions.id.map(() => true), wants_support: admissions.id.map(() => true),
      assessed_at: admissions.assessed_days,
    });

  // The access log: six months of reads, mostly on weekdays in working hours.
  const OPS: Array<[string, number]> = [['citizen.list', 0.7], ['citizen.read', 0.25], ['citizen.update', 0.04], ['citizen.cpr.reveal', 0.01]];
  const log = rows(['tenant_id', 'occurred_at', 'actor_user_id', 'citizen_id', 'criterion', 'operation', 'purpose', 'request_id']);
  for (let i = 0; i < ACCESS_LOG_ROWS; i++) {
    const t = prng.int(0, TEAMS - 1);
    const day = prng.int(1, ACCESS_LOG_DAYS);
    // Seconds before the end of today: 7–17 h before a midnight = 07:00–17:00 (UTC) on an earlier day.
    const seconds = day * 86_400 + (7 + prng.next() * 10) * 3600;
    let r = prng.next();
    const op = OPS.find(([, p]) => (r -= p) < 0)?.[0] ?? 'citizen.read';
    push(log, {
      tenant_id: tenantId, occurred_at: seconds, actor_user_id: prng.pick(teamUsers[t]), citizen_id: prng.pick(teamCitizens[t]),
      criterion: op === 'citizen.list' ? `team:${String(teams.id[t])}` : null, operation: op,
      purpose: op === 'citizen.list' ? 'planning' : 'care',
      request_id: `bench-seed-${Math.floor(i / 20)}`,
    });
  }
  await insert(db, 'access_log',
    [['tenant_id', 'uuid'], ['occurred_at', 'float8', `date_trunc('day', now()) - ($v * interval '1 second') + interval '1 day'`],
      ['actor_user_id', 'uuid'], ['citizen_id', 'uuid'], ['criterion', 'text'], ['operation', 'text'], ['purpose', 'text'], ['request_id', 'text']],
    log, 25_000);
  // citizenIndex was advanced while pushing citizens: the bulk index is the position in `bulk`.
  bulk.forEach((c, i) => (c.idx = i));
  const big = await generateBulk(db, tenantId, bulk);
  await db.query('COMMIT');
  await db.query('ANALYZE');

  const counts = {
    teams: teams.id.length,
    users: users.id.length,
    members: members.id.length,
    citizens: citizens.id.length,
    openPrimaryContacts: assignments.ended_days.filter((d) => d === null).length,
    endedPrimaryContacts: assignments.ended_days.filter((d) => d !== null).length,
    waiting: waitingTotal,
    secondaryContacts: secondary.id.length,
    exceptions: exceptions.id.length,
    admissions: admissions.id.length,
    accessLog: log.tenant_id.length,
    cprSeedsSkipped: cprSkipped,
    ...big.counts,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  return { ...counts, bulkSeconds: big.seconds } as unknown as Record<string, number>;
}

async function main(): Promise<void> {
  const db = new Client({ connectionString: benchUrls().owner, application_name: 'act-bench-dataset' });
  await db.connect();
  try {
    const status = await datasetStatus(db);
    if (process.argv.includes('--status')) {
      console.log(status);
      return;
    }
    if (status === 'ready') {
      console.log(`dataset v${DATASET_VERSION} already in ${BENCH_DATABASE}; nothing to do (use --fresh to rebuild)`);
      return;
    }
    if (status === 'stale') throw new Error(`${BENCH_DATABASE} holds other data; rebuild it with npm run bench -- --fresh`);
    const counts = await generate(db);
    mkdirSync(dirname(MARKER), { recursive: true });
    writeFileSync(MARKER, `${JSON.stringify({ version: DATASET_VERSION, teams: TEAMS, visitsPerTeam: VISITS_PER_TEAM, database: BENCH_DATABASE, seed: SEED, createdAt: new Date().toISOString(), counts }, null, 2)}\n`);
    console.log(`dataset v${DATASET_VERSION} (${TEAMS} teams) generated in ${counts.seconds}s: ${Object.entries(counts).filter(([k]) => k !== 'seconds' && k !== 'bulkSeconds').map(([k, v]) => `${k}=${v}`).join(', ')}`);
    console.log(`  seconds per bulk step: ${Object.entries(counts.bulkSeconds as unknown as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('dataset:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
