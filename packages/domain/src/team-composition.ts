/**
 * A team's composition against what an ACT team needs. The norms are FTE per 100 citizens, from
 * the ACT fidelity scale (DACTS): a psychiatrist 1.0, nurses 2.0, substance-abuse specialists
 * 2.0, employment specialists 2.0; the remaining staff of a ten-to-one team are support workers
 * (socio-pedagogical), here 3.0. A peer worker is recommended but optional. A team with fewer than
 * 100 citizens needs proportionally less, but every required discipline at least a little: a
 * required discipline with no FTE at all is a missing discipline, whatever the team's size.
 */

export type CompositionDiscipline =
  | 'psychiatry'
  | 'nursing'
  | 'substance_abuse'
  | 'social_pedagogy'
  | 'employment'
  | 'peer'
  | 'casework'
  | 'other';

export interface DisciplineNorm {
  discipline: CompositionDiscipline;
  /** FTE per 100 citizens. */
  perHundred: number;
  required: boolean;
}

export const ACT_TEAM_NORMS: readonly DisciplineNorm[] = [
  { discipline: 'psychiatry', perHundred: 1, required: true },
  { discipline: 'nursing', perHundred: 2, required: true },
  { discipline: 'substance_abuse', perHundred: 2, required: true },
  { discipline: 'social_pedagogy', perHundred: 3, required: true },
  { discipline: 'employment', perHundred: 2, required: true },
  { discipline: 'peer', perHundred: 1, required: false },
];

export interface CompositionMember {
  discipline: CompositionDiscipline;
  fte: number;
}

export type CompositionStatus = 'missing' | 'below' | 'met' | 'optional_missing' | 'not_in_norm';

export interface DisciplineLine {
  discipline: CompositionDiscipline;
  /** Sum of the members' FTE, two decimals. */
  fte: number;
  members: number;
  /** FTE needed for the team's citizens (norm × citizens / 100), two decimals; null if not in the norm. */
  needed: number | null;
  perHundred: number | null;
  required: boolean;
  status: CompositionStatus;
}

export interface TeamComposition {
  citizens: number;
  lines: DisciplineLine[];
  totalFte: number;
  /** Required disciplines without any FTE. */
  missing: CompositionDiscipline[];
  /** Required disciplines with some, but less than needed. */
  below: CompositionDiscipline[];
}

const hundredths = (x: number) => Math.round(x * 100);

export function teamComposition(
  members: readonly CompositionMember[],
  activeCitizens: number,
  norms: readonly DisciplineNorm[] = ACT_TEAM_NORMS,
): TeamComposition {
  if (!Number.isInteger(activeCitizens) || activeCitizens < 0) throw new RangeError('activeCitizens must be a non-negative integer');
  const fte = new Map<CompositionDiscipline, number>();
  const count = new Map<CompositionDiscipline, number>();
  for (const m of members) {
    if (!Number.isFinite(m.fte) || m.fte < 0) throw new RangeError('fte must be a non-negative number');
    fte.set(m.discipline, (fte.get(m.discipline) ?? 0) + hundredths(m.fte));
    count.set(m.discipline, (count.get(m.discipline) ?? 0) + 1);
  }
  const lines: DisciplineLine[] = norms.map((norm) => {
    const have = fte.get(norm.discipline) ?? 0;
    const need = Math.round(norm.perHundred * activeCitizens);
    let status: CompositionStatus;
    if (have === 0) status = norm.required ? 'missing' : 'optional_missing';
    else status = have < need ? 'below' : 'met';
    return {
      discipline: norm.discipline,
      fte: have / 100,
      members: count.get(norm.discipline) ?? 0,
      needed: need / 100,
      perHundred: norm.perHundred,
      required: norm.required,
      status,
    };
  });
  const inNorm = new Set(norms.map((n) => n.discipline));
  const others = [...fte.keys()].filter((d) => !inNorm.has(d)).sort();
  for (const d of others) {
    lines.push({ discipline: d, fte: fte.get(d)! / 100, members: count.get(d)!, needed: null, perHundred: null, required: false, status: 'not_in_norm' });
  }
  const total = [...fte.values()].reduce((a, b) => a + b, 0);
  return {
    citizens: activeCitizens,
    lines,
    totalFte: total / 100,
    missing: lines.filter((l) => l.status === 'missing').map((l) => l.discipline),
    below: lines.filter((l) => l.status === 'below').map((l) => l.discipline),
  };
}
