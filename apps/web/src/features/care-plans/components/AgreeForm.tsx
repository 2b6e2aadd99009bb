import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenToday } from '@act/domain';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import type { AgreedHow } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AgreeCarePlanDocument } from '../graphql/care-plans';

const FIELDS = ['agreedOn', 'agreedHow', 'participants', 'nextFollowUpOn', 'goals'] as const;
const HOW: AgreedHow[] = ['HOME_VISIT', 'MEETING', 'PHONE'];
/** The API's field names that point to the editor above the form rather than to this form. */
const EDITOR_IDS: Record<string, string> = { nextFollowUpOn: 'nextFollowUpOn', goals: 'citizenWords' };
const idOf = (field: string) => EDITOR_IDS[field] ?? `agree-${field}`;

/** Marks the draft as agreed with the citizen: the day, how, and who took part. */
export function AgreeForm({ versionId, revision, onAgreed }: { versionId: string; revision: number; onAgreed: (message: string) => void }) {
  const { t } = useTranslation();
  const { errors: found, attempt, submit, check } = useFormSubmit(FIELDS, idOf);
  const errors = found.byField;
  const [agree, { loading }] = useMutation(AgreeCarePlanDocument);

  const onSubmit = submit(async (values) => {
    const agreedOn = values.text('agree-agreedOn');
    const agreedHow = values.text('agree-agreedHow') as AgreedHow;
    const participants = values.text('agree-participants').trim();
    const missing = {
      agreedOn: agreedOn ? undefined : t('carePlan.consents.dateRequired'),
      participants: participants ? undefined : t('carePlan.agree.participantsRequired'),
    };
    if (!check(missing)) return false;
    await agree({ variables: { input: { versionId, expectedRevision: revision, agreedOn, agreedHow, participants } } });
    onAgreed(t('carePlan.agree.done'));
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <p className="field__hint">{t('carePlan.agree.intro')}</p>
      <ErrorSummary items={found.summary} attempt={attempt} />
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
