import { copenhagenToday, isIsoDate } from '@act/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { formatDecimal, parseDecimal } from '../../caseload/format';
import { SetTeamBudgetedPositionsDocument } from '../graphql/admin';

const FIELDS = ['fte', 'from'] as const;
const domId = (field: string) => `budget-${field}`;

interface Span {
  id: string;
  fte: number;
  from: string;
  to?: string | null;
}

/**
 * The team's budgeted positions (normering) in FTE from a date: what the team should have, so the
 * fidelity report can compare it with the staff it had. A new figure ends the one before it.
 */
export function BudgetedPositionsForm({ teamId, spans: initial = [] }: { teamId: string; spans?: readonly Span[] }) {
  const { t, i18n } = useTranslation();
  const [spans, setSpans] = useState<readonly Span[]>(initial);
  const [saved, setSaved] = useState<string>();
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS, domId);
  const [save, { loading }] = useMutation(SetTeamBudgetedPositionsDocument);

  const onSubmit = submit(async (values) => {
    setSaved(undefined);
    const fte = parseDecimal(values.text(domId('fte')));
    const from = values.text(domId('from'));
    const ok = check({
      fte: fte === undefined || fte <= 0 || fte > 500 ? t('admin.budget.fteInvalid') : undefined,
      from: isIsoDate(from) ? undefined : t('admin.budget.fromRequired'),
    });
    if (!ok || fte === undefined) return false;
    const { data } = await save({ variables: { input: { teamId, fte, from } } });
    if (data) {
      setSpans(data.setTeamBudgetedPositions);
      setSaved(t('admin.budget.saved', { fte: formatDecimal(fte, i18n.language, 2), date: formatDate(from, i18n.language) }));
    }
  });

  const e = errors.byField;
  return (
    <section aria-labelledby="budget-heading" className="panel">
      <h2 id="budget-heading">{t('admin.budget.title')}</h2>
      <p>{t('admin.budget.intro')}</p>
      {spans.length > 0 && (
        <ul>
          {spans.map((s) => (
            <li key={s.id}>
              {s.to
                ? t('admin.budget.span', { fte: formatDecimal(s.fte, i18n.language, 2), from: formatDate(s.from, i18n.language), to: formatDate(s.to, i18n.language) })
                : t('admin.budget.spanOpen', { fte: formatDecimal(s.fte, i18n.language, 2), from: formatDate(s.from, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form" aria-busy={loading || undefined}>
        <TextField id={domId('fte')} label={t('admin.budget.fte')} hint={t('admin.budget.fteHint')} error={e.fte} inputMode="decimal" className="input--short" />
        <TextField id={domId('from')} label={t('admin.budget.from')} error={e.from} type="date" defaultValue={copenhagenToday()} />
        <p role="status">{saved}</p>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('admin.budget.save')}
        </button>
      </form>
    </section>
  );
}
