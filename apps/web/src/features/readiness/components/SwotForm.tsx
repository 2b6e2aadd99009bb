import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { ReadinessRoundFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SaveReadinessSwotDocument } from '../graphql/readiness';

const PARTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

/** The steering group's own analysis of the results: strengths, weaknesses, opportunities, threats. */
export function SwotForm({ round }: { round: ReadinessRoundFieldsFragment }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveReadinessSwotDocument);
  const form = useFormSubmit();
  const onSubmit = form.submit(async (f) => {
    const text = (part: (typeof PARTS)[number]) => f.text(`swot-${part}`);
    await save({
      variables: {
        input: { roundId: round.id, strengths: text('strengths'), weaknesses: text('weaknesses'), opportunities: text('opportunities'), threats: text('threats') },
      },
    });
  });
  return (
    <form className="form readiness-swot" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      {PARTS.map((p) => (
        <div key={p} className="field">
          <label htmlFor={`swot-${p}`}>{t(`readiness.swot.${p}`)}</label>
          <textarea id={`swot-${p}`} name={`swot-${p}`} rows={3} maxLength={4000} defaultValue={round[p] ?? ''} />
        </div>
      ))}
      {form.error !== undefined && <ErrorMessage error={form.error} />}
      {form.done && (
        <p role="status" className="notice notice--success">
          {t('readiness.swot.saved')}
        </p>
      )}
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('readiness.swot.save')}
      </button>
    </form>
  );
}
