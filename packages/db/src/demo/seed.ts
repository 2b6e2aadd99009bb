import type { DataSource, EntityManager } from 'typeorm';
import {
  AdmissionAssessment,
  AppUser,
  CaseloadException,
  Citizen,
  CitizenStatus,
  PrimaryAssignment,
  Role,
  SecondaryContact,
  Team,
  TeamMember,
  Tenant,
} from '../entities';
import { seedLifeAreas } from '../life-areas';
import { hashPassword } from '../password-hash';
import { generateDemoData, type DemoData } from './demo-data';
import { insertTeamActivity } from './seed-activity';
import { insertSteeringScheduling, insertTeamScheduling } from './seed-scheduling';
import { insertDemoNotifications } from './seed-notifications';
import { backdateDemoMembers, insertVisitHistory } from './seed-dashboard';
import { insertDemoStaffingHistory } from './seed-staffing';
import { insertDemoFidelity } from './seed-fidelity';
import { insertDemoReadiness } from './seed-readiness';
import { insertDemoAgreements } from './seed-agreements';
import { insertImplementation } from './seed-implementation';

export interface DemoSeedSummary {
  created: boolean;
  tenantId: string;
  teams: number;
  users: number;
  members: number;
  citizens: number;
  /** Open primary assignments. */
  primaryContacts: number;
  /** Citizens in the intake queue (referred, no primary contact). */
  waiting: number;
  /** Caseload exceptions. */
  exceptions: number;
  /** Citizens with an agreed ACT plan. */
  carePlans: number;
  visits: number;
  /** Team meetings (held and planned). */
  meetings: number;
  /** Recurring meetings: rhythms, supervision, sparring, evaluation days, steering meetings. */
  meetingSeries: number;
  meetingOccurrences: number;
  /** In-app notifications (past reminders; a few unread per user). */
  notifications: number;
}

export interface DemoSeedOptions {
  data?: DemoData;
  /**
   * The reference date the demo's relative days count from ("now" for the seed). The exception
   * must be in force on the database's today, or the capacity trigger refuses its extra citizen.
   */
  now?: Date;
}

/** The Copenhagen calendar date of `at`, moved by `plusDays`, as YYYY-MM-DD. */
export function copenhagenDate(at: Date, plusDays = 0): string {
  const ymd = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  const date = new Date(`${ymd}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10);
}

/** Transaction-scoped lock so two seeds started at once do not both insert. */
const SEED_LOCK_KEY = 727_001;

/**
 * Inserts the demo data into an (owner-role) transaction. Expects the tenant not to exist.
 * `now` is the reference date the demo's relative days count from.
 */
export async function insertDemoData(
  manager: EntityManager,
  data: DemoData,
  now: Date = new Date(),
): Promise<DemoSeedSummary> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const tenant = await manager.save(manager.create(Tenant, { name: data.tenantName }));
  const tenantId = tenant.id;
  await seedLifeAreas(manager, tenantId);
  const lifeAreaIds = new Map(
    (await manager.query<Array<{ id: string; code: string }>>('SELECT id, code FROM life_area WHERE tenant_id = $1', [tenantId])).map((a) => [a.code, a.id]),
  );

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
  let waiting = 0;
  let exceptions = 0;
  let carePlans = 0;
  let visits = 0;
  let meetings = 0;
  let meetingSeries = 0;
  let meetingOccurrences = 0;
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

    // Exceptions first: the capacity trigger counts those in force when an assignment is inserted.
    if (team.exceptions.length) {
      await manager.insert(
        CaseloadException,
        team.exceptions.map((e) => ({
          tenantId,
          memberId: memberId(e.email),
          extra: e.extra,
          reason: e.reason,
          validFrom: copenhagenDate(now, -e.validFromDaysAgo),
          validUntil: copenhagenDate(now, e.validUntilDaysAhead),
          grantedBy: leaderUserId,
          createdAt: daysAgo(e.validFromDaysAgo),
        })),
      );
    }

    const assignments = team.citizens.flatMap((c, i) =>
      [...c.previousPrimaryContacts, ...(c.primaryContact ? [c.primaryContact] : [])].map((p) => ({
        tenantId,
        citizenId: citizenIds[i],
        memberId: memberId(p.email),
        startedAt: daysAgo(p.startedDaysAgo),
        endedAt: p.endedDaysAgo === null ? null : daysAgo(p.endedDaysAgo),
        assignedBy: leaderUserId,
        endedBy: p.endedDaysAgo === null ? null : leaderUserId,
        endReason: p.endReason,
      })),
    );
    // The max-10 trigger checks every row; the generator stays within capacity (plus exceptions).
    if (assignments.length) await manager.insert(PrimaryAssignment, assignments);
    const secondary = team.citizens.flatMap((c, i) =>
      c.secondaryContacts.map((email) => ({
        tenantId,
        citizenId: citizenIds[i],
        memberId: memberId(email),
        startedAt: daysAgo(c.primaryContact?.startedDaysAgo ?? c.referredDaysAgo),
      })),
    );
    if (secondary.length) await manager.insert(SecondaryContact, secondary);
    const admissions = team.citizens.flatMap((c, i) =>
      c.admission
        ? [
            {
              ...c.admission,
              tenantId,
              citizenId: citizenIds[i],
              assessedBy: leaderUserId,
              // Assessed at intake: a day or two after the referral (and never in the future).
              assessedAt: daysAgo(Math.max(0, c.referredDaysAgo - 2)),
            },
          ]
        : [],
    );
    if (admissions.length) await manager.insert(AdmissionAssessment, admissions);

    const activity = await insertTeamActivity(manager, {
      tenantId,
      teamId,
      team,
      memberIds: team.members.map((m) => memberId(m.email)),
      memberUserIds: team.members.map((m) => userId(m.email)),
      citizenIds,
      leaderUserId,
      lifeAreaIds,
      now,
    });
    if (team.activity) {
      const scheduling = await insertTeamScheduling(manager, {
        tenantId,
        teamId,
        memberIds: team.members.map((m) => memberId(m.email)),
        leaderUserId,
        caseCitizenIds: citizenIds.filter((_, i) => team.citizens[i].status === CitizenStatus.Active),
        rhythm: team.activity.rhythm,
        now,
      });
      meetingSeries += scheduling.series;
      meetingOccurrences += scheduling.occurrences;
    }
    carePlans += activity.carePlans;
    visits += activity.visits;
    meetings += activity.meetings;

    members += team.members.length;
    citizens += team.citizens.length;
    primaryContacts += assignments.filter((a) => a.endedAt === null).length;
    waiting += team.citizens.filter((c) => c.status !== CitizenStatus.Ended && c.primaryContact === null).length;
    exceptions += team.exceptions.length;
  }
  const steeringUser = data.users.find((u) => u.role === Role.SteeringGroup);
  if (steeringUser) {
    const steering = await insertSteeringScheduling(manager, tenantId, userId(steeringUser.email), now);
    meetingSeries += steering.series;
    meetingOccurrences += steering.occurrences;
  }
  const notifications = await insertDemoNotifications(manager, tenantId, now);
  await backdateDemoMembers(manager, tenantId, now);
  await insertDemoStaffingHistory(manager, tenantId, now);
  visits += await insertVisitHistory(manager, tenantId, now);
  await insertDemoReadiness(manager, tenantId, now);
  await insertDemoAgreements(manager, tenantId, now);
  // After readiness and agreements, so the checklist can point to their records.
  if (steeringUser) await insertImplementation(manager, tenantId, userId(steeringUser.email), now);
  await insertDemoFidelity(manager, tenantId, now);
  return {
    created: true,
    tenantId,
    teams: data.teams.length,
    users: data.users.length,
    members,
    citizens,
    primaryContacts,
    waiting,
    exceptions,
    carePlans,
    visits,
    meetings,
    meetingSeries,
    meetingOccurrences,
    notifications,
  };
}

/**
 * Creates "Demo Kommune" unless it exists. Idempotent and safe to run concurrently. Needs a
 * DataSource on the owner role (BYPASSRLS): the demo spans tables before any tenant is set.
 */
export async function seedDemo(ds: DataSource, options: DemoSeedOptions = {}): Promise<DemoSeedSummary> {
  const data = options.data ?? generateDemoData();
  return ds.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const existing = await manager.findOne(Tenant, { where: { name: data.tenantName } });
    if (existing) {
      const [counts] = await manager.query<Array<Omit<DemoSeedSummary, 'created' | 'tenantId'>>>(
        `SELECT (SELECT count(*) FROM team WHERE tenant_id = $1)::int AS teams,
                (SELECT count(*) FROM app_user WHERE tenant_id = $1)::int AS users,
                (SELECT count(*) FROM team_member WHERE tenant_id = $1)::int AS members,
                (SELECT count(*) FROM citizen WHERE tenant_id = $1)::int AS citizens,
                (SELECT count(*) FROM primary_assignment WHERE tenant_id = $1 AND ended_at IS NULL)::int AS "primaryContacts",
                (SELECT count(*) FROM citizen c WHERE c.tenant_id = $1 AND c.status <> 'ended'
                   AND NOT EXISTS (SELECT 1 FROM primary_assignment p WHERE p.citizen_id = c.id AND p.ended_at IS NULL))::int AS waiting,
                (SELECT count(*) FROM caseload_exception WHERE tenant_id = $1)::int AS exceptions,
                (SELECT count(DISTINCT citizen_id) FROM care_plan_version WHERE tenant_id = $1 AND status = 'agreed')::int AS "carePlans",
                (SELECT count(*) FROM visit WHERE tenant_id = $1)::int AS visits,
                (SELECT count(*) FROM team_meeting WHERE tenant_id = $1)::int AS meetings,
                (SELECT count(*) FROM meeting_series WHERE tenant_id = $1)::int AS "meetingSeries",
                (SELECT count(*) FROM meeting_occurrence WHERE tenant_id = $1)::int AS "meetingOccurrences",
                (SELECT count(*) FROM notification WHERE tenant_id = $1)::int AS notifications`,
        [existing.id],
      );
      return { created: false, tenantId: existing.id, ...counts };
    }
    return insertDemoData(manager, data, options.now);
  });
}
