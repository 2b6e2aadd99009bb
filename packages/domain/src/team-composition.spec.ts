import { ACT_TEAM_NORMS, teamComposition } from './team-composition';

describe('teamComposition', () => {
  const fullTeam = [
    { discipline: 'psychiatry' as const, fte: 0.5 },
    { discipline: 'nursing' as const, fte: 1 },
    { discipline: 'substance_abuse' as const, fte: 1 },
    { discipline: 'social_pedagogy' as const, fte: 1 },
    { discipline: 'social_pedagogy' as const, fte: 0.5 },
    { discipline: 'employment' as const, fte: 1 },
  ];

  it('sums FTE per discipline and compares with the norm per 100 citizens', () => {
    const c = teamComposition(fullTeam, 50);
    const line = (d: string) => c.lines.find((l) => l.discipline === d)!;
    expect(line('psychiatry')).toMatchObject({ fte: 0.5, needed: 0.5, perHundred: 1, status: 'met', members: 1 });
    expect(line('nursing')).toMatchObject({ fte: 1, needed: 1, status: 'met' });
    expect(line('social_pedagogy')).toMatchObject({ fte: 1.5, needed: 1.5, members: 2, status: 'met' });
    expect(line('peer')).toMatchObject({ fte: 0, status: 'optional_missing', required: false });
    expect(c.missing).toEqual([]);
    expect(c.below).toEqual([]);
    expect(c.totalFte).toBe(5);
  });

  it('flags a required discipline with no FTE as missing, whatever the team size', () => {
    const c = teamComposition(fullTeam.filter((m) => m.discipline !== 'employment'), 3);
    expect(c.missing).toEqual(['employment']);
    expect(c.lines.find((l) => l.discipline === 'employment')!.status).toBe('missing');
  });

  it('flags a discipline below what the citizens need', () => {
    const c = teamComposition(fullTeam, 100);
    expect(c.below).toEqual(['psychiatry', 'nursing', 'substance_abuse', 'social_pedagogy', 'employment']);
    expect(c.lines.find((l) => l.discipline === 'nursing')!.needed).toBe(2);
  });

  it('counts disciplines outside the norm on their own lines, and a peer worker as optional', () => {
    const c = teamComposition([...fullTeam, { discipline: 'casework', fte: 0.3 }, { discipline: 'peer', fte: 0.5 }], 40);
    expect(c.lines.at(-1)).toMatchObject({ discipline: 'casework', fte: 0.3, needed: null, status: 'not_in_norm' });
    expect(c.lines.find((l) => l.discipline === 'peer')!.status).toBe('met');
  });

  it('adds FTE without float drift (0.1 + 0.2)', () => {
    const c = teamComposition([{ discipline: 'nursing', fte: 0.1 }, { discipline: 'nursing', fte: 0.2 }], 10);
    expect(c.lines.find((l) => l.discipline === 'nursing')!.fte).toBe(0.3);
  });

  it('uses the ACT norms: five required disciplines, peer optional, ten FTE per 100 citizens in all', () => {
    expect(ACT_TEAM_NORMS.filter((n) => n.required).map((n) => n.discipline)).toEqual([
      'psychiatry',
      'nursing',
      'substance_abuse',
      'social_pedagogy',
      'employment',
    ]);
    expect(ACT_TEAM_NORMS.filter((n) => n.required).reduce((s, n) => s + n.perHundred, 0)).toBe(10);
  });

  it('refuses negative or fractional citizen counts and bad FTE', () => {
    expect(() => teamComposition([], -1)).toThrow(RangeError);
    expect(() => teamComposition([], 1.5)).toThrow(RangeError);
    expect(() => teamComposition([{ discipline: 'nursing', fte: Number.NaN }], 1)).toThrow(RangeError);
  });
});
