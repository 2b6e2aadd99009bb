import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import type { ActivityFieldsFragment, ActivityStatus } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SaveActivityDocument } from '../graphql/implementation';

const STATUSES: ActivityStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const FIELDS = ['focusArea', 'title', 'owner', 'startsOn', 'deadline', 'milestone', 'purpose', 'expectedResult'] as const;

/** Add or change an activity of the plan. */
export function ActivityForm({
  activity,
  areas,
  onSaved,
  onCancel,
}: {
  activity: ActivityFieldsFragment | null;
  areas: string[];
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveActivityDocument);
  const { error, errors, attempt, submit, check } = useFormSubmit(FIELDS, (f) => `activity-${f}`);
  const onSubmit = submit(
    async (f) => {
      const text = (name: string) => f.text(`activity-${name}`).trim() || null;
      const startsOn = text('startsOn');
      const deadline = text('deadline');
      const ok = check({
        focusArea: text('focusArea') ? undefined : t('implementation.plan.form.focusAreaRequired'),
        title: text('title') ? undefined : t('implementation.plan.form.titleRequired'),
        deadline: startsOn && deadline && deadline < startsOn ? t('implementation.plan.form.deadlineBeforeStart') : undefined,
      });
      if (!ok) return false;
      await save({
        variables: {
          input: {
            ...(activity ? { id: activity.id, version: activity.version } : {}),
            focusArea: text('focusArea')!,
            title: text('title')!,
            owner: text('owner'),
            startsOn,
            deadline,
            milestone: text('milestone'),
            purpose: text('purpose'),
            expectedResult: text('expectedResult'),
            status: f.text('activity-status') as ActivityStatus,
          },
        },
      });
      onSaved();
    },
    { reset: !activity },
  );
  const e = errors.byField;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <TextField id="activity-focusArea" label={t('implementation.plan.form.focusArea')} hint={t('implementation.plan.form.focusAreaHint')} error={e.focusArea} list="activity-areas" defaultValue={activity?.focusArea ?? ''} maxLength={200} />
      <datalist id="activity-areas">
        {areas.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <TextField id="activity-title" label={t('implementation.plan.activity')} error={e.title} defaultValue={activity?.title ?? ''} maxLength={300} />
      <TextField id="activity-owner" label={t('implementation.item.owner')} optional={t('form.optional')} error={e.owner} defaultValue={activity?.owner ?? ''} maxLength={200} />
      <TextField id="activity-startsOn" type="date" label={t('implementation.plan.start')} optional={t('form.optional')} error={e.startsOn} defaultValue={activity?.startsOn ?? ''} />
      <TextField id="activity-deadline" type="date" label={t('implementation.plan.deadline')} optional={t('form.optional')} error={e.deadline} defaultValue={activity?.deadline ?? ''} />
      <TextField id="activity-milestone" label={t('implementation.plan.milestone')} optional={t('form.optional')} error={e.milestone} defaultValue={activity?.milestone ?? ''} maxLength={500} />
      <TextField id="activity-purpose" label={t('implementation.plan.form.purpose')} optional={t('form.optional')} error={e.purpose} defaultValue={activity?.purpose ?? ''} maxLength={2000} />
      <TextField id="activity-expectedResult" label={t('implementation.plan.form.expectedResult')} optional={t('form.optional')} error={e.expectedResult} defaultValue={activity?.expectedResult ?? ''} maxLength={2000} />
      <SelectField id="activity-status" label={t('implementation.item.status')} defaultValue={activity?.status ?? 'PLANNED'}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`implementation.activityStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      {error !== undefined && !errors.summary.length && <ErrorMessage error={error} />}
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t(activity ? 'implementation.plan.form.save' : 'implementation.plan.form.add')}
      </button>
      {onCancel && (
        <>
          {' '}
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('implementation.plan.form.cancel')}
          </button>
        </>
      )}
    </form>
  );
}
