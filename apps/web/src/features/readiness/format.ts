/** Danish figures for readiness results: a mean with one decimal, a share as whole percent. */
export const formatMean = (value: number) => value.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatShare = (value: number) => `${Math.round(value * 100)} %`;

export const DRIVERS = ['INTERVENTION', 'ORGANISATION', 'LEADERSHIP', 'PEOPLE', 'CONTEXT'] as const;
export type DriverKey = (typeof DRIVERS)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;

/** The round that came before `roundId` (by first day), among closed rounds: the one to compare with. */
export function previousRound<R extends { id: string; opensOn: string; status: string }>(rounds: readonly R[], roundId: string): R | null {
  const current = rounds.find((r) => r.id === roundId);
  if (!current) return null;
  const earlier = rounds
    .filter((r) => r.id !== roundId && r.status === 'CLOSED' && r.opensOn <= current.opensOn)
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn));
  return earlier[0] ?? null;
}
