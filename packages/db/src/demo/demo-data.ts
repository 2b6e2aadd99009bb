/**
 * Deterministic demo data for the fictional "Demo Kommune": two ACT teams with realistic
 * rosters and about 60 citizens. Every person is invented: names are random combinations of
 * common Danish names, CPR numbers come from `fictionalCpr` (numbers no real person can have).
 * Pure function of the seed — no Math.random, no clock — so every run gives the same data.
 * Dates are days relative to a reference date that the seed passes in (`insertDemoData`).
 *
 * Caseloads: every active or paused citizen has one primary contact who carries a caseload;
 * everyone is within floor(10 × FTE) except one support worker in ACT-team Nord, who is one
 * over under a reasoned, time-limited exception (so the leader's rebalancing has work to show);
 * a few citizens have an earlier, ended primary contact (continuity history); 4–6 referred
 * citizens wait in the intake queue, most with their admission criteria recorded.
 */
import { Prng, fictionalCpr, normaliseDanishPhone, type Sex } from '@act/domain';
import { CitizenStatus, Discipline, Role } from '../entities/enums';
import {
  ACCESS_NOTES,
  END_REASONS,
  FEMALE_FIRST_NAMES,
  FLOORS,
  HANDOVER_REASONS,
  INTAKE_NOTES,
  MALE_FIRST_NAMES,
  NORTH_PLACES,
  PAUSE_REASONS,
  REFUSED_NAMES,
  SOUTH_PLACES,
  STREETS,
  SURNAMES,
  emailLocalPart,
  type Place,
} from './names';
import { generateTeamActivity, type DemoTeamActivity } from './activity';

export const DEMO_TENANT_NAME = 'Demo Kommune';
export const DEMO_PASSWORD = 'demo-demo-demo';
export const DEMO_SEED = 20_261_127;
export const DEMO_EMAIL_DOMAIN = 'demo.dk';

/** One login per role. */
export const DEMO_LOGINS = {
  admin: 'admin@demo.dk',
  teamLeader: 'leder@demo.dk',
  teamMember: 'medarbejder@demo.dk',
  steeringGroup: 'styregruppe@demo.dk',
} as const;

export const DEMO_TEAM_NORTH = 'ACT-team Nord';
export const DEMO_TEAM_SOUTH = 'ACT-team Syd';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
}

export interface DemoMembership {
  /** The user's e-mail (the key into `DemoData.users`). */
  email: string;
  discipline: Discipline;
  fte: number;
  isTeamLeader: boolean;
  /** False for members who are never primary contact (leader, psychiatrist, caseworker). */
  carriesCaseload: boolean;
  /** Danish job title, for display in demos. */
  title: string;
}

/** A primary-contact period. Days are relative to the moment of seeding (no clock here). */
export interface DemoPrimaryContact {
  /** The member's e-mail. */
  email: string;
  startedDaysAgo: number;
  endedDaysAgo: number | null;
  endReason: string | null;
}

/** The ACT admission criteria as recorded at intake. */
export interface DemoAdmission {
  isAdult: boolean;
  hasMentalIllness: boolean;
  hasSubstanceUse: boolean;
  notHeldByOrdinaryServices: boolean;
  wantsSupport: boolean;
  note: string | null;
}

/** A team leader's time-limited "+extra" for one member; in force on the reference date. */
export interface DemoCaseloadException {
  /** The member's e-mail. */
  email: string;
  extra: number;
  reason: string;
  /** valid_from = reference date − this many days (Copenhagen dates). */
  validFromDaysAgo: number;
  /** valid_until (inclusive) = reference date + this many days. */
  validUntilDaysAhead: number;
}

export interface DemoCitizen {
  name: string;
  cpr: string;
  status: CitizenStatus;
  statusReason: string | null;
  phone: string | null;
  email: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  accessNote: string | null;
  referredDaysAgo: number;
  /** Current (or, for an ended course, last) primary contact; null while waiting for one. */
  primaryContact: DemoPrimaryContact | null;
  /** Earlier primary contacts, all ended, oldest first (continuity history). */
  previousPrimaryContacts: DemoPrimaryContact[];
  /** E-mails of other members who know the citizen well. */
  secondaryContacts: string[];
  /** Admission criteria recorded by the team leader; null if not yet assessed. */
  admission: DemoAdmission | null;
}

export interface DemoTeam {
  name: string;
  members: DemoMembership[];
  citizens: DemoCitizen[];
  /** Caseload exceptions; insert them before the primary assignments they allow. */
  exceptions: DemoCaseloadException[];
  /** Plans, visits, meetings, board and function descriptions (see activity.ts). */
  activity: DemoTeamActivity | null;
}

export interface DemoData {
  tenantName: string;
  password: string;
  users: DemoUser[];
  teams: DemoTeam[];
}

interface TeamSpec {
  name: string;
  places: readonly Place[];
  citizens: number;
  paused: number;
  referred: number;
  ended: number;
  /** Fixed people (the demo logins) in this team. */
  leader?: { email: string; name: string };
  supportWorker?: { email: string; name: string };
  /** One support worker (not the demo login) carries one citizen above capacity under an exception. */
  withException?: boolean;
  /** How many active citizens have an earlier, ended primary contact. */
  handovers: number;
}

const TEAM_SPECS: readonly TeamSpec[] = [
  {
    name: DEMO_TEAM_NORTH,
    places: NORTH_PLACES,
    citizens: 31,
    paused: 2,
    referred: 3,
    ended: 1,
    leader: { email: DEMO_LOGINS.teamLeader, name: 'Hanne Bisgaard' },
    supportWorker: { email: DEMO_LOGINS.teamMember, name: 'Rune Kjeldsen' },
    withException: true,
    handovers: 3,
  },
  { name: DEMO_TEAM_SOUTH, places: SOUTH_PLACES, citizens: 29, paused: 1, referred: 2, ended: 1, handovers: 2 },
];

const FIXED_USERS: readonly DemoUser[] = [
  { email: DEMO_LOGINS.admin, name: 'Susanne Ebbesen', role: Role.Admin },
  { email: DEMO_LOGINS.steeringGroup, name: 'Henrik Gregersen', role: Role.SteeringGroup },
];

class NameSource {
  private readonly used = new Set<string>();

  constructor(reserved: readonly string[]) {
    for (const name of reserved) this.used.add(name);
  }

  /** A fresh "Fornavn Efternavn" of the given sex, unique within the demo and never a famous name. */
  next(prng: Prng, sex: Sex): { first: string; full: string } {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const first = prng.pick(sex === 'female' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      const surname = prng.pick(SURNAMES);
      // A middle surname now and then, as many Danes have.
      const middle = prng.chance(0.2) ? `${prng.pick(SURNAMES)} ` : '';
      const full = `${first} ${middle}${surname}`;
      if (middle === `${surname} ` || this.used.has(full) || REFUSED_NAMES.has(full)) continue;
      if (REFUSED_NAMES.has(`${first} ${surname}`)) continue;
      this.used.add(full);
      return { first, full };
    }
    throw new Error('Ran out of demo names');
  }
}

function sexOf(prng: Prng): Sex {
  return prng.chance(0.5) ? 'female' : 'male';
}

function buildRoster(prng: Prng, names: NameSource, spec: TeamSpec, users: DemoUser[]): DemoMembership[] {
  const members: DemoMembership[] = [];
  const add = (
    person: { email: string; name: string } | undefined,
    role: Role,
    discipline: Discipline,
    fte: number,
    title: string,
    isTeamLeader = false,
  ): void => {
    let who = person;
    if (!who) {
      const name = names.next(prng, sexOf(prng)).full;
      who = { name, email: `${emailLocalPart(name)}@${DEMO_EMAIL_DOMAIN}` };
    }
    users.push({ email: who.email, name: who.name, role });
    const carriesCaseload = !isTeamLeader && discipline !== Discipline.Psychiatry && discipline !== Discipline.Casework;
    members.push({ email: who.email, discipline, fte, isTeamLeader, carriesCaseload, title });
  };

  add(spec.leader, Role.TeamLeader, Discipline.SocialPedagogy, 1, 'Teamleder', true);
  add(undefined, Role.TeamMember, Discipline.Psychiatry, prng.pick([0.3, 0.4]), 'Psykiater');
  add(undefined, Role.TeamMember, Discipline.Nursing, prng.pick([0.8, 1]), 'Sygeplejerske');
  add(undefined, Role.TeamMember, Discipline.SubstanceAbuse, 1, 'Misbrugskonsulent');
  add(undefined, Role.TeamMember, Discipline.Employment, prng.pick([0.5, 0.8, 1]), 'Beskæftigelseskonsulent');
  add(undefined, Role.TeamMember, Discipline.Casework, prng.pick([0.4, 0.5]), 'Sagsbehandler');
  const supportWorkers = prng.int(3, 4);
  for (let i = 0; i < supportWorkers; i++) {
    const fixed = i === 0 ? spec.supportWorker : undefined;
    const fte = fixed ? 1 : prng.pick([1, 1, 0.8]);
    add(fixed, Role.TeamMember, Discipline.SocialPedagogy, fte, 'Bostøttemedarbejder (socialpædagog)');
  }
  if (prng.chance(0.6)) add(undefined, Role.TeamMember, Discipline.Peer, 0.5, 'Peer-medarbejder');
  return members;
}

function phoneNumber(prng: Prng): string {
  const digits = `2${String(prng.int(0, 9_999_999)).padStart(7, '0')}`;
  return normaliseDanishPhone(digits)!;
}

function buildCitizens(prng: Prng, names: NameSource, spec: TeamSpec, cprs: Set<string>): DemoCitizen[] {
  const statuses: CitizenStatus[] = [
    ...Array<CitizenStatus>(spec.ended).fill(CitizenStatus.Ended),
    ...Array<CitizenStatus>(spec.paused).fill(CitizenStatus.Paused),
    ...Array<CitizenStatus>(spec.referred).fill(CitizenStatus.Referred),
  ];
  while (statuses.length < spec.citizens) statuses.push(CitizenStatus.Active);

  const citizens: DemoCitizen[] = [];
  for (const status of prng.shuffle(statuses)) {
    const sex = sexOf(prng);
    const { first, full } = names.next(prng, sex);
    let cpr: string;
    do cpr = fictionalCpr(prng.int(1, 0x7fffffff), { sex });
    while (cprs.has(cpr));
    cprs.add(cpr);

    const hasAddress = prng.chance(status === CitizenStatus.Ended ? 0.5 : 0.95);
    const place = prng.pick(spec.places);
    const floor = prng.chance(0.5) ? `, ${prng.pick(FLOORS)}` : '';
    citizens.push({
      name: full,
      cpr,
      status,
      statusReason:
        status === CitizenStatus.Ended
          ? prng.pick(END_REASONS)
          : status === CitizenStatus.Paused
            ? prng.pick(PAUSE_REASONS)
            : null,
      phone: prng.chance(0.85) ? phoneNumber(prng) : null,
      email: prng.chance(0.2) ? `${emailLocalPart(first)}${prng.int(10, 99)}@example.net` : null,
      street: hasAddress ? `${prng.pick(STREETS)} ${prng.int(1, 120)}${floor}` : null,
      postalCode: hasAddress ? place.postalCode : null,
      city: hasAddress ? place.city : null,
      accessNote: hasAddress && prng.chance(0.3) ? prng.pick(ACCESS_NOTES) : null,
      referredDaysAgo:
        status === CitizenStatus.Referred ? prng.int(2, 20) : status === CitizenStatus.Ended ? prng.int(400, 1000) : prng.int(60, 900),
      primaryContact: null,
      previousPrimaryContacts: [],
      secondaryContacts: [],
      admission: status === CitizenStatus.Referred ? null : ALL_MET,
    });
  }
  return citizens.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

const ALL_MET: DemoAdmission = {
  isAdult: true,
  hasMentalIllness: true,
  hasSubstanceUse: true,
  notHeldByOrdinaryServices: true,
  wantsSupport: true,
  note: null,
};

/** floor(10 × FTE), robust to binary fractions (0.3 × 10 = 3.0000000000000004). */
export function primaryCapacity(member: DemoMembership): number {
  return member.carriesCaseload ? Math.floor(member.fte * 10 + 1e-9) : 0;
}

/** The one member allowed above capacity: the second support worker (not the demo login). */
function exceptionFor(prng: Prng, team: DemoTeam, users: readonly DemoUser[]): DemoCaseloadException {
  const supportWorkers = team.members.filter((m) => m.discipline === Discipline.SocialPedagogy && !m.isTeamLeader);
  const member = supportWorkers[1];
  const firstName = users.find((u) => u.email === member.email)!.name.split(' ')[0];
  return {
    email: member.email,
    extra: 1,
    reason: `Borgeren kender kun ${firstName}; overdragelse planlagt efter ferien`,
    validFromDaysAgo: prng.int(7, 14),
    validUntilDaysAhead: prng.int(19, 23),
  };
}

/**
 * Primary contacts within the max-10 rule: support workers carry most citizens, the others a few.
 * Active and paused citizens have one; referred citizens wait; an ended course keeps its last one,
 * closed. A member under an exception gets exactly capacity + extra (first, so the rest is spread
 * over the others, each within their base capacity).
 */
function assignContacts(prng: Prng, team: DemoTeam, handovers: number): void {
  const carriers = team.members.filter((m) => m.carriesCaseload);
  const load = new Map(carriers.map((m) => [m.email, 0]));
  const weight = (m: DemoMembership) => (m.discipline === Discipline.SocialPedagogy ? 4 : 1);
  const exception = team.exceptions[0];
  const reserved = new Map<DemoCitizen, DemoMembership>();
  if (exception) {
    const member = carriers.find((m) => m.email === exception.email)!;
    const active = team.citizens.filter((c) => c.status === CitizenStatus.Active);
    for (const c of prng.shuffle(active).slice(0, primaryCapacity(member) + exception.extra)) reserved.set(c, member);
  }
  const free = carriers.filter((m) => m.email !== exception?.email);

  for (const citizen of team.citizens) {
    if (citizen.status === CitizenStatus.Referred) continue;
    const open = citizen.status !== CitizenStatus.Ended;
    let chosen = reserved.get(citizen);
    if (!chosen) {
      const candidates = open ? free.filter((m) => load.get(m.email)! < primaryCapacity(m)) : free;
      if (candidates.length === 0) throw new Error(`${team.name}: not enough caseload capacity for the demo`);
      let ticket = prng.next() * candidates.reduce((sum, m) => sum + weight(m), 0);
      chosen = candidates.find((m) => (ticket -= weight(m)) < 0) ?? candidates[candidates.length - 1];
    }
    if (open) load.set(chosen.email, load.get(chosen.email)! + 1);
    const endedDaysAgo = open ? null : prng.int(20, 120);
    const startedDaysAgo = prng.int(Math.min((endedDaysAgo ?? 0) + 30, citizen.referredDaysAgo), citizen.referredDaysAgo);
    citizen.primaryContact = {
      email: chosen.email,
      startedDaysAgo,
      endedDaysAgo,
      endReason: open ? null : 'Forløbet er afsluttet',
    };
    if (citizen.status === CitizenStatus.Active) {
      const others = prng.shuffle(team.members.filter((m) => m.email !== chosen.email && !m.isTeamLeader));
      citizen.secondaryContacts = others.slice(0, prng.int(1, 2)).map((m) => m.email);
    }
  }

  // The citizen that took the member over capacity arrived when the exception was granted.
  if (exception) {
    const [latest] = [...reserved.keys()].sort((a, b) => a.primaryContact!.startedDaysAgo - b.primaryContact!.startedDaysAgo);
    latest.primaryContact!.startedDaysAgo = exception.validFromDaysAgo;
  }

  // Continuity history: a few long-standing citizens had another primary contact first. The
  // earlier contact is ended (no capacity used) and stays on as a secondary contact.
  const longStanding = team.citizens.filter(
    (c) => c.status === CitizenStatus.Active && c.referredDaysAgo >= 180 && !reserved.has(c),
  );
  for (const citizen of prng.shuffle(longStanding).slice(0, handovers)) {
    const current = citizen.primaryContact!;
    const handoverDaysAgo = prng.int(30, Math.floor(citizen.referredDaysAgo / 2));
    const earlier = prng.pick(carriers.filter((m) => m.email !== current.email));
    citizen.previousPrimaryContacts = [
      {
        email: earlier.email,
        startedDaysAgo: citizen.referredDaysAgo - prng.int(0, 14),
        endedDaysAgo: handoverDaysAgo,
        endReason: prng.pick(HANDOVER_REASONS),
      },
    ];
    current.startedDaysAgo = handoverDaysAgo;
    if (!citizen.secondaryContacts.includes(earlier.email)) {
      citizen.secondaryContacts = [earlier.email, ...citizen.secondaryContacts].slice(0, 2);
    }
  }
}

/** Most citizens waiting in the intake queue have had their admission criteria assessed; the newest not yet. */
function recordIntake(prng: Prng, teams: readonly DemoTeam[]): void {
  const waiting = teams
    .flatMap((t) => t.citizens)
    .filter((c) => c.status === CitizenStatus.Referred)
    .sort((a, b) => b.referredDaysAgo - a.referredDaysAgo || a.cpr.localeCompare(b.cpr));
  waiting.forEach((citizen, i) => {
    if (i === waiting.length - 1) return; // referred most recently: not assessed yet
    citizen.admission = { ...ALL_MET, note: prng.pick(INTAKE_NOTES) };
  });
}

export function generateDemoData(seed: number = DEMO_SEED): DemoData {
  // Separate streams for staff and citizens: a roster change does not reshuffle every citizen.
  const staffPrng = new Prng(seed);
  const citizenPrng = new Prng(seed ^ 0x5f3759df);
  const fixedNames = [
    ...FIXED_USERS.map((u) => u.name),
    ...TEAM_SPECS.flatMap((s) => [s.leader?.name, s.supportWorker?.name]).filter((n): n is string => !!n),
  ];
  const names = new NameSource(fixedNames);
  const users: DemoUser[] = [...FIXED_USERS];
  const cprs = new Set<string>();
  const rosters = TEAM_SPECS.map((spec) => buildRoster(staffPrng, names, spec, users));
  const teams: DemoTeam[] = TEAM_SPECS.map((spec, i) => ({
    name: spec.name,
    members: rosters[i],
    citizens: buildCitizens(citizenPrng, names, spec, cprs),
    exceptions: [],
    activity: null,
  }));
  const contactPrng = new Prng(seed ^ 0x2545f491);
  TEAM_SPECS.forEach((spec, i) => {
    const team = teams[i];
    if (spec.withException) team.exceptions.push(exceptionFor(contactPrng, team, users));
    assignContacts(contactPrng, team, spec.handovers);
  });
  recordIntake(contactPrng, teams);
  // Its own stream, last: activity never reshuffles the rosters or caseloads.
  const activityPrng = new Prng(seed ^ 0x1b873593);
  teams.forEach((team, i) => {
    team.activity = generateTeamActivity(activityPrng, team, users, i);
  });
  const emails = users.map((u) => u.email);
  if (new Set(emails).size !== emails.length) throw new Error('Duplicate demo e-mail');
  return { tenantName: DEMO_TENANT_NAME, password: DEMO_PASSWORD, users, teams };
}
