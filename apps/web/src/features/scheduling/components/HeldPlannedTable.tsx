import { useTranslation } from 'react-i18next';
import { type HeldPlannedRow, monthLabel, sortFigures, totals } from '../figures';

interface Props {
  id: string;
  caption: string;
  rows: readonly HeldPlannedRow[];
  /** The steering group's table has a team column; a team's own table does not. */
  showTeam: boolean;
}

/** Held versus planned per month and kind (and team): counts only, in a table that scrolls sideways on a phone. */
export function HeldPlannedTable({ id, caption, rows, showTeam }: Props) {
  const { t, i18n } = useTranslation();
  const sorted = sortFigures(rows);
  const sum = totals(rows);
  if (rows.length === 0) return <p>{t('scheduling.figures.none')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="figures-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scheduling.figures.month')}</th>
            {showTeam && <th scope="col">{t('scheduling.figures.team')}</th>}
            <th scope="col">{t('scheduling.figures.kind')}</th>
            <th scope="col" className="num">
              {t('scheduling.figures.heldOfPlanned')}
            </th>
            <th scope="col" className="num">
              {t('scheduling.figures.notHeld')}
            </th>
            <th scope="col" className="num">
              {t('scheduling.figures.cancelled')}
            </th>
            <th scope="col" className="num">
              {t('scheduling.figures.open')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={`${r.month}-${r.teamId ?? 'steering'}-${r.kind}`}>
              <th scope="row">{monthLabel(r.month, i18n.language)}</th>
              {showTeam && <td>{r.teamName ?? t('scheduling.figures.steeringGroup')}</td>}
              <td>{t(`scheduling.kind.${r.kind}`)}</td>
              <td className="num">{t('scheduling.figures.xOfY', { held: r.held, total: r.total })}</td>
              <td className="num">{r.notHeld}</td>
              <td className="num">{r.cancelled}</td>
              <td className="num">{r.planned}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={showTeam ? 3 : 2}>
              {t('scheduling.figures.total')}
            </th>
            <td className="num">{t('scheduling.figures.xOfY', { held: sum.held, total: sum.total })}</td>
            <td className="num">{sum.notHeld}</td>
            <td className="num">{sum.cancelled}</td>
            <td className="num">{sum.planned}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
