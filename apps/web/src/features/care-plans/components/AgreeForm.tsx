import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenToday } from '@act/domain';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import type { AgreedHow } from '../../../gql/graphql';
import { fieldErrors } from '../../../lib/graphql-errors';
import { AgreeCarePlanDocument } from '../graphql/care-plans';

const FIELDS = ['agreedOn', 'agreedHow', 'participants', 'nextFollowUpOn', 'goals'] as const;
const HOW: AgreedHow[] = ['HOME_VISIT', 'MEETING', 'PHONE'];

/** Marks the draft as agreed with the citizen: the day, how, and who took part. */
export function AgreeForm({ versionId, revision, onAgreed }: { versionId: string; revision: number; onAgreed: (message: string) => void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [agree, { loading }] = useMutation(AgreeCarePlanDocument);

  function show(byField: Record<string, string>, general: string[] = []) {
    setErrors(byField);
    const ids: Record<string, string> = { nextFollowUpOn: 'nextFollowUpOn', goals: 'citizenWords' };
    setSummary([
      ...Object.entries(byField).map(([f, message]) => ({ fieldId: ids[f] ?? `agree-${f}`, message })),
      ...general.map((message) => ({ message })),
    ]);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const agreedOn = String(data.get('agree-agreedOn') ?? '');
    const agreedHow = String(data.get('agree-agreedHow') ?? '') as AgreedHow;
    const participants = String(data.get('agree-participants') ?? '').trim();
    const found: Record<string, string> = {};
    if (!agreedOn) found.agreedOn = t('carePlan.consents.dateRequired');
    if (!participants) found.participants = t('carePlan.agree.participantsRequired');
    if (Object.keys(found).length) return show(found);
    show({});
    try {
      await agree({ variables: { input: { versionId, expectedRevision: revision, agreedOn, agreedHow, participants } } });
      onAgreed(t('carePlan.agree.done'));
    } catch (error) {
      const { byField, other } = fieldErrors(error, FIELDS);
      show(byField, other.map((e) => (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT' ? e.message : t(`errors.${e.code}`, { defaultValue: t('errors.UNKNOWN') }))));
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <p className="field__hint">{t('carePlan.agree.intro')}</p>
      <ErrorSummary items={summary} attempt={attempt} />
      <TextField id="agree-agreedOn" type="date" className="input--date" label={t('carePlan.agree.agreedOn')} defaultValue={copenhagenToday()} max={copenhagenToday()} error={errors.agreedOn} />
      <SelectField id="agree-agreedHow" label={t('carePlan.agree.agreedHow')} defaultValue="HOME_VISIT" error={errors.agreedHow}>
        {HOW.map((h) => (
          <option key={h} value={h}>
            {t(`carePlan.howOption.${h}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="agree-participants" label={t('carePlan.agree.participants')} hint={t('carePlan.agree.participantsHint')} maxLength={1000} error={errors.participants} />
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('common.saving') : t('carePlan.agree.submit')}
      </button>
    </form>
  );
}
