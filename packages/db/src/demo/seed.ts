import type { DataSource, EntityManager } from 'typeorm';
import { AppUser, Citizen, Team, TeamMember, Tenant } from '../entities';
import { hashPassword } from '../password-hash';
import { generateDemoData, type DemoData } from './demo-data';

export interface DemoSeedSummary {
  created: boolean;
  tenantId: string;
  teams: number;
  users: number;
  members: number;
  citizens: number;
}

/** Transaction-scoped lock so two seeds started at once do not both insert. */
const SEED_LOCK_KEY = 727_001;

/** Inserts the demo data into an (owner-role) transaction. Expects the tenant not to exist. */
export async function insertDemoData(manager: EntityManager, data: DemoData): Promise<DemoSeedSummary> {
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

  let members = 0;
  let citizens = 0;
  for (const team of data.teams) {
    const savedTeam = await manager.save(manager.create(Team, { tenantId, name: team.name }));
    await manager.insert(
      TeamMember,
      team.members.map((m) => {
        const userId = userIds.get(m.email);
        if (!userId) throw new Error(`Demo member without a user: ${m.email}`);
        return { tenantId, teamId: savedTeam.id, userId, discipline: m.discipline, fte: m.fte, isTeamLeader: m.isTeamLeader };
      }),
    );
    await manager.insert(
      Citizen,
      team.citizens.map((c) => ({ ...c, tenantId, teamId: savedTeam.id })),
    );
    members += team.members.length;
    citizens += team.citizens.length;
  }
  return { created: true, tenantId, teams: data.teams.length, users: data.users.length, members, citizens };
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
                (SELECT count(*) FROM citizen WHERE tenant_id = $1)::int AS citizens`,
        [existing.id],
      )) as Array<{ teams: number; users: number; members: number; citizens: number }>;
      return { created: false, tenantId: existing.id, ...counts! };
    }
    return insertDemoData(manager, data);
  });
}
