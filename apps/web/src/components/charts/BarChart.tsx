import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { barScale } from './bar-scale';

export interface BarSeries {
  name: string;
  /** One value per category; null = nothing to show (not recorded, or hidden because the group is small). */
  values: Array<number | null>;
}

interface Props {
  /** What the chart shows; its caption and accessible name. */
  title: string;
  categories: string[];
  series: BarSeries[];
  min?: number;
  max?: number;
  /** How a value is written on the bar and in the table (default: Danish number, up to one decimal). */
  format?: (value: number) => string;
  /** What a null value means here (default "skjult"). */
  emptyText?: string;
}

const danishNumber = (value: number) => value.toLocaleString('da-DK', { maximumFractionDigits: 1 });

/**
 * Grouped horizontal bars (readable at 360 px: labels above their bars, values written at the bar
 * ends), and the same numbers as a table behind "Vis som tabel". Series differ by colour and by
 * pattern, so colour is never the only cue; the chart is one image with a name for screen readers,
 * who get the numbers from the table.
 */
export function BarChart({ title, categories, series, min, max, format = danishNumber, emptyText }: Props) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const scale = barScale(series.flatMap((s) => s.values), { min, max });
  const empty = emptyText ?? t('common.suppressedShort');
  const valueText = (v: number | null) => (v === null ? empty : format(v));

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      {series.length > 1 && (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.name}>
              <span className={`chart__swatch chart__bar--s${i % 4}`} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      {asTable ? (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('common.chartCategory')}</th>
                {series.map((s) => (
                  <th scope="col" className="num" key={s.name}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c, row) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  {series.map((s) => (
                    <td className="num" key={s.name}>
                      {valueText(s.values[row] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="chart__plot" role="img" aria-label={t('common.chartLabel', { title })}>
          {categories.map((c, row) => (
            <div className="chart__group" key={c}>
              <div className="chart__label">{c}</div>
              {series.map((s, i) => {
                const v = s.values[row] ?? null;
                return (
                  <div className="chart__row" key={s.name}>
                    <div className="chart__track">
                      {v !== null && (
                        <div className={`chart__bar chart__bar--s${i % 4}`} style={{ inlineSize: `${scale.share(v)}%` }} />
                      )}
                    </div>
                    <span className={v === null ? 'chart__value muted' : 'chart__value'}>{valueText(v)}</span>
                  </div>
                );
              })}
            </div>
          ))}
          <div className="chart__axis" aria-hidden="true">
            <span>{format(scale.min)}</span>
            <span>{format(scale.max)}</span>
          </div>
        </div>
      )}
      <button type="button" className="button button--secondary button--small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
        {t('common.showAsTable')}
      </button>
    </figure>
  );
}
