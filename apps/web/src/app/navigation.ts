import type { Role } from './viewer';

export interface NavItem {
  to: string;
  labelKey: string;
}

/** The menu each role sees. Server-side checks decide access; this only hides what is not theirs. */
export function navigationFor(role: Role): NavItem[] {
  switch (role) {
    case 'ADMIN':
      return [
        { to: '/admin/teams', labelKey: 'nav.teams' },
        { to: '/admin/users', labelKey: 'nav.users' },
        { to: '/admin/access-log', labelKey: 'nav.accessLog' },
      ];
    case 'TEAM_LEADER':
      return [
        { to: '/teams', labelKey: 'nav.myTeams' },
        { to: '/citizens', labelKey: 'nav.citizens' },
        { to: '/caseload', labelKey: 'nav.caseload' },
        { to: '/my-day', labelKey: 'nav.myDay' },
        { to: '/my-week', labelKey: 'nav.myWeek' },
        { to: '/team-visits', labelKey: 'nav.teamVisits' },
        { to: '/tasks', labelKey: 'nav.tasks' },
      ];
    case 'TEAM_MEMBER':
      return [
        { to: '/teams', labelKey: 'nav.myTeams' },
        { to: '/citizens', labelKey: 'nav.citizens' },
        { to: '/my-citizens', labelKey: 'nav.myCitizens' },
        { to: '/my-day', labelKey: 'nav.myDay' },
        { to: '/my-week', labelKey: 'nav.myWeek' },
        { to: '/team-visits', labelKey: 'nav.teamVisits' },
        { to: '/tasks', labelKey: 'nav.tasks' },
      ];
    case 'STEERING_GROUP':
      return [{ to: '/overview', labelKey: 'nav.overview' }];
  }
}
