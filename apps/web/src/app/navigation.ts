import type { Role } from './viewer';

export interface NavItem {
  to: string;
  labelKey: string;
}

/** Pages under another item's path that belong to this item (e.g. a team's caseload page). */
const CLAIMS: Record<string, RegExp> = {
  '/caseload': /^\/teams\/[^/]+\/caseload/,
  '/team-visits': /^\/teams\/[^/]+\/visits/,
};

/** The one menu item for the current page: an explicit claim wins over a path prefix. */
export function activeNavItem(items: NavItem[], pathname: string): string | null {
  const claimed = items.find((i) => CLAIMS[i.to]?.test(pathname));
  if (claimed) return claimed.to;
  const prefixed = items.filter((i) => pathname === i.to || pathname.startsWith(`${i.to}/`));
  return prefixed.sort((a, b) => b.to.length - a.to.length)[0]?.to ?? null;
}

/** The menu each role sees. Server-side checks decide access; this only hides what is not theirs. */
export function navigationFor(role: Role): NavItem[] {
  switch (role) {
    case 'ADMIN':
      return [
        { to: '/admin/teams', labelKey: 'nav.teams' },
        { to: '/admin/users', labelKey: 'nav.users' },
        { to: '/admin/access-log', labelKey: 'nav.accessLog' },
        { to: '/admin/job-queues', labelKey: 'nav.jobQueues' },
        { to: '/admin/settings', labelKey: 'dashboard.settingsNav' },
        { to: '/admin/sso', labelKey: 'sso.nav' },
        { to: '/fidelity/models', labelKey: 'nav.fidelity' },
        { to: '/readiness', labelKey: 'nav.readiness' },
        { to: '/agreements', labelKey: 'nav.agreements' },
      ];
    case 'TEAM_LEADER':
      return [
        { to: '/', labelKey: 'nav.home' },
        { to: '/teams', labelKey: 'nav.myTeams' },
        { to: '/citizens', labelKey: 'nav.citizens' },
        { to: '/caseload', labelKey: 'nav.caseload' },
        { to: '/my-day', labelKey: 'nav.myDay' },
        { to: '/my-week', labelKey: 'nav.myWeek' },
        { to: '/team-visits', labelKey: 'nav.teamVisits' },
        { to: '/tasks', labelKey: 'nav.tasks' },
        { to: '/readiness', labelKey: 'nav.readiness' },
        { to: '/agreements', labelKey: 'nav.agreements' },
        { to: '/implementation', labelKey: 'nav.implementation' },
      ];
    case 'TEAM_MEMBER':
      return [
        { to: '/', labelKey: 'nav.home' },
        { to: '/teams', labelKey: 'nav.myTeams' },
        { to: '/citizens', labelKey: 'nav.citizens' },
        { to: '/my-citizens', labelKey: 'nav.myCitizens' },
        { to: '/my-day', labelKey: 'nav.myDay' },
        { to: '/my-week', labelKey: 'nav.myWeek' },
        { to: '/team-visits', labelKey: 'nav.teamVisits' },
        { to: '/tasks', labelKey: 'nav.tasks' },
        { to: '/readiness', labelKey: 'nav.readiness' },
      ];
    case 'STEERING_GROUP':
      return [
        { to: '/', labelKey: 'nav.home' },
        { to: '/overview', labelKey: 'nav.overview' },
        { to: '/fidelity', labelKey: 'nav.fidelity' },
        { to: '/readiness', labelKey: 'nav.readiness' },
        { to: '/implementation', labelKey: 'nav.implementation' },
        { to: '/agreements', labelKey: 'nav.agreements' },
        { to: '/steering-meetings', labelKey: 'nav.meetings' },
      ];
  }
}
