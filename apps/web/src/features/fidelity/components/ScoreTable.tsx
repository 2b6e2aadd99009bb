import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../../components/CsvButton';
import { scoreText } from '../format';

export interface ScoreLike {
  score?: number | null;
  ratedItems: number;
  items: number;
}

interface Props {
  total: ScoreLike;
  subscales: readonly (ScoreLike & { subscale: string; name: string })[];
  /** Parts of the CSV file's name after "what" (team, from, to). */
  csvName: string[];
}

/** The total and the three subscale scores (means of the rated items), with how many items were rated. */
export function ScoreTable({ total, subscales, csvName }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const caption = t('fidelity.scores.caption');
  const header = [t('fidelity.scores.area'), t('fidelity.scores.score'), t('fidelity.scores.rated')];
  const rows = [
    ...subscales.map((s) => ({ name: s.name, s })),
    { name: t('fidelity.scores.total'), s: total },
  ];
  return (
    <>
      <p className="fidelity-total">
        <span className="fidelity-total__label">{t('fidelity.scores.total')}</span>{' '}
        <strong className="fidelity-total__score">{scoreText(t, i18n.language, total.score)}</strong>
        {total.score !== null && total.score !== undefined && <span> {t('fidelity.scores.ofFive')}</span>}
        <span className="muted"> {t('fidelity.scores.ratedOf', { rated: total.ratedItems, count: total.items })}</span>
      </p>
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
            {rows.map(({ name, s }) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="num">{scoreText(t, i18n.language, s.score)}</td>
                <td className="num">{t('fidelity.scores.ratedCell', { rated: s.ratedItems, count: s.items })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <CsvButton
          name={[t('fidelity.scores.file'), ...csvName]}
          header={[header[0], header[1], t('fidelity.scores.ratedItems'), t('fidelity.scores.items')]}
          rows={rows.map(({ name, s }) => [name, s.score ?? t('fidelity.noScore'), s.ratedItems, s.items])}
          label={caption}
        />
      </p>
    </>
  );
}
