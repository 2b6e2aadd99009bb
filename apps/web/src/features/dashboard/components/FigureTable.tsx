import { useId } from 'react';
import { CsvButton } from '../../../components/CsvButton';
import type { CsvCell } from '../../../lib/csv';

interface Props {
  caption: string;
  header: string[];
  /** Cell texts; the first cell of a row is its header. */
  rows: string[][];
  /** The same rows for the CSV file: numbers as numbers. */
  csvRows: CsvCell[][];
  /** Parts of the CSV file's name (what, from, to). */
  csvName: string[];
}

/** A table of figures (first column the row's name, the rest numbers) with its CSV export. */
export function FigureTable({ caption, header, rows, csvRows, csvName }: Props) {
  const id = useId();
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table>
          <caption id={id}>{caption}</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th scope="col" className={i ? 'num' : undefined} key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]}>
                <th scope="row">{row[0]}</th>
                {row.slice(1).map((cell, i) => (
                  <td className="num" key={header[i + 1]}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <CsvButton name={csvName} header={header} rows={csvRows} label={caption} />
      </p>
    </>
  );
}
