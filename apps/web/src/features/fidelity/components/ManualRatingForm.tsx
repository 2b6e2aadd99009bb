import { copenhagenToday, isIsoDate } from '@act/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { RateFidelityItemDocument } from '../graphql/fidelity';

const RATINGS = [1, 2, 3, 4, 5] as const;
const FIELDS = ['rating', 'note', 'ratedOn'] as const;
const fieldDomId = (field: string) => `fidelity-rate-${field}`;

/**
 * The team leader rates an item the data cannot show: 1–5, a note on why, and the day the
 * rating applies from. Mistakes are named in Danish by the field (and in a summary that takes focus).
 */
export function ManualRatingForm({ teamId, itemId, itemName, onSaved }: { teamId: string; itemId: string; itemName: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const today = copenhagenToday();
  const [rating, setRating] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [ratedOn, setRatedOn] = useState(today);
  const [saved, setSaved] = useState<number | null>(null);
  const form = useFormSubmit(FIELDS, fieldDomId);
  const [rate, { loading }] = useMutation(RateFidelityItemDocument, {
    refetchQueries: ['FidelityReport'],
    awaitRefetchQueries: true,
  });

  const onSubmit = form.submit(async () => {
    setSaved(null);
    const ok = form.check({
      rating: rating === null ? t('fidelity.rate.ratingRequired') : undefined,
      note: note.trim() ? (note.trim().length > 2000 ? t('fidelity.rate.noteTooLong') : undefined) : t('fidelity.rate.noteRequired'),
      ratedOn: !isIsoDate(ratedOn) ? t('fidelity.rate.dateRequired') : ratedOn > today ? t('fidelity.rate.dateFuture') : undefined,
    });
    if (!ok) return false;
    await rate({ variables: { input: { teamId, itemId, rating: rating!, note: note.trim(), ratedOn } } });
    setSaved(rating);
    setRating(null);
    setNote('');
    setRatedOn(today);
    onSaved();
  });

  const err = form.errors.byField;
  const describedBy = (field: string, hint?: boolean) =>
    [hint ? `${fieldDomId(field)}-hint` : '', err[field] ? `${fieldDomId(field)}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form fidelity-rate" onSubmit={onSubmit} noValidate aria-busy={loading || undefined} aria-labelledby="fidelity-rate-title">
      <h2 id="fidelity-rate-title">{t('fidelity.rate.title')}</h2>
      <ErrorSummary items={form.errors.summary} attempt={form.attempt} />
      <fieldset
        id={fieldDomId('rating')}
        tabIndex={-1}
        className={err.rating ? 'fieldset field--error' : 'fieldset'}
        aria-describedby={describedBy('rating', true)}
      >
        <legend>{t('fidelity.rate.rating', { name: itemName })}</legend>
        <p id={`${fieldDomId('rating')}-hint`} className="field__hint">
          {t('fidelity.rate.ratingHint')}
        </p>
        {err.rating && (
          <p id={`${fieldDomId('rating')}-error`} className="field__error">
            {err.rating}
          </p>
        )}
        <div className="fidelity-scale">
          {RATINGS.map((r) => (
            <label key={r}>
              <input type="radio" name="fidelity-rating" value={r} checked={rating === r} onChange={() => setRating(r)} />
              {r}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={err.note ? 'field field--error' : 'field'}>
        <label htmlFor={fieldDomId('note')}>{t('fidelity.rate.note')}</label>
        <p id={`${fieldDomId('note')}-hint`} className="field__hint">
          {t('fidelity.rate.noteHint')}
        </p>
        {err.note && (
          <p id={`${fieldDomId('note')}-error`} className="field__error">
            {err.note}
          </p>
        )}
        <textarea
          id={fieldDomId('note')}
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={err.note ? true : undefined}
          aria-describedby={describedBy('note', true)}
        />
      </div>
      <div className={err.ratedOn ? 'field field--error' : 'field'}>
        <label htmlFor={fieldDomId('ratedOn')}>{t('fidelity.rate.ratedOn')}</label>
        {err.ratedOn && (
          <p id={`${fieldDomId('ratedOn')}-error`} className="field__error">
            {err.ratedOn}
          </p>
        )}
        <input
          id={fieldDomId('ratedOn')}
          type="date"
          max={today}
          value={ratedOn}
          onChange={(e) => setRatedOn(e.target.value)}
          aria-invalid={err.ratedOn ? true : undefined}
          aria-describedby={describedBy('ratedOn')}
        />
      </div>
      {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
      <p role="status">{saved !== null && t('fidelity.rate.saved', { rating: saved })}</p>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('fidelity.rate.save')}
        </button>
      </div>
    </form>
  );
}
