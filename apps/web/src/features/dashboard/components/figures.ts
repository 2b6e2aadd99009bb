import type { TFunction } from 'i18next';
import type { CsvCell } from '../../../lib/csv';
import { formatDecimal } from '../../caseload/format';

/** A figure as the API gives it: withheld when the group is below the minimum size. */
export interface Guarded {
  value?: number | null;
  suppressed: boolean;
}

export type Formatter = (value: number) => string;

export interface FigureText {
  /** For a table cell. */
  text(f: Guarded, format?: Formatter): string;
  /** For a CSV cell: the number itself (shares in per cent), or the same words as the table. */
  csv(f: Guarded, percent?: boolean): CsvCell;
  /** For a chart: the value, or null (a gap). */
  chart(f: Guarded, percent?: boolean): number | null;
  /** What a chart's gaps mean, from the figures it draws. */
  gapText(figures: Guarded[]): string;
  share: Formatter;
  decimal: (decimals: number) => Formatter;
}

/** Wording for withheld and missing figures, and Danish number formats. */
export function figureText(t: TFunction, language: string, minGroupSize: number): FigureText {
  const suppressed = t('dashboard.suppressed', { count: minGroupSize });
  const missing = t('dashboard.notRecorded');
  const decimal = (decimals: number): Formatter => (v) => formatDecimal(v, language, decimals);
  const share: Formatter = (v) => `${formatDecimal(v * 100, language, 0)} %`;
  return {
    text: (f, format = decimal(0)) => (f.suppressed ? suppressed : f.value === null || f.value === undefined ? missing : format(f.value)),
    csv: (f, percent = false) =>
      f.suppressed ? suppressed : f.value === null || f.value === undefined ? missing : percent ? Math.round(f.value * 1000) / 10 : f.value,
    chart: (f, percent = false) => (f.suppressed || f.value === null || f.value === undefined ? null : percent ? Math.round(f.value * 1000) / 10 : f.value),
    gapText: (figures) => {
      const hidden = figures.some((f) => f.suppressed);
      const none = figures.some((f) => !f.suppressed && (f.value === null || f.value === undefined));
      return hidden && none ? `${t('common.suppressedShort')} / ${missing.toLowerCase()}` : hidden ? t('common.suppressedShort') : missing.toLowerCase();
    },
    share,
    decimal,
  };
}
