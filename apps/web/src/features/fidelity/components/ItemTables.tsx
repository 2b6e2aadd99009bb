import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../../components/CsvButton';
import type { FidelityItemFieldsFragment } from '../../../gql/graphql';
import type { CsvCell } from '../../../lib/csv';
import { formatItemValue, groupBySubscale, ratingText, scoreText, thresholdText } from '../format';
import type { ScoreLike } from './ScoreTable';

type Item = FidelityItemFieldsFragment;

interface Props {
  items: readonly Item[];
  subscales: readonly (ScoreLike & { subscale: string; name: string })[];
  /** Where an item's page is (records and basis, or the manual rating); null: no links (the steering group). */
  itemHref: ((itemId: string) => string) | null;
  csvName: string[];
}

/** The item's value in words: the number with its unit, or why there is none. */
export function useValueText() {
  const { t, i18n } = useTranslation();
  return (item: { kind: string; unit: string; value?: number | null; manualRating?: unknown }): string => {
    if (item.kind === 'MANUAL') return item.manualRating ? t('fidelity.manualValue') : t('fidelity.notRated');
    if (item.value === null || item.value === undefined) return t('fidelity.noData');
    return formatItemValue(t, i18n.language, item.unit, item.value);
  };
}

/**
 * One table per subscale: the item (with its definition behind "Hvad måles?"), the value in its
 * unit, the rating 1–5 and the thresholds in words. Items without data and manual items not yet
 * rated say so instead of a rating.
 */
export function ItemTables({ items, subscales, itemHref, csvName }: Props) {
  const { t, i18n } = useTranslation();
  const valueText = useValueText();
  const groups = groupBySubscale(items, subscales);
  const header = [t('fidelity.items.item'), t('fidelity.items.value'), t('fidelity.items.rating'), t('fidelity.items.threshold')];
  const threshold = (item: Item) =>
    item.kind === 'MANUAL' ? t('fidelity.items.manualThreshold') : item.rule ? thresholdText(t, i18n.language, item.unit, item.rule) : '';
  return (
    <>
      {groups.map((group) => (
        <SubscaleTable
          key={group.subscale?.subscale ?? 'other'}
          caption={
            group.subscale
              ? t('fidelity.items.caption', { name: group.subscale.name, score: scoreText(t, i18n.language, group.subscale.score) })
              : t('fidelity.items.otherCaption')
          }
          csvFile={group.subscale?.name ?? t('fidelity.items.otherCaption')}
          header={header}
          items={group.items}
          itemHref={itemHref}
          valueText={valueText}
          threshold={threshold}
          csvName={csvName}
        />
      ))}
    </>
  );
}

interface TableProps {
  caption: string;
  csvFile: string;
  header: string[];
  items: readonly Item[];
  itemHref: ((itemId: string) => string) | null;
  valueText: (item: Item) => string;
  threshold: (item: Item) => string;
  csvName: string[];
}

function SubscaleTable({ caption, csvFile, header, items, itemHref, valueText, threshold, csvName }: TableProps) {
  const { t } = useTranslation();
  const id = useId();
  const csvRows: CsvCell[][] = items.map((item) => [item.name, item.kind === 'COMPUTED' ? (item.value ?? valueText(item)) : valueText(item), ratingText(t, item), threshold(item)]);
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="fidelity-items">
          <caption id={id}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{header[0]}</th>
              <th scope="col" className="num">
                {header[1]}
              </th>
              <th scope="col" className="num">
                {header[2]}
              </th>
              <th scope="col">{header[3]}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const missing = item.rating === null || item.rating === undefined;
              return (
                <tr key={item.itemId}>
                  <th scope="row">
                    {itemHref ? <Link to={itemHref(item.itemId)}>{item.name}</Link> : item.name}
                    {item.kind === 'MANUAL' && <span className="badge fidelity-badge">{t('fidelity.items.manual')}</span>}
                    <details className="fidelity-definition">
                      <summary>
                        {t('fidelity.items.whatIsMeasured')}
                        <span className="visually-hidden"> – {item.name}</span>
                      </summary>
                      <p>{item.definition}</p>
                    </details>
                  </th>
                  <td className={item.value === null || item.value === undefined ? 'num muted' : 'num'}>{valueText(item)}</td>
                  <td className={missing ? 'num muted' : 'num fidelity-rating'}>{ratingText(t, item)}</td>
                  <td className="fidelity-threshold">{threshold(item)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <CsvButton name={[csvFile, ...csvName]} header={header} rows={csvRows} label={caption} />
      </p>
    </>
  );
}
