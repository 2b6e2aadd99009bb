import type { DataSource, EntityManager } from 'typeorm';
import { AdmissionAssessment, AppUser, Citizen, PrimaryAssignment, SecondaryContact, Team, TeamMember, Tenant } from '../entities';
import { hashPassword } from '../password-hash';
import { generateDemoData, type DemoData } from './demo-data';

export interface DemoSeedSummary {
  created: boolean;
  tenantId: string;
  teams: number;
  users: number;
  members: number;
  citizens: number;
  primaryContacts: number;
}

/** Transaction-scoped lock so two seeds started at once do not both insert. */
const SEED_LOCK_KEY = 727_001;

/** Inserts the demo data into an (owner-role) transaction. Expects the tenant not to exist. */
export async function insertDemoData(
  manager: EntityManager,
  data: DemoData,
  now: Date = new Date(),
): Promise<DemoSeedSummary> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const tenant = await manager.save(manager.create(Tenant, { name: data.tenantName }));
  const tenantId = tenant.id;

  // One hash per user (own salt), as real accounts would have.
  const userIds = new Map<string, string>();
  for (const user of data.users) {
    const saved = await manager.save(
      manager.create(AppUser, {
        tenantId,
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await hashPassword(data.password),
      }),
    );
    userIds.set(user.email, saved.id);
  }

  const userId = (email: string) => {
    const id = userIds.get(email);
    if (!id) throw new Error(`Demo member without a user: ${email}`);
    return id;
  };

  let members = 0;
  let citizens = 0;
  let primaryContacts = 0;
  for (const team of data.teams) {
    const teamId = (await manager.save(manager.create(Team, { tenantId, name: team.name }))).id;
    const memberIds = new Map<string, string>();
    for (const m of team.members) {
      const saved = await manager.save(
        manager.create(TeamMember, {
          tenantId,
          teamId,
          userId: userId(m.email),
          discipline: m.discipline,
          fte: m.fte,
          isTeamLeader: m.isTeamLeader,
          carriesCaseload: m.carriesCaseload,
        }),
      );
      memberIds.set(m.email, saved.id);
    }
    const memberId = (email: string) => memberIds.get(email)!;
    const leaderUserId = userId(team.members.find((m) => m.isTeamLeader)!.email);

    const inserted = await manager.insert(
      Citizen,
      team.citizens.map((c) => ({
        tenantId,
        teamId,
        name: c.name,
        cpr: c.cpr,
        status: c.status,
        statusReason: c.statusReason,
        phone: c.phone,
        email: c.email,
        street: c.street,
        postalCode: c.postalCode,
        city: c.city,
        accessNote: c.accessNote,
        referredAt: daysAgo(c.referredDaysAgo),
      })),
    );
    const citizenIds = inserted.identifiers.map((row) => row.id as string);

    const assignments = team.citizens.flatMap((c, i) =>
      c.primaryContact
        ? [
            {
              tenantId,
              citizenId: citizenIds[i]!,
              memberId: memberId(c.primaryContact.email),
              startedAt: daysAgo(c.primaryContact.startedDaysAgo),
              endedAt: c.primaryContact.endedDaysAgo === null ? null : daysAgo(c.primaryContact.endedDaysAgo),
              assignedBy: leaderUserId,
              endedBy: c.primaryContact.endedDaysAgo === null ? null : leaderUserId,
              endReason: c.primaryContact.endReason,
            },
          ]
        : [],
    );
    // The max-10 trigger checks every row; the generator stays within capacity.
    if (assignments.length) await manager.insert(PrimaryAssignment, assignments);
    const secondary = team.citizens.flatMap((c, i) =>
      c.secondaryContacts.map((email) => ({
        tenantId,
        citizenId: citizenIds[i]!,
        memberId: memberId(email),
        startedAt: daysAgo(c.primaryContact?.startedDaysAgo ?? c.referredDaysAgo),
      })),
    );
    if (secondary.length) await manager.insert(SecondaryContact, secondary);
    const admissions = team.citizens.flatMap((c, i) =>
      c.admitted
        ? [
            {
              tenantId,
              citizenId: citizenIds[i]!,
              isAdult: true,
              hasMentalIllness: true,
              hasSubstanceUse: true,
              notHeldByOrdinaryServices: true,
              wantsSupport: true,
              note: null,
              assessedBy: leaderUserId,
            },
          ]
        : [],
    );
    if (admissions.length) await manager.insert(AdmissionAssessment, admissions);

    members += team.members.length;
    citizens += team.citizens.length;
    primaryContacts += assignments.filter((a) => a.endedAt === null).length;
  }
  return { created: true, tenantId, teams: data.teams.length, users: data.users.length, members, citizens, primaryContacts };
}

/**
 * Creates "Demo Kommune" unless it exists. Idempotent and safe to run concurrently. Needs a
 * DataSource on the owner role (BYPASSRLS): the demo spans tables before any tenant is set.
 */
export async function seedDemo(ds: DataSource, data: DemoData = generateDemoData()): Promise<DemoSeedSummary> {
  return ds.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const existing = await manager.findOne(Tenant, { where: { name: data.tenantName } });
    if (existing) {
      const [counts] = (await manager.query(
        `SELECT (SELECT count(*) FROM team WHERE tenant_id = $1)::int AS teams,
                (SELECT count(*) FROM app_user WHERE tenant_id = $1)::int AS users,
                (SELECT count(*) FROM team_member WHERE tenant_id = $1)::int AS members,
                (SELECT count(*) FROM citizen WHERE tenant_id = $1)::int AS citizens,
                (SELECT count(*) FROM primary_assignment WHERE tenant_id = $1 AND ended_at IS NULL)::int AS "primaryContacts"`,
        [existing.id],
      )) as Array<Omit<DemoSeedSummary, 'created' | 'tenantId'>>;
      return { created: false, tenantId: existing.id, ...counts! };
    }
    return insertDemoData(manager, data);
  });
}
