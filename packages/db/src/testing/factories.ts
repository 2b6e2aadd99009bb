/**
 * Test factories. Everything here writes with the OWNER role (BYPASSRLS), so tests can arrange
 * data for several tenants; tests then act as the application role to check what it may see.
 * Not part of the package build; import via a relative path (or `@act/db/testing` in jest).
 */
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { fictionalCpr } from '@act/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { databaseUrls, type DatabaseUrls } from '../config';
import { createDataSource } from '../data-source';
import { AccessLogEntry, AppUser, Citizen, CitizenStatus, Discipline, Role, Team, TeamMember, Tenant, UserSession, Visit, VisitMember, VisitOutcome, VisitPlace } from '../entities';
import { seedLifeAreas } from '../life-areas';
import { hashPassword } from '../password-hash';

/** Strong enough for the app's password policy (≥ 12 chars, not a common password). */
export const TEST_PASSWORD = 'Korrekt-Hest-Batteri-42';

type Db = DataSource | EntityManager;

function managerOf(db: Db): EntityManager {
  return 'manager' in db ? db.manager : db;
}

/** URLs for the test database (`ACT_TEST_DATABASE`, default `act_test`). */
export function testDatabaseUrls(env: NodeJS.ProcessEnv = process.env): DatabaseUrls {
  return databaseUrls({ ...env, ACT_DATABASE: env.ACT_TEST_DATABASE ?? 'act_test' });
}

let owner: Promise<DataSource> | undefined;

/** One owner-role DataSource per test file (jest isolates module state per file). */
export function ownerDataSource(): Promise<DataSource> {
  owner ??= (async () => {
    const ds = createDataSource({ url: testDatabaseUrls().owner, poolSize: 3, applicationName: 'act-test-owner' });
    await ds.initialize();
    return ds;
  })();
  return owner;
}

/** Call from afterAll so jest can exit. */
export async function closeOwnerDataSource(): Promise<void> {
  const pending = owner;
  owner = undefined;
  if (pending) await (await pending).destroy();
}

let passwordHash: Promise<string> | undefined;
/** argon2id is deliberately slow: hash the test password once per test file. */
export function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

/** A short random suffix for unique names and e-mails. */
export function shortId(): string {
  return randomBytes(5).toString('hex');
}

const cprsUsed = new Map<string, Set<string>>();
/** A fictional CPR number, unique within the tenant (within this test process). */
export function uniqueFictionalCpr(tenantId: string): string {
  let used = cprsUsed.get(tenantId);
  if (!used) cprsUsed.set(tenantId, (used = new Set()));
  for (;;) {
    const cpr = fictionalCpr(randomInt(1, 2 ** 31 - 1));
    if (!used.has(cpr)) {
      used.add(cpr);
      return cpr;
    }
  }
}

/** A tenant with the default life areas (they are data per tenant, as in production). */
export async function createTenant(db: Db, name = `Testkommune ${shortId()}`): Promise<Tenant> {
  const manager = managerOf(db);
  const tenant = await manager.save(manager.create(Tenant, { name }));
  await seedLifeAreas(manager, tenant.id);
  return tenant;
}

export async function createTeam(db: Db, tenantId: string, name = `ACT-team ${shortId()}`): Promise<Team> {
  const manager = managerOf(db);
  return manager.save(manager.create(Team, { tenantId, name }));
}

export interface UserOverrides extends Partial<Omit<AppUser, 'tenantId'>> {
  /** Plain password to hash instead of the shared test password hash. */
  password?: string;
}

export async function createUser(db: Db, tenantId: string, overrides: UserOverrides = {}): Promise<AppUser> {
  const manager = managerOf(db);
  const { password, ...fields } = overrides;
  const role = fields.role ?? Role.TeamMember;
  const hash = password !== undefined ? await hashPassword(password) : await testPasswordHash();
  return manager.save(
    manager.create(AppUser, {
      email: `${role.replace('_', '-')}-${shortId()}@test.dk`,
      name: `Test ${role} ${shortId()}`,
      passwordHash: hash,
      ...fields,
      role,
      tenantId,
    }),
  );
}

export interface MemberOverrides {
  discipline?: Discipline;
  fte?: number;
  isTeamLeader?: boolean;
}

export async function addTeamMember(
  db: Db,
  tenantId: string,
  teamId: string,
  userId: string,
  overrides: MemberOverrides = {},
): Promise<TeamMember> {
  const manager = managerOf(db);
  return manager.save(
    manager.create(TeamMember, {
      discipline: Discipline.SocialPedagogy,
      fte: 1,
      isTeamLeader: false,
      ...overrides,
      tenantId,
      teamId,
      userId,
    }),
  );
}

export async function createCitizen(
  db: Db,
  tenantId: string,
  teamId: string,
  overrides: Partial<Omit<Citizen, 'tenantId' | 'teamId'>> = {},
): Promise<Citizen> {
  const manager = managerOf(db);
  return manager.save(
    manager.create(Citizen, {
      name: `Testborger ${shortId()}`,
      cpr: uniqueFictionalCpr(tenantId),
      status: CitizenStatus.Active,
      statusReason: null,
      phone: '+4520000000',
      email: null,
      street: 'Testvej 1',
      postalCode: '8600',
      city: 'Silkeborg',
      accessNote: null,
      ...overrides,
      tenantId,
      teamId,
    }),
  );
}

export function sessionTokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export interface SessionOverrides {
  lastSeenAt?: Date;
  expiresAt?: Date;
  endedAt?: Date | null;
}

/** A server-side session; returns the raw cookie token (only its SHA-256 is stored). */
export async function createSession(
  db: Db,
  tenantId: string,
  userId: string,
  overrides: SessionOverrides = {},
): Promise<{ session: UserSession; token: string }> {
  const manager = managerOf(db);
  const token = randomBytes(32).toString('base64url');
  const session = await manager.save(
    manager.create(UserSession, {
      tenantId,
      userId,
      tokenHash: sessionTokenHash(token),
      lastSeenAt: overrides.lastSeenAt ?? new Date(),
      expiresAt: overrides.expiresAt ?? new Date(Date.now() + 8 * 3600_000),
      endedAt: overrides.endedAt ?? null,
    }),
  );
  return { session, token };
}

export async function createAccessLogEntry(
  db: Db,
  tenantId: string,
  fields: Partial<Omit<AccessLogEntry, 'id' | 'tenantId'>> = {},
): Promise<AccessLogEntry> {
  const manager = managerOf(db);
  return manager.save(
    manager.create(AccessLogEntry, {
      operation: 'citizen.read',
      requestId: randomUUID(),
      actorUserId: null,
      citizenId: null,
      criterion: null,
      purpose: 'care',
      ...fields,
      tenantId,
    }),
  );
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
export interface TestMember extends TestUser {
  memberId: string;
  teamId: string;
}
export interface TestCitizen {
  id: string;
  teamId: string;
  name: string;
  cpr: string;
}

export interface TestTenant {
  tenantId: string;
  tenantName: string;
  /** The plain password of every user below. */
  password: string;
  team: { id: string; name: string };
  otherTeam: { id: string; name: string };
  admin: TestUser;
  steeringGroup: TestUser;
  /** Team leader of `team` (social_pedagogy, 1.0). */
  leader: TestMember;
  /** Team member on `team` (nursing, 0.8). */
  member: TestMember;
  /** Team member on `otherTeam` (social_pedagogy, 1.0). */
  otherMember: TestMember;
  /** A citizen on `team`. */
  citizen: TestCitizen;
  /** A citizen on `otherTeam`. */
  otherCitizen: TestCitizen;
}

export interface CreateTestTenantOptions {
  name?: string;
  /** Defaults to `ownerDataSource()`. Must be an owner-role (BYPASSRLS) connection. */
  db?: Db;
}

/** A fresh tenant with two teams, one user per role, members and a citizen on each team. */
export async function createTestTenant(options: CreateTestTenantOptions = {}): Promise<TestTenant> {
  const db = options.db ?? (await ownerDataSource());
  await testPasswordHash();
  const run = async (m: EntityManager): Promise<TestTenant> => {
    const tenant = await createTenant(m, options.name);
    const team = await createTeam(m, tenant.id, `ACT-team ${shortId()}`);
    const otherTeam = await createTeam(m, tenant.id, `ACT-team ${shortId()}`);
    const user = async (prefix: string, role: Role): Promise<TestUser> => {
      const u = await createUser(m, tenant.id, { role, email: `${prefix}-${shortId()}@test.dk`, name: `Test ${prefix}` });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    const member = async (u: TestUser, teamId: string, o: MemberOverrides): Promise<TestMember> => {
      const tm = await addTeamMember(m, tenant.id, teamId, u.id, o);
      return { ...u, memberId: tm.id, teamId };
    };
    const citizen = async (teamId: string): Promise<TestCitizen> => {
      const c = await createCitizen(m, tenant.id, teamId);
      return { id: c.id, teamId, name: c.name, cpr: c.cpr };
    };
    const admin = await user('admin', Role.Admin);
    const steeringGroup = await user('styregruppe', Role.SteeringGroup);
    const leader = await member(await user('leder', Role.TeamLeader), team.id, {
      discipline: Discipline.SocialPedagogy,
      fte: 1,
      isTeamLeader: true,
    });
    const teamMember = await member(await user('medarbejder', Role.TeamMember), team.id, {
      discipline: Discipline.Nursing,
      fte: 0.8,
    });
    const otherMember = await member(await user('medarbejder', Role.TeamMember), otherTeam.id, {
      discipline: Discipline.SocialPedagogy,
      fte: 1,
    });
    return {
      tenantId: tenant.id,
      tenantName: tenant.name,
      password: TEST_PASSWORD,
      team: { id: team.id, name: team.name },
      otherTeam: { id: otherTeam.id, name: otherTeam.name },
      admin,
      steeringGroup,
      leader,
      member: teamMember,
      otherMember,
      citizen: await citizen(team.id),
      otherCitizen: await citizen(otherTeam.id),
    };
  };
  // A DataSource gets its own transaction; a given EntityManager is used as is (caller's transaction).
  return 'manager' in db ? db.transaction(run) : run(db);
}

export interface VisitFixture {
  citizenId: string;
  memberIds: string[];
  start: Date;
  /** Default: start + 1 hour. */
  end?: Date;
  placeKind?: VisitPlace;
  placeText?: string | null;
  purpose?: string | null;
  /** Logged outcome; `done` defaults to 60 minutes face to face. */
  outcome?: VisitOutcome | null;
  actualMinutes?: number | null;
  faceToFace?: boolean | null;
}

/** A visit with its members (owner role). Returns the visit id. */
export async function createVisit(db: Db, tenantId: string, fixture: VisitFixture): Promise<string> {
  const manager = managerOf(db);
  const done = fixture.outcome === VisitOutcome.Done;
  const logged = Boolean(fixture.outcome);
  const visit = await manager.save(
    manager.create(Visit, {
      tenantId,
      citizenId: fixture.citizenId,
      seriesId: null,
      seriesDate: null,
      plannedStart: fixture.start,
      plannedEnd: fixture.end ?? new Date(fixture.start.getTime() + 3_600_000),
      placeKind: fixture.placeKind ?? VisitPlace.Home,
      placeText: fixture.placeText ?? null,
      purpose: fixture.purpose ?? null,
      goalId: null,
      outcome: fixture.outcome ?? null,
      actualMinutes: fixture.actualMinutes ?? (done ? 60 : null),
      faceToFace: fixture.faceToFace ?? (done ? true : null),
      networkTookPart: logged ? false : null,
      outcomeNote: null,
      outcomeLoggedAt: logged ? new Date() : null,
      outcomeLoggedBy: null,
      createdBy: null,
    }),
  );
  if (fixture.memberIds.length) {
    await manager.insert(
      VisitMember,
      fixture.memberIds.map((memberId) => ({ visitId: visit.id, memberId, tenantId })),
    );
  }
  return visit.id;
}

/**
 * A first plan version with one goal, agreed (owner role; goals can only be added to a draft).
 * Returns the goal's id and key.
 */
export async function createAgreedPlanGoal(db: Db, tenantId: string, citizenId: string): Promise<{ goalId: string; goalKey: string; versionId: string }> {
  const manager = managerOf(db);
  const [version] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO care_plan_version (tenant_id, citizen_id, number, citizen_words)
     VALUES ($1, $2, COALESCE((SELECT max(number) FROM care_plan_version WHERE citizen_id = $2), 0) + 1, 'Testplan')
     RETURNING id`,
    [tenantId, citizenId],
  );
  const [goal] = await manager.query<Array<{ id: string; goal_key: string }>>(
    `INSERT INTO care_plan_goal (tenant_id, version_id, goal_key, life_area_id, citizen_words, position)
     SELECT $1, $2, gen_random_uuid(), a.id, 'Et testmål', 1 FROM life_area a WHERE a.tenant_id = $1 ORDER BY a.sort_order LIMIT 1
     RETURNING id, goal_key`,
    [tenantId, version.id],
  );
  await manager.query(
    `UPDATE care_plan_version SET status = 'agreed', agreed_on = CURRENT_DATE, agreed_how = 'meeting', participants = 'Borgeren' WHERE id = $1`,
    [version.id],
  );
  return { goalId: goal.id, goalKey: goal.goal_key, versionId: version.id };
}
