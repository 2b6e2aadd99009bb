/** Held versus planned, as the API counts them (aggregates only: no names, no citizens). */
export interface HeldPlannedRow {
  teamId: string | null;
  teamName: string | null;
  kind: string;
  /** YYYY-MM, Copenhagen. */
  month: string;
  planned: number;
  held: number;
  notHeld: number;
  cancelled: number;
  total: number;
}

export interface FigureTotals {
  held: number;
  notHeld: number;
  cancelled: number;
  planned: number;
  total: number;
}

const KIND_ORDER = ['TEAM_MEETING', 'SUPERVISION', 'SPARRING', 'EVALUATION_DAY', 'STEERING_MEETING'];

/** Newest month first, then team name, then the kinds in the method's order. */
export function sortFigures<T extends HeldPlannedRow>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      b.month.localeCompare(a.month) ||
      (a.teamName ?? '').localeCompare(b.teamName ?? '', 'da') ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

export function totals(rows: readonly HeldPlannedRow[]): FigureTotals {
  return rows.reduce(
    (sum, r) => ({
      held: sum.held + r.held,
      notHeld: sum.notHeld + r.notHeld,
      cancelled: sum.cancelled + r.cancelled,
      planned: sum.planned + r.planned,
      total: sum.total + r.total,
    }),
    { held: 0, notHeld: 0, cancelled: 0, planned: 0, total: 0 },
  );
}

/** "november 2026" (English: "November 2026"). */
export function monthLabel(month: string, language = 'da'): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 15)),
  );
}

/** The first day of the month `back` months before the one `today` lies in. */
export function monthsBack(today: string, back: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 - back;
  const d = new Date(Date.UTC(year, month, 1));
  return d.toISOString().slice(0, 10);
}

/** The last day of the month `ahead` months after the one `today` lies in. */
export function monthEnd(today: string, ahead = 0): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) + ahead;
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
