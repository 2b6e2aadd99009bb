import { STANDARD_FIDELITY_MODEL } from '@act/domain';
import { earliestWindowDay, enrolmentsFromAssignments, lastTwelveWeeks } from './load-input';

const row = (citizen_id: string, start_date: string, end_date: string | null, end_kind: string | null = null, substance_use = false) => ({
  citizen_id,
  start_date,
  end_date,
  end_kind,
  substance_use,
});

describe('enrolments from primary assignments', () => {
  it('merges a change of primary contact into one enrolment and keeps the end kind of the assignment that closed it', () => {
    expect(
      enrolmentsFromAssignments([
        row('c1', '2026-01-05', '2026-02-10'), // contact A until 10 Feb
        row('c1', '2026-02-10', '2026-03-01', 'moved_away'), // contact B from the same day, the course ends 1 March
      ]),
    ).toEqual([{ citizenId: 'c1', startDate: '2026-01-05', endDate: '2026-03-01', endKind: 'moved_away', substanceUseDisorder: false }]);
  });

  it('a gap ends an enrolment (recorded kind, else other); a return is a second enrolment; an open one has no end', () => {
    expect(
      enrolmentsFromAssignments([
        row('c2', '2026-01-05', '2026-02-01', null, true),
        row('c2', '2026-03-01', null, null, true),
        row('c3', '2025-06-01', '2025-09-01', 'died'),
      ]),
    ).toEqual([
      { citizenId: 'c2', startDate: '2026-01-05', endDate: '2026-02-01', endKind: 'other', substanceUseDisorder: true },
      { citizenId: 'c2', startDate: '2026-03-01', endDate: null, endKind: null, substanceUseDisorder: true },
      { citizenId: 'c3', startDate: '2025-06-01', endDate: '2025-09-01', endKind: 'died', substanceUseDisorder: false },
    ]);
  });

  it('leaves out an assignment begun and ended on the same day, and an overlap does not shorten the enrolment', () => {
    expect(enrolmentsFromAssignments([row('c4', '2026-02-02', '2026-02-02'), row('c5', '2026-01-01', '2026-03-01'), row('c5', '2026-01-10', '2026-02-01')])).toEqual([
      { citizenId: 'c5', startDate: '2026-01-01', endDate: '2026-03-01', endKind: 'other', substanceUseDisorder: false },
    ]);
  });
});

describe('the windows the loader reads', () => {
  it("reaches back to the version's longest window (turnover: 24 months)", () => {
    expect(earliestWindowDay({ from: '2026-02-02', to: '2026-03-01' }, STANDARD_FIDELITY_MODEL)).toBe('2024-03-02');
  });

  it('takes the 12 whole weeks to the last Sunday, across a DST change', () => {
    expect(lastTwelveWeeks('2026-04-01')).toEqual({ from: '2026-01-05', to: '2026-03-29' }); // Wednesday; 29 March is the DST Sunday
  });
});
