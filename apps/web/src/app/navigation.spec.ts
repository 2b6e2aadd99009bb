import { activeNavItem, navigationFor } from './navigation';

describe('active menu item', () => {
  const leader = navigationFor('TEAM_LEADER');

  it.each([
    ['/', '/'],
    ['/teams', '/teams'],
    ['/teams/abc', '/teams'],
    ['/teams/abc/caseload', '/caseload'],
    ['/teams/abc/visits', '/team-visits'],
    ['/citizens/xyz', '/citizens'],
    ['/my-day', '/my-day'],
    ['/meetings/m1', null],
  ])('%s → %s', (path, expected) => {
    expect(activeNavItem(leader, path)).toBe(expected);
  });
});
