import { type Contact, contactMeasures, daysSinceLastFaceToFace, notSeenFor } from './contact-measures';

const contact = (iso: string, overrides: Partial<Contact> = {}): Contact => ({
  start: new Date(iso),
  minutes: 60,
  faceToFace: true,
  place: 'home',
  memberIds: ['m1'],
  ...overrides,
});

describe('contactMeasures per ISO week', () => {
  // Wednesday 2 December 2026, 12:00 Copenhagen (winter time).
  const now = new Date('2026-12-02T11:00:00Z');

  it('counts face-to-face contacts and minutes per week, the current week last', () => {
    const m = contactMeasures(
      [
        contact('2026-11-30T09:00:00Z', { minutes: 45 }),
        contact('2026-12-01T09:00:00Z', { minutes: 30, faceToFace: false }), // phone call
        contact('2026-11-24T09:00:00Z', { minutes: 90 }),
      ],
      { now, weeks: 4 },
    );
    expect(m.weeks.map((w) => w.week)).toEqual(['2026-W46', '2026-W47', '2026-W48', '2026-W49']);
    expect(m.weeks.map((w) => w.weekStart)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(m.weeks[3]).toMatchObject({ contacts: 2, faceToFaceContacts: 1, faceToFaceMinutes: 45 });
    expect(m.weeks[2]).toMatchObject({ contacts: 1, faceToFaceContacts: 1, faceToFaceMinutes: 90 });
    expect(m.weeks[0]).toMatchObject({ contacts: 0, faceToFaceContacts: 0, outsideOfficeShare: null });
  });

  it('puts Sunday 23:30 local time in the old week and Monday 00:30 in the new one (week boundary in UTC is Sunday 22:00/23:00)', () => {
    const m = contactMeasures(
      [
        contact('2026-11-29T22:30:00Z'), // Sunday 23:30 CET → W48
        contact('2026-11-29T23:30:00Z'), // Monday 00:30 CET → W49
      ],
      { now, weeks: 2 },
    );
    expect(m.weeks.map((w) => [w.week, w.contacts])).toEqual([
      ['2026-W48', 1],
      ['2026-W49', 1],
    ]);
  });

  it('uses the summer offset for the week boundary in summer', () => {
    const summerNow = new Date('2026-07-08T10:00:00Z');
    const m = contactMeasures(
      [
        contact('2026-07-05T21:30:00Z'), // Sunday 23:30 CEST → W27
        contact('2026-07-05T22:30:00Z'), // Monday 00:30 CEST → W28
      ],
      { now: summerNow, weeks: 2 },
    );
    expect(m.weeks.map((w) => [w.week, w.contacts])).toEqual([
      ['2026-W27', 1],
      ['2026-W28', 1],
    ]);
  });

  it('spans the year end (2026 has a week 53)', () => {
    const m = contactMeasures([contact('2027-01-03T10:00:00Z'), contact('2027-01-04T10:00:00Z')], {
      now: new Date('2027-01-05T10:00:00Z'),
      weeks: 2,
    });
    expect(m.weeks.map((w) => [w.week, w.contacts])).toEqual([
      ['2026-W53', 1],
      ['2027-W01', 1],
    ]);
  });

  it('handles the week of the October change (a week of 169 hours)', () => {
    const m = contactMeasures(
      [
        contact('2026-10-19T00:30:00Z'), // Monday 19 Oct 02:30 CEST → W43 start
        contact('2026-10-25T22:30:00Z'), // Sunday 25 Oct 23:30 CET → still W43
        contact('2026-10-25T23:30:00Z'), // Monday 26 Oct 00:30 CET → W44
      ],
      { now: new Date('2026-10-27T12:00:00Z'), weeks: 2 },
    );
    expect(m.weeks.map((w) => [w.week, w.contacts])).toEqual([
      ['2026-W43', 2],
      ['2026-W44', 1],
    ]);
  });

  it('counts the share of contacts outside the office, per week and in all', () => {
    const m = contactMeasures(
      [
        contact('2026-11-30T09:00:00Z', { place: 'office' }),
        contact('2026-12-01T09:00:00Z', { place: 'street' }),
        contact('2026-12-01T13:00:00Z', { place: 'home', faceToFace: false }),
        contact('2026-11-25T09:00:00Z', { place: 'office' }),
      ],
      { now, weeks: 2 },
    );
    expect(m.weeks[1].outsideOfficeShare).toBe(0.667);
    expect(m.weeks[0].outsideOfficeShare).toBe(0);
    expect(m.outsideOfficeShare).toBe(0.5);
  });

  it('ignores contacts in the future and before the weeks shown (but remembers the last face-to-face)', () => {
    const m = contactMeasures([contact('2026-12-03T09:00:00Z'), contact('2026-09-01T09:00:00Z')], { now, weeks: 2 });
    expect(m.weeks.reduce((n, w) => n + w.contacts, 0)).toBe(0);
    expect(m.daysSinceLastFaceToFace).toBe(92);
    expect(m.outsideOfficeShare).toBeNull();
  });
});

describe('distinct staff in the last two weeks', () => {
  const now = new Date('2026-12-02T11:00:00Z');
  it('counts each member once, today and the 13 days before, by Copenhagen date', () => {
    const m = contactMeasures(
      [
        contact('2026-12-01T09:00:00Z', { memberIds: ['a', 'b'] }),
        contact('2026-11-25T09:00:00Z', { memberIds: ['a'] }),
        contact('2026-11-19T00:30:00Z', { memberIds: ['c'] }), // 19 Nov 01:30 local: day 14 back → in
        contact('2026-11-18T22:30:00Z', { memberIds: ['d'] }), // 18 Nov 23:30 local: day 15 back → out
        contact('2026-11-30T09:00:00Z', { memberIds: ['e'], faceToFace: false }), // phone contacts count too
      ],
      { now },
    );
    expect(m.distinctStaffLastTwoWeeks).toBe(4);
  });
});

describe('days since the last face-to-face contact (calendar days in Copenhagen)', () => {
  it('is 2 from Saturday to Monday across the March change, though only 47 hours passed', () => {
    const last = new Date('2026-03-28T09:00:00Z'); // Sat 10:00 CET
    const now = new Date('2026-03-30T06:00:00Z'); // Mon 08:00 CEST
    expect((now.getTime() - last.getTime()) / 3_600_000).toBe(45);
    expect(daysSinceLastFaceToFace(last, now)).toBe(2);
  });

  it('is 1 from late Saturday to early Sunday across the October change (25-hour day)', () => {
    expect(daysSinceLastFaceToFace(new Date('2026-10-24T21:30:00Z'), new Date('2026-10-25T23:30:00Z'))).toBe(2);
    expect(daysSinceLastFaceToFace(new Date('2026-10-24T21:30:00Z'), new Date('2026-10-25T22:59:00Z'))).toBe(1);
  });

  it('is 0 the same local day and null when never seen; phone contacts do not count', () => {
    expect(daysSinceLastFaceToFace(new Date('2026-12-02T07:00:00Z'), new Date('2026-12-02T22:59:00Z'))).toBe(0);
    expect(daysSinceLastFaceToFace(null)).toBeNull();
    const m = contactMeasures([contact('2026-12-01T09:00:00Z', { faceToFace: false })], { now: new Date('2026-12-02T11:00:00Z') });
    expect(m.daysSinceLastFaceToFace).toBeNull();
  });

  it('takes a given older last contact when the loaded contacts have no face-to-face one', () => {
    const m = contactMeasures([], { now: new Date('2026-12-02T11:00:00Z'), lastFaceToFace: new Date('2026-11-02T11:00:00Z') });
    expect(m.daysSinceLastFaceToFace).toBe(30);
  });
});

describe('notSeenFor (the "never lose contact" list)', () => {
  const now = new Date('2026-12-02T11:00:00Z');
  const at = (iso: string | null) => (iso ? new Date(iso) : null);
  it('lists those seen more than N days ago, never-seen first, then longest first', () => {
    const list = notSeenFor(
      [
        { citizenId: 'recent', lastFaceToFace: at('2026-11-30T10:00:00Z') },
        { citizenId: 'exactly7', lastFaceToFace: at('2026-11-25T10:00:00Z') },
        { citizenId: 'eight', lastFaceToFace: at('2026-11-24T10:00:00Z') },
        { citizenId: 'never', lastFaceToFace: null },
        { citizenId: 'forty', lastFaceToFace: at('2026-10-23T10:00:00Z') },
      ],
      7,
      now,
    );
    expect(list.map((c) => [c.citizenId, c.daysSince])).toEqual([
      ['never', null],
      ['forty', 40],
      ['eight', 8],
    ]);
  });

  it('refuses a threshold that is not a positive whole number', () => {
    expect(() => notSeenFor([], 0, now)).toThrow(RangeError);
    expect(() => notSeenFor([], 1.5, now)).toThrow(RangeError);
  });
});
