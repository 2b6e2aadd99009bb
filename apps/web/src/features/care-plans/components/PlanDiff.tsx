import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import type { PlanChangeKind } from '../../../gql/graphql';
import { formatDay } from '../format';
import { CarePlanDiffDocument } from '../graphql/care-plans';

const STATUS_KINDS: PlanChangeKind[] = ['GOAL_STATUS'];
const STAGE_KINDS: PlanChangeKind[] = ['GOAL_STAGE'];

/** The changes from one version to another, in words. */
export function PlanDiff({ from, to }: { from: { id: string; number: number }; to: { id: string; number: number } }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(CarePlanDiffDocument, { variables: { from: from.id, to: to.id } });
  const value = (kind: PlanChangeKind, v: string | null) => {
    if (v === null) return '–';
    if (STATUS_KINDS.includes(kind)) return t(`carePlan.goalStatus.${v.toUpperCase()}`);
    if (STAGE_KINDS.includes(kind)) return t(`carePlan.stage.${v.toUpperCase()}`);
    if (kind === 'NEXT_FOLLOW_UP') return formatDay(v, i18n.language);
    return v;
  };
  return (
    <section aria-labelledby="diff-heading" className="panel">
      <h2 id="diff-heading">{t('carePlan.diff.title', { from: from.number, to: to.number })}</h2>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && data.carePlanDiff.length === 0 && <p>{t('carePlan.diff.none')}</p>}
      {data && data.carePlanDiff.length > 0 && (
        <ul className="plan-diff">
          {data.carePlanDiff.map((c, i) => (
            <li key={i}>
              <strong>{t(`carePlan.diff.${c.kind}`)}</strong>
              {c.lifeAreaName && <span className="muted"> ({c.lifeAreaName})</span>}
              <dl className="plan-diff__values">
                {c.before !== null && (
                  <div>
                    <dt>{t('carePlan.diff.before')}</dt>
                    <dd>{value(c.kind, c.before)}</dd>
                  </div>
                )}
                {c.after !== null && (
                  <div>
                    <dt>{t('carePlan.diff.after')}</dt>
                    <dd>{value(c.kind, c.after)}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
