import { Prng, isFictionalCpr, isPlausibleEmail, isValidDanishPhone } from '@act/domain';
import { CitizenStatus, Discipline, Role } from '../entities/enums';
import { DEMO_LOGINS, DEMO_TEAM_NORTH, DEMO_TEAM_SOUTH, generateDemoData, primaryCapacity, type DemoTeam } from './demo-data';
import { REFUSED_NAMES, emailLocalPart } from './names';

describe('demo data', () => {
  const data = generateDemoData();
  const citizens = data.teams.flatMap((t) => t.citizens);
  const userByEmail = new Map(data.users.map((u) => [u.email, u]));

  it('is deterministic: two runs give equal data', () => {
    expect(generateDemoData()).toEqual(data);
    expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(data));
  });

  it('changes with the seed', () => {
    expect(generateDemoData(1).teams[0].citizens).not.toEqual(data.teams[0].citizens);
  });

  it('has two ACT teams and about 60 citizens', () => {
    expect(data.tenantName).toBe('Demo Kommune');
    expect(data.teams.map((t) => t.name)).toEqual([DEMO_TEAM_NORTH, DEMO_TEAM_SOUTH]);
    expect(citizens.length).toBeGreaterThanOrEqual(55);
    expect(citizens.length).toBeLessThanOrEqual(65);
  });

  it('gives every citizen a unique fictional CPR number', () => {
    const cprs = citizens.map((c) => c.cpr);
    expect(new Set(cprs).size).toBe(cprs.length);
    for (const cpr of cprs) expect(isFictionalCpr(cpr)).toBe(true);
  });

  it('has a realistic mix of statuses, with a reason on every ended course', () => {
    const count = (s: CitizenStatus) => citizens.filter((c) => c.status === s).length;
    expect(count(CitizenStatus.Active)).toBeGreaterThan(citizens.length / 2);
    expect(count(CitizenStatus.Referred)).toBeGreaterThanOrEqual(1);
    expect(count(CitizenStatus.Paused)).toBeGreaterThanOrEqual(1);
    expect(count(CitizenStatus.Ended)).toBeGreaterThanOrEqual(1);
    expect(count(CitizenStatus.Ended)).toBeLessThanOrEqual(2);
    for (const c of citizens.filter((x) => x.status === CitizenStatus.Ended)) {
      expect(c.statusReason).toBeTruthy();
      expect(c.statusReason).not.toMatch(/kontakt/i); // lost contact is never a reason to end
    }
  });

  it('has plausible contact details', () => {
    for (const c of citizens) {
      if (c.phone !== null) {
        expect(isValidDanishPhone(c.phone)).toBe(true);
        expect(c.phone).toMatch(/^\+452\d{7}$/);
      }
      if (c.email !== null) expect(isPlausibleEmail(c.email)).toBe(true);
      if (c.postalCode !== null) expect(c.postalCode).toMatch(/^\d{4}$/);
      expect(c.street === null).toBe(c.city === null);
    }
    expect(citizens.filter((c) => c.accessNote !== null).length).toBeGreaterThan(0);
    expect(citizens.some((c) => c.accessNote === 'Ring på to gange' || c.accessNote === 'Hund – ring før besøg')).toBe(true);
  });

  it('uses invented names, unique per person, never a refused famous name', () => {
    const names = [...data.users.map((u) => u.name), ...citizens.map((c) => c.name)];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(REFUSED_NAMES.has(name)).toBe(false);
  });

  it.each([DEMO_TEAM_NORTH, DEMO_TEAM_SOUTH])('%s has every discipline ACT needs and one leader', (teamName) => {
    const team = data.teams.find((t) => t.name === teamName)!;
    const of = (d: Discipline) => team.members.filter((m) => m.discipline === d);
    expect(team.members.filter((m) => m.isTeamLeader)).toHaveLength(1);
    const leader = team.members.find((m) => m.isTeamLeader)!;
    expect(leader.discipline).toBe(Discipline.SocialPedagogy);
    expect(userByEmail.get(leader.email)!.role).toBe(Role.TeamLeader);

    const [psychiatrist] = of(Discipline.Psychiatry);
    expect(of(Discipline.Psychiatry)).toHaveLength(1);
    expect(psychiatrist.fte).toBeGreaterThanOrEqual(0.3);
    expect(psychiatrist.fte).toBeLessThanOrEqual(0.4);
    expect(of(Discipline.Nursing)).toHaveLength(1);
    expect(of(Discipline.SubstanceAbuse)).toHaveLength(1);
    expect(of(Discipline.Employment)).toHaveLength(1);
    expect(of(Discipline.Casework)).toHaveLength(1);
    expect(of(Discipline.Casework)[0].fte).toBeLessThan(1);
    const supportWorkers = of(Discipline.SocialPedagogy).filter((m) => !m.isTeamLeader);
    expect(supportWorkers.length).toBeGreaterThanOrEqual(3);
    expect(supportWorkers.length).toBeLessThanOrEqual(4);
    expect(of(Discipline.Peer).length).toBeLessThanOrEqual(1);
    for (const m of team.members) {
      expect(m.fte).toBeGreaterThan(0);
      expect(m.fte).toBeLessThanOrEqual(1);
      expect(userByEmail.has(m.email)).toBe(true);
    }
  });

  it('has the four demo logins with the right roles and teams', () => {
    expect(userByEmail.get(DEMO_LOGINS.admin)?.role).toBe(Role.Admin);
    expect(userByEmail.get(DEMO_LOGINS.teamLeader)?.role).toBe(Role.TeamLeader);
    expect(userByEmail.get(DEMO_LOGINS.teamMember)?.role).toBe(Role.TeamMember);
    expect(userByEmail.get(DEMO_LOGINS.steeringGroup)?.role).toBe(Role.SteeringGroup);
    const north = data.teams.find((t) => t.name === DEMO_TEAM_NORTH)!;
    const leader = north.members.find((m) => m.email === DEMO_LOGINS.teamLeader);
    expect(leader?.isTeamLeader).toBe(true);
    const member = north.members.find((m) => m.email === DEMO_LOGINS.teamMember);
    expect(member).toMatchObject({ discipline: Discipline.SocialPedagogy, fte: 1, isTeamLeader: false });
    expect(data.password).toBe('demo-demo-demo');
  });

  it('gives every user a unique, plausible e-mail on demo.dk', () => {
    const emails = data.users.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) {
      expect(isPlausibleEmail(e)).toBe(true);
      expect(e).toMatch(/^[a-z.]+@demo\.dk$/);
    }
    // Every member is a user; admin and steering group are not on a team.
    const memberEmails = new Set(data.teams.flatMap((t) => t.members.map((m) => m.email)));
    expect(memberEmails.size).toBe(data.users.length - 2);
  });

  /** Open primary contacts per member e-mail. */
  const openLoad = (team: DemoTeam, email: string) =>
    team.citizens.filter((c) => c.primaryContact?.email === email && c.primaryContact.endedDaysAgo === null).length;

  it('gives every active and paused citizen exactly one open primary contact who carries a caseload', () => {
    for (const team of data.teams) {
      const members = new Map(team.members.map((m) => [m.email, m]));
      for (const c of team.citizens.filter((x) => x.status === CitizenStatus.Active || x.status === CitizenStatus.Paused)) {
        const open = [...c.previousPrimaryContacts, ...(c.primaryContact ? [c.primaryContact] : [])].filter((p) => p.endedDaysAgo === null);
        expect(open).toHaveLength(1);
        const p = open[0];
        expect(p).toBe(c.primaryContact);
        expect(members.get(p.email)?.carriesCaseload).toBe(true);
        expect(p.startedDaysAgo).toBeLessThanOrEqual(c.referredDaysAgo);
        expect(c.admission).toMatchObject({ isAdult: true, hasMentalIllness: true, hasSubstanceUse: true, wantsSupport: true });
        expect(c.secondaryContacts).not.toContain(p.email);
        for (const e of c.secondaryContacts) expect(members.has(e)).toBe(true);
      }
      for (const c of team.citizens.filter((x) => x.status === CitizenStatus.Ended)) {
        expect(c.primaryContact!.endedDaysAgo).not.toBeNull();
        expect(c.primaryContact!.endedDaysAgo!).toBeLessThan(c.primaryContact!.startedDaysAgo);
      }
    }
  });

  it('does not give a caseload to the leader, the psychiatrist or the caseworker', () => {
    for (const team of data.teams) {
      for (const m of team.members.filter((x) => x.isTeamLeader || x.discipline === Discipline.Psychiatry || x.discipline === Discipline.Casework)) {
        expect(m.carriesCaseload).toBe(false);
        expect(primaryCapacity(m)).toBe(0);
      }
    }
  });

  it('keeps every member within base capacity, except one support worker in Nord under an exception in force', () => {
    const over: Array<{ team: string; email: string; load: number; capacity: number }> = [];
    for (const team of data.teams) {
      for (const m of team.members) {
        const load = openLoad(team, m.email);
        if (load > primaryCapacity(m)) over.push({ team: team.name, email: m.email, load, capacity: primaryCapacity(m) });
      }
    }
    expect(over).toHaveLength(1);
    const [only] = over;
    expect(only.team).toBe(DEMO_TEAM_NORTH);
    expect(only.email).not.toBe(DEMO_LOGINS.teamMember);
    expect(only.load).toBe(only.capacity + 1);

    const north = data.teams.find((t) => t.name === DEMO_TEAM_NORTH)!;
    expect(data.teams.find((t) => t.name === DEMO_TEAM_SOUTH)!.exceptions).toEqual([]);
    expect(north.exceptions).toHaveLength(1);
    const exception = north.exceptions[0];
    expect(exception.email).toBe(only.email);
    expect(exception.extra).toBe(1);
    expect(exception.reason).toMatch(/^Borgeren kender kun \p{Lu}\p{Ll}+; overdragelse planlagt efter ferien$/u);
    // In force on the reference date, for about three more weeks.
    expect(exception.validFromDaysAgo).toBeGreaterThan(0);
    expect(exception.validUntilDaysAhead).toBeGreaterThanOrEqual(14);
    expect(exception.validUntilDaysAhead).toBeLessThanOrEqual(28);
    expect(north.members.find((m) => m.email === exception.email)).toMatchObject({ discipline: Discipline.SocialPedagogy, carriesCaseload: true });

    // The leader's rebalancing has somewhere to move a citizen: someone else with spare base capacity.
    const spare = north.members.filter((m) => m.email !== exception.email && openLoad(north, m.email) < primaryCapacity(m));
    expect(spare.length).toBeGreaterThan(0);
    expect(openLoad(north, DEMO_LOGINS.teamMember)).toBeGreaterThan(0); // the demo member has citizens of their own
  });

  it('has 4–6 citizens waiting in the intake queue, referred 2–20 days ago, most with admission criteria recorded', () => {
    const waiting = citizens.filter((c) => c.status === CitizenStatus.Referred);
    expect(waiting.length).toBeGreaterThanOrEqual(4);
    expect(waiting.length).toBeLessThanOrEqual(6);
    for (const c of waiting) {
      expect(c.primaryContact).toBeNull();
      expect(c.previousPrimaryContacts).toEqual([]);
      expect(c.secondaryContacts).toEqual([]);
      expect(c.referredDaysAgo).toBeGreaterThanOrEqual(2);
      expect(c.referredDaysAgo).toBeLessThanOrEqual(20);
    }
    const assessed = waiting.filter((c) => c.admission !== null);
    expect(assessed.length).toBeGreaterThan(waiting.length / 2);
    expect(assessed.length).toBeLessThan(waiting.length);
    expect(data.teams.find((t) => t.name === DEMO_TEAM_NORTH)!.citizens.some((c) => c.status === CitizenStatus.Referred)).toBe(true);
  });

  it('has continuity history: a few citizens with an earlier, ended primary contact before the current one', () => {
    for (const team of data.teams) {
      const withHistory = team.citizens.filter((c) => c.previousPrimaryContacts.length > 0);
      expect(withHistory.length).toBeGreaterThanOrEqual(1);
      expect(withHistory.length).toBeLessThanOrEqual(5);
      for (const c of withHistory) {
        const current = c.primaryContact!;
        for (const earlier of c.previousPrimaryContacts) {
          expect(earlier.email).not.toBe(current.email);
          expect(earlier.endedDaysAgo).not.toBeNull();
          expect(earlier.endReason).toBeTruthy();
          expect(earlier.startedDaysAgo).toBeGreaterThan(earlier.endedDaysAgo!);
          expect(earlier.endedDaysAgo!).toBeGreaterThanOrEqual(current.startedDaysAgo); // no overlap
          expect(earlier.startedDaysAgo).toBeLessThanOrEqual(c.referredDaysAgo);
        }
      }
    }
  });

  it('gives some citizens secondary contacts on their own team', () => {
    const withSecondary = citizens.filter((c) => c.secondaryContacts.length > 0);
    expect(withSecondary.length).toBeGreaterThan(0);
    for (const c of withSecondary) expect(new Set(c.secondaryContacts).size).toBe(c.secondaryContacts.length);
  });
});

describe('demo activity', () => {
  const data = generateDemoData();
  const activities = data.teams.map((t) => t.activity!);

  it('gives about two thirds of the active citizens an agreed ACT plan with goals in their own words', () => {
    for (const [ti, team] of data.teams.entries()) {
      const active = team.citizens.filter((c) => c.status === CitizenStatus.Active).length;
      const withPlan = activities[ti].citizens.filter((c) => c.planVersions.some((v) => v.status === 'agreed'));
      expect(withPlan.length).toBeGreaterThanOrEqual(Math.floor(active * 0.6));
      expect(withPlan.length).toBeLessThanOrEqual(Math.ceil(active * 0.75));
      for (const c of withPlan) {
        const drafts = c.planVersions.filter((v) => v.status === 'draft');
        expect(drafts.length).toBeLessThanOrEqual(1);
        if (drafts.length) expect(c.planVersions[c.planVersions.length - 1].status).toBe('draft');
        for (const v of c.planVersions) {
          expect(v.goals.length).toBeGreaterThanOrEqual(1);
          expect(v.goals.length).toBeLessThanOrEqual(3);
          expect(new Set(v.goals.map((g) => g.area)).size).toBe(v.goals.length);
          for (const g of v.goals) expect(g.stage !== null).toBe(g.area === 'substance_use');
          if (v.status === 'agreed') expect(v).toMatchObject({ agreedHow: expect.any(String), participants: expect.any(String) });
        }
      }
    }
    const all = activities.flatMap((a) => a.citizens);
    expect(all.filter((c) => c.planVersions.filter((v) => v.status === 'agreed').length > 1).length).toBeGreaterThan(0);
    const current = all.map((c) => c.planVersions.filter((v) => v.status === 'agreed').at(-1)).filter((v) => v !== undefined);
    expect(current.filter((v) => v.nextFollowUpDaysAhead! < 0).length).toBeGreaterThanOrEqual(2);
    expect(current.some((v) => v.declined.length > 0)).toBe(true);
  });

  it('has visits around the reference date: outcomes only in the past, some today, 3–4 citizens not seen for 10+ days', () => {
    const visits = activities.flatMap((a) => a.citizens.flatMap((c) => c.visits));
    expect(visits.length).toBeGreaterThan(200);
    expect(visits.filter((v) => v.day === 0).length).toBeGreaterThan(5);
    for (const v of visits) {
      expect(v.outcome === null).toBe(v.day >= 0);
      if (v.outcome?.kind === 'done') expect(v.outcome.actualMinutes).toBeGreaterThan(0);
    }
    expect(visits.filter((v) => v.outcome?.kind === 'done').length).toBeGreaterThan(visits.filter((v) => v.day < 0).length / 2);
    const notSeen = activities.flatMap((a) =>
      a.citizens.filter((c) => !c.visits.some((v) => v.day >= -10 && v.outcome?.kind === 'done' && v.outcome.faceToFace)),
    );
    expect(notSeen.length).toBeGreaterThanOrEqual(3);
    expect(notSeen.length).toBeLessThanOrEqual(4);
  });

  it('gives every team a meeting rhythm, a held meeting with decisions and tasks, and 1–2 citizens on the board', () => {
    for (const a of activities) {
      expect(a.rhythm).toMatchObject({ startTime: '09:00', endTime: '10:30' });
      expect(a.lastMeeting.items.some((i) => i.decisions.length > 0)).toBe(true);
      expect(a.lastMeeting.items.some((i) => i.tasks.length > 0)).toBe(true);
      expect(a.board.length).toBeGreaterThanOrEqual(1);
      expect(a.board.length).toBeLessThanOrEqual(2);
    }
    expect(activities[0].functionRoles.length).toBeGreaterThanOrEqual(3);
    for (const r of activities[0].functionRoles) expect(r.members.length).toBeGreaterThan(0);
  });
});

describe('emailLocalPart', () => {
  it('spells Danish letters out', () => {
    expect(emailLocalPart('Søren Åberg Kjær')).toBe('soeren.aaberg.kjaer');
    expect(emailLocalPart('René Hansen')).toBe('rene.hansen');
  });
});

describe('Prng', () => {
  it('repeats for the same seed and stays in range', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    for (let i = 0; i < 100; i++) {
      const x = a.int(3, 7);
      expect(b.int(3, 7)).toBe(x);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(7);
    }
  });
});
