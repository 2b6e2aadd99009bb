import { type AgendaCitizen, isContactLapsed, prepareAgenda } from './agenda';

const NOW = new Date('2026-11-10T08:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY);

function citizen(id: string, overrides: Partial<AgendaCitizen> = {}): AgendaCitizen {
  return {
    id,
    name: `Borger ${id}`,
    onTeamBoard: false,
    crisisFlag: false,
    planFollowUpOverdue: 'unknown',
    lastFaceToFaceContactAt: 'unknown',
    lastDiscussedAt: daysAgo(7),
    meetingsSinceDiscussed: 0,
    ...overrides,
  };
}

describe('prepareAgenda: ordering', () => {
  it('puts the team board first, then crisis, overdue plan follow-up, lapsed contact, then the longest not discussed', () => {
    const agenda = prepareAgenda(
      [
        citizen('rotation', { lastDiscussedAt: daysAgo(60), meetingsSinceDiscussed: 1 }),
        citizen('lapsed', { lastFaceToFaceContactAt: daysAgo(30) }),
        citizen('plan', { planFollowUpOverdue: true }),
        citizen('crisis', { crisisFlag: true }),
        citizen('board', { onTeamBoard: true, crisisFlag: true }),
      ],
      { reviewEveryMeetings: 4, now: NOW },
    );
    expect(agenda.map((e) => [e.citizenId, e.reason])).toEqual([
      ['board', 'team_board'],
      ['crisis', 'crisis'],
      ['plan', 'plan_follow_up_overdue'],
      ['lapsed', 'contact_lapsed'],
      ['rotation', 'longest_not_discussed'],
    ]);
    expect(agenda.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the longest not discussed first, never-discussed before all', () => {
    const cs = [
      citizen('a', { lastDiscussedAt: daysAgo(7), meetingsSinceDiscussed: 0 }),
      citizen('b', { lastDiscussedAt: daysAgo(21), meetingsSinceDiscussed: 2 }),
      citizen('c', { lastDiscussedAt: null, meetingsSinceDiscussed: 0 }),
      citizen('d', { lastDiscussedAt: daysAgo(14), meetingsSinceDiscussed: 1 }),
    ];
    // 4 citizens, every 4 meetings: a quota of 1 (the never-discussed c), and b is not yet due (2 < 4 − 1).
    const agenda = prepareAgenda(cs, { reviewEveryMeetings: 4, now: NOW });
    expect(agenda.map((e) => [e.citizenId, e.reason])).toEqual([['c', 'longest_not_discussed']]);
    // Every 2 meetings: a quota of 2 (c, b), and d is due (1 ≥ 2 − 1); due ones come first.
    const every2 = prepareAgenda(cs, { reviewEveryMeetings: 2, now: NOW });
    expect(every2.map((e) => [e.citizenId, e.reason])).toEqual([
      ['b', 'review_due'],
      ['d', 'review_due'],
      ['c', 'longest_not_discussed'],
    ]);
  });

  it('ignores unknown signals: plans and visits not wired put no one on the agenda', () => {
    const agenda = prepareAgenda([citizen('x'), citizen('y')], { reviewEveryMeetings: 52, now: NOW });
    expect(agenda).toHaveLength(1); // the rotation quota only
    expect(agenda[0].reason).toBe('longest_not_discussed');
  });

  it('treats contact as lapsed after the set number of days, and none recorded as lapsed', () => {
    expect(isContactLapsed(daysAgo(15), NOW)).toBe(true);
    expect(isContactLapsed(daysAgo(13), NOW)).toBe(false);
    expect(isContactLapsed(daysAgo(8), NOW, 7)).toBe(true);
    expect(isContactLapsed(null, NOW)).toBe(true);
    expect(isContactLapsed('unknown', NOW)).toBe(false);
  });

  it('lists a citizen once even if given twice', () => {
    const c = citizen('dup', { crisisFlag: true });
    expect(prepareAgenda([c, c], { reviewEveryMeetings: 4, now: NOW })).toHaveLength(1);
  });

  it('refuses a review interval that is not a positive integer', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => prepareAgenda([], { reviewEveryMeetings: n, now: NOW })).toThrow(RangeError);
  });
});

describe('prepareAgenda: deterministic ties', () => {
  it('breaks ties by name (Danish collation), then id, whatever the input order', () => {
    const same = { lastDiscussedAt: daysAgo(14), meetingsSinceDiscussed: 3, crisisFlag: true };
    const cs = [
      citizen('3', { ...same, name: 'Åse Berg' }),
      citizen('2', { ...same, name: 'Anders Berg' }),
      citizen('1', { ...same, name: 'Øjvind Dal' }),
      citizen('0', { ...same, name: 'Anders Berg' }),
    ];
    const expected = ['0', '2', '1', '3']; // Anders (id 0, 2), Øjvind, Åse: Danish alphabet ends æ, ø, å
    for (let shift = 0; shift < cs.length; shift++) {
      const rotated = [...cs.slice(shift), ...cs.slice(0, shift)];
      expect(prepareAgenda(rotated, { reviewEveryMeetings: 4, now: NOW }).map((e) => e.citizenId)).toEqual(expected);
      expect(prepareAgenda([...rotated].reverse(), { reviewEveryMeetings: 4, now: NOW }).map((e) => e.citizenId)).toEqual(expected);
    }
  });
});

/** Runs `meetings` weekly meetings; everyone on an agenda is discussed there. */
function simulate(
  n: number,
  reviewEvery: number,
  meetings: number,
  urgent: (meeting: number, id: string) => Partial<AgendaCitizen> = () => ({}),
): Map<string, number[]> {
  const ids = Array.from({ length: n }, (_, i) => `c${String(i).padStart(3, '0')}`);
  const discussedAt = new Map<string, number>(); // meeting index
  const history = new Map<string, number[]>(ids.map((id) => [id, []]));
  for (let m = 0; m < meetings; m++) {
    const now = new Date(NOW.getTime() + m * 7 * DAY);
    const cs = ids.map((id) => {
      const last = discussedAt.get(id);
      return citizen(id, {
        name: `Borger ${(Number(id.slice(1)) * 7919) % 1000}`,
        lastDiscussedAt: last === undefined ? null : new Date(NOW.getTime() + last * 7 * DAY),
        meetingsSinceDiscussed: last === undefined ? m : m - last - 1,
        ...urgent(m, id),
      });
    });
    for (const e of prepareAgenda(cs, { reviewEveryMeetings: reviewEvery, now })) {
      discussedAt.set(e.citizenId, m);
      history.get(e.citizenId)!.push(m);
    }
  }
  return history;
}

/** Largest number of meetings in a row a citizen went undiscussed (counting from the first). */
function longestGap(meetingsDiscussed: number[], total: number): number {
  let gap = 0;
  let previous = -1;
  for (const m of [...meetingsDiscussed, total]) {
    gap = Math.max(gap, m - previous - 1);
    previous = m;
  }
  return gap;
}

describe('prepareAgenda: every active citizen covered within N meetings', () => {
  it.each([
    [30, 4],
    [37, 4],
    [10, 1],
    [55, 6],
    [9, 12],
  ])('%p citizens, every %p meetings: no one waits N meetings or more', (n, reviewEvery) => {
    const history = simulate(n, reviewEvery, reviewEvery * 5);
    for (const [, discussed] of history) {
      expect(longestGap(discussed, reviewEvery * 5)).toBeLessThan(reviewEvery);
    }
  });

  it('still covers everyone when crises and the team board take up the agenda', () => {
    const history = simulate(40, 4, 20, (m, id) => ({
      crisisFlag: (Number(id.slice(1)) + m) % 5 === 0,
      onTeamBoard: id === 'c001' || id === 'c002',
    }));
    for (const [, discussed] of history) expect(longestGap(discussed, 20)).toBeLessThan(4);
    expect(history.get('c001')).toHaveLength(20); // the board: every meeting
  });

  it('keeps agendas short: about n / N citizens from the rotation per meeting', () => {
    const history = simulate(40, 4, 8);
    const perMeeting = new Array(8).fill(0);
    for (const [, ms] of history) for (const m of ms) perMeeting[m] += 1;
    // A new team (no one discussed yet) starts with 40 / 4 and keeps that pace.
    for (const count of perMeeting) expect(count).toBe(10);
  });

  it('gives the same agenda for the same input (pure and deterministic)', () => {
    expect(simulate(25, 3, 9)).toEqual(simulate(25, 3, 9));
  });
});
