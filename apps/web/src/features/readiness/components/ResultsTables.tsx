import { useTranslation } from 'react-i18next';
import type { ReadinessRoundPageQuery } from '../../../gql/graphql';
import { DRIVERS, formatMean, formatShare } from '../format';

type Results = ReadinessRoundPageQuery['readinessResults'];
type Figures = Results['drivers'][number]['figures'];

/** Mean, spread and counts per driver and per statement, with the anonymous comments. */
export function ResultsTables({ results }: { results: Results }) {
  const { t } = useTranslation();
  const hidden = t('readiness.results.hidden');
  const mean = (f: Figures) => (f.mean === null ? (f.suppressed ? hidden : '–') : formatMean(f.mean));
  const spread = (f: Figures) =>
    f.standardDeviation === null || f.min === null || f.max === null
      ? f.suppressed
        ? hidden
        : '–'
      : t('readiness.results.spreadValue', { sd: formatMean(f.standardDeviation), min: f.min, max: f.max });
  const share = (f: Figures) => (f.dontKnowShare === null ? '–' : formatShare(f.dontKnowShare));
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="drivers-caption" tabIndex={0}>
        <table>
          <caption id="drivers-caption">{t('readiness.results.driversCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('readiness.results.driver')}</th>
              <th scope="col" className="num">{t('readiness.results.mean')}</th>
              <th scope="col">{t('readiness.results.spread')}</th>
              <th scope="col" className="num">{t('readiness.results.answers')}</th>
              <th scope="col" className="num">{t('readiness.results.dontKnow')}</th>
            </tr>
          </thead>
          <tbody>
            {results.drivers.map((d) => (
              <tr key={d.driver}>
                <th scope="row">{t(`readiness.driver.${d.driver}`)}</th>
                <td className="num">{mean(d.figures)}</td>
                <td>{spread(d.figures)}</td>
                <td className="num">{d.figures.answers ?? hidden}</td>
                <td className="num">{share(d.figures)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {DRIVERS.map((driver) => {
        const statements = results.statements.filter((s) => s.driver === driver);
        if (!statements.length) return null;
        return (
          <section key={driver} aria-labelledby={`statements-${driver}`}>
            <h3 id={`statements-${driver}`}>{t(`readiness.driver.${driver}`)}</h3>
            <div className="table-scroll" role="region" aria-labelledby={`statements-${driver}-caption`} tabIndex={0}>
              <table>
                <caption id={`statements-${driver}-caption`}>{t('readiness.results.statementsCaption', { driver: t(`readiness.driver.${driver}`) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('readiness.results.statement')}</th>
                    <th scope="col" className="num">{t('readiness.results.mean')}</th>
                    <th scope="col">{t('readiness.results.spread')}</th>
                    <th scope="col" className="num">{t('readiness.results.dontKnow')}</th>
                  </tr>
                </thead>
                <tbody>
                  {statements.map((s) => (
                    <tr key={s.roundStatementId}>
                      <th scope="row">{s.text}</th>
                      <td className="num">{mean(s.figures)}</td>
                      <td>{spread(s.figures)}</td>
                      <td className="num">{share(s.figures)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {statements.some((s) => s.comments.length > 0) && (
              <>
                <h4>{t('readiness.results.comments')}</h4>
                {statements
                  .filter((s) => s.comments.length > 0)
                  .map((s) => (
                    <div key={s.roundStatementId}>
                      <p className="muted">{s.text}</p>
                      <ul className="readiness-comments">
                        {s.comments.map((comment, i) => (
                          <li key={i}>{comment}</li>
                        ))}
                      </ul>
                    </div>
                  ))}
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
