/**
 * CSV for the steering group's exports, as Danish Excel opens it: semicolon-separated, decimal
 * comma, a byte-order mark so "æøå" survive, CRLF line ends (RFC 4180). A cell that begins with
 * = + - @ is prefixed with an apostrophe, so a spreadsheet never runs it as a formula.
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(Math.round(value * 100) / 100).replace('.', ',');
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(cellText).join(';')).join('\r\n') + '\r\n';
}

/** A file name safe on every system: "borgerfordeling-2026-01-01-2026-03-31.csv". */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .join('-')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'udtraek'}.csv`;
}

/** Starts the browser's download of `csv` as `filename`. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
