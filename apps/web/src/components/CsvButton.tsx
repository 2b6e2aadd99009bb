import { useTranslation } from 'react-i18next';
import { type CsvCell, csvFileName, downloadCsv, toCsv } from '../lib/csv';

interface Props {
  /** Parts of the file name ("Borgerfordeling", from, to); made portable. */
  name: string[];
  header: string[];
  rows: CsvCell[][];
  /** What is exported, for the button's accessible name ("Hent Borgerfordeling som CSV"). */
  label: string;
}

/** Downloads a table's numbers as a CSV file (Danish Excel conventions, see lib/csv.ts). */
export function CsvButton({ name, header, rows, label }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      onClick={() => downloadCsv(csvFileName(...name), toCsv(header, rows))}
    >
      {t('common.downloadCsv', { what: label })}
    </button>
  );
}
