import { type HeldPlannedRow, monthEnd, monthLabel, monthsBack, sortFigures, totals } from './figures';

const row = (patch: Partial<HeldPlannedRow>): HeldPlannedRow => ({
  teamId: 't1',
  teamName: 'Team Nord',
  kind: 'SUPERVISION',
  month: '2027-03',
  planned: 0,
  held: 0,
  notHeld: 0,
  cancelled: 0,
  total: 0,
  ...patch,
});

describe('held/planned figures', () => {
  it('sorts newest month first, then team, then kind in the method order', () => {
    const rows = [
      row({ month: '2027-02', kind: 'SPARRING' }),
      row({ month: '2027-03', kind: 'EVALUATION_DAY' }),
      row({ month: '2027-03', kind: 'TEAM_MEETING', teamName: 'Team Øst' }),
      row({ month: '2027-03', kind: 'TEAM_MEETING' }),
    ];
    expect(sortFigures(rows).map((r) => `${r.month} ${r.teamName} ${r.kind}`)).toEqual([
      '2027-03 Team Nord TEAM_MEETING',
      '2027-03 Team Nord EVALUATION_DAY',
      '2027-03 Team Øst TEAM_MEETING',
      '2027-02 Team Nord SPARRING',
    ]);
  });

  it('adds up', () => {
    const sum = totals([row({ held: 3, notHeld: 1, planned: 2, total: 6 }), row({ held: 1, cancelled: 1, total: 2 })]);
    expect(sum).toEqual({ held: 4, notHeld: 1, cancelled: 1, planned: 2, total: 8 });
  });

  it('names months and finds month bounds', () => {
    expect(monthLabel('2027-03')).toBe('marts 2027');
    expect(monthLabel('2027-03', 'en')).toBe('March 2027');
    expect(monthsBack('2027-03-17', 5)).toBe('2026-10-01');
    expect(monthsBack('2027-03-17', 0)).toBe('2027-03-01');
    expect(monthEnd('2027-02-10')).toBe('2027-02-28');
    expect(monthEnd('2027-12-10', 2)).toBe('2028-02-29');
  });
});
