import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import type { ActivityFieldsFragment, ImplementationPlanQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { ImplementationPlanDocument, RemoveActivityDocument } from '../graphql/implementation';
import { ActivityForm } from './ActivityForm';
import { shortDate } from './format';
import { Timeline } from './Timeline';

type Plan = ImplementationPlanQuery['implementationPlan'];

/** The implementation plan: a table per focus area, a timeline, and (for the steering group) the forms. */
export function PlanSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ImplementationPlanDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<ActivityFieldsFragment | null>(null);
  if (loading && !data) return <Loading label={t('implementation.plan.loading')} />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const plan = data.implementationPlan;
  const areas = [...new Set([...plan.focusAreas.map((a) => a.name), ...plan.suggestedFocusAreas])];
  const changed = () => {
    setEditing(null);
    void refetch();
  };
  const activities = plan.focusAreas.flatMap((a) => a.activities);
  return (
    <>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('implementation.plan.title')}</h2>
        {plan.overdueCount > 0 ? (
          <p className="notice notice--error" role="status">
            {t('implementation.plan.overdueCount', { count: plan.overdueCount })}
          </p>
        ) : (
          activities.length > 0 && <p>{t('implementation.plan.noneOverdue')}</p>
        )}
        {activities.length === 0 && <p>{t('implementation.plan.empty')}</p>}
        {plan.focusAreas.map((area, index) => (
          <AreaTable key={area.name} area={area} index={index} canManage={canManage} onEdit={setEditing} onRemoved={changed} />
        ))}
      </section>
      {canManage && (
        <section aria-labelledby="activity-form-heading" className="panel">
          <h2 id="activity-form-heading">{editing ? t('implementation.plan.editTitle', { title: editing.title }) : t('implementation.plan.addTitle')}</h2>
          <ActivityForm key={editing?.id ?? 'new'} activity={editing} areas={areas} onSaved={changed} onCancel={editing ? () => setEditing(null) : undefined} />
        </section>
      )}
      {activities.length > 0 && <Timeline plan={plan} />}
    </>
  );
}

function AreaTable({
  area,
  index,
  canManage,
  onEdit,
  onRemoved,
}: {
  area: Plan['focusAreas'][number];
  index: number;
  canManage: boolean;
  onEdit: (a: ActivityFieldsFragment) => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const captionId = `area-${index}`;
  return (
    <div className="table-scroll impl-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="impl-plan-table">
        <caption id={captionId}>{area.name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('implementation.plan.activity')}</th>
            <th scope="col">{t('implementation.item.owner')}</th>
            <th scope="col">{t('implementation.plan.start')}</th>
            <th scope="col">{t('implementation.plan.deadline')}</th>
            <th scope="col">{t('implementation.plan.milestone')}</th>
            <th scope="col">{t('implementation.item.status')}</th>
            {canManage && <th scope="col">{t('implementation.plan.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {area.activities.map((a) => (
            <tr key={a.id} className={a.overdue ? 'impl-row--overdue' : undefined}>
              <th scope="row">
                {a.title}
                {a.purpose && <span className="impl-sub">{t('implementation.plan.purposeLine', { purpose: a.purpose })}</span>}
                {a.expectedResult && <span className="impl-sub">{t('implementation.plan.resultLine', { result: a.expectedResult })}</span>}
              </th>
              <td>{a.owner ?? ''}</td>
              <td>{shortDate(a.startsOn)}</td>
              <td>{shortDate(a.deadline)}</td>
              <td>{a.milestone ?? ''}</td>
              <td>
                {t(`implementation.activityStatus.${a.status}`)}
                {a.overdue && <strong className="impl-overdue"> {t('implementation.overdue')}</strong>}
              </td>
              {canManage && (
                <td>
                  <button type="button" className="button button--secondary" onClick={() => onEdit(a)}>
                    {t('implementation.plan.edit')} <span className="visually-hidden">{a.title}</span>
                  </button>{' '}
                  <RemoveActivity activity={a} onRemoved={onRemoved} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RemoveActivity({ activity, onRemoved }: { activity: ActivityFieldsFragment; onRemoved: () => void }) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveActivityDocument);
  const { error, run } = useFormSubmit();
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={loading}
        onClick={() => {
          if (!window.confirm(t('implementation.plan.removeConfirm', { title: activity.title }))) return;
          run(async () => {
            await remove({ variables: { id: activity.id } });
            onRemoved();
          });
        }}
      >
        {t('implementation.plan.remove')} <span className="visually-hidden">{activity.title}</span>
      </button>
      {error !== undefined && <ErrorMessage error={error} />}
    </>
  );
}
