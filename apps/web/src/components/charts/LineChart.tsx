import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LineFrame, labelIndexes, lineSegments, xAt, yAt } from './line-scale';

interface Props {
  /** What the chart shows; its caption and accessible name. */
  title: string;
  /** One label per point (e.g. the week), oldest first. */
  labels: string[];
  /** A shorter label for the x axis (default: the label). */
  axisLabels?: string[];
  /** The values; null = nothing to show that time (a gap in the line). */
  values: Array<number | null>;
  /** The name of the value column in the table alternative. */
  valueName: string;
  min: number;
  max: number;
  /** Lines across the plot at these values (e.g. 1–5), labelled on the y axis. */
  ticks: number[];
  format: (value: number) => string;
  /** How the y-axis ticks are written (default: `format`). */
  tickFormat?: (value: number) => string;
  /** What a null means here (e.g. "Ikke beregnet"). */
  emptyText: string;
}

const HEIGHT = 220;
const FRAME = { left: 36, right: 12, top: 12, bottom: 28 };

/**
 * A line over time in SVG, drawn at the width it gets (readable at 360 px: few x labels, the
 * values as points), with the same numbers as a table behind "Vis som tabel". The picture is one
 * image with a name; screen readers get the numbers from the table.
 */
export function LineChart({ title, labels, axisLabels, values, valueName, min, max, ticks, format, tickFormat = format, emptyText }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(240, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [asTable]);

  const frame: LineFrame = { width, height: HEIGHT, ...FRAME, min, max };
  const segments = lineSegments(values, frame);
  const xLabels = axisLabels ?? labels;
  const shown = labelIndexes(labels.length, width - FRAME.left - FRAME.right, 72);

  return (
    <figure className="chart line-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      {asTable ? (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('common.chartCategory')}</th>
                <th scope="col" className="num">
                  {valueName}
                </th>
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className={values[i] === null ? 'num muted' : 'num'}>{values[i] === null ? emptyText : format(values[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div ref={box} className="line-chart__plot">
          <svg width={width} height={HEIGHT} role="img" aria-label={t('common.chartLabel', { title })} focusable="false">
            {ticks.map((tick) => (
              <g key={tick} aria-hidden="true">
                <line className="line-chart__grid" x1={FRAME.left} x2={width - FRAME.right} y1={yAt(frame, tick)} y2={yAt(frame, tick)} />
                <text className="line-chart__tick" x={FRAME.left - 6} y={yAt(frame, tick)} textAnchor="end" dominantBaseline="middle">
                  {tickFormat(tick)}
                </text>
              </g>
            ))}
            {shown.map((i) => (
              <text
                key={i}
                aria-hidden="true"
                className="line-chart__tick"
                x={xAt(frame, i, labels.length)}
                y={HEIGHT - 8}
                textAnchor={i === 0 && labels.length > 1 ? 'start' : i === labels.length - 1 && labels.length > 1 ? 'end' : 'middle'}
              >
                {xLabels[i]}
              </text>
            ))}
            {segments.map((segment) => (
              <polyline
                key={segment[0].index}
                aria-hidden="true"
                className="line-chart__line"
                points={segment.map((p) => `${p.x},${p.y}`).join(' ')}
              />
            ))}
            {segments.flat().map((p) => (
              <circle key={p.index} aria-hidden="true" className="line-chart__point" cx={p.x} cy={p.y} r={3.5} />
            ))}
          </svg>
          {values.length > 0 && values.every((v) => v === null) && <p className="muted">{emptyText}</p>}
        </div>
      )}
      <button type="button" className="button button--secondary button--small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
        {t('common.showAsTable')}
      </button>
    </figure>
  );
}
