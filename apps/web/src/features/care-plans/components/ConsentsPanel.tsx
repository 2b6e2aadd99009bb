import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/FormField';
import type { CitizenPlanOverviewQuery } from '../../../gql/graphql';
import { fieldErrors } from '../../../lib/graphql-errors';
import { formatDay } from '../format';
import { RecordConsentDocument, WithdrawConsentDocument } from '../graphql/care-plans';

type ConsentRow = NonNullable<CitizenPlanOverviewQuery['citizen']>['consents'][number];
const FIELDS = ['partner', 'purpose', 'validFrom', 'validTo'] as const;

/** Consents to share with partners: who, what and why, from–to; withdrawn ones stay listed. */
export function ConsentsPanel({ citizenId, consents, announce }: { citizenId: string; consents: ConsentRow[]; announce: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [error, setError] = useState<unknown>();
  const refetchQueries = ['CitizenPlanOverview'];
  const [record, recordState] = useMutation(RecordConsentDocument, { refetchQueries, awaitRefetchQueries: true });
  const [withdraw, withdrawState] = useMutation(WithdrawConsentDocument, { refetchQueries, awaitRefetchQueries: true });
  const day = (d: string) => formatDay(d, i18n.language);

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const f = new FormData(event.currentTarget);
    const partner = String(f.get('consent-partner') ?? '').trim();
    const purpose = String(f.get('consent-purpose') ?? '').trim();
    const validFrom = String(f.get('consent-validFrom') ?? '');
    const validTo = String(f.get('consent-validTo') ?? '') || null;
    const found: Record<string, string> = {};
    if (!partner) found.partner = t('carePlan.consents.partnerRequired');
    if (!purpose) found.purpose = t('carePlan.consents.purposeRequired');
    if (!validFrom) found.validFrom = t('carePlan.consents.dateRequired');
    setErrors(found);
    const first = FIELDS.find((k) => found[k]);
    if (first) return document.getElementById(`consent-${first}`)?.focus();
    try {
      await record({ variables: { input: { citizenId, partner, purpose, validFrom, validTo } } });
      setAdding(false);
      announce(t('carePlan.consents.save'));
    } catch (e) {
      const { byField, other } = fieldErrors(e, FIELDS);
      setErrors(byField);
      if (other.length) setError(e);
    }
  }

  async function onWithdraw(event: FormEvent<HTMLFormElement>, consentId: string) {
    event.preventDefault();
    setError(undefined);
    const withdrawnOn = String(new FormData(event.currentTarget).get(`withdraw-${consentId}`) ?? '');
    if (!withdrawnOn) return;
    try {
      await withdraw({ variables: { input: { consentId, withdrawnOn } } });
      setWithdrawing(null);
      announce(t('carePlan.consents.withdrawnOn', { date: day(withdrawnOn) }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="consents">
      <h3>{t('carePlan.consents.title')}</h3>
      {consents.length === 0 ? (
        <p className="muted">{t('carePlan.consents.none')}</p>
      ) : (
        <ul className="card-list">
          {consents.map((c) => (
            <li key={c.id} className="card-list__item">
              <p>
                <strong>{c.partner}</strong> – <span className={`consent-state consent-state--${c.state.toLowerCase()}`}>{t(`carePlan.consents.state.${c.state}`)}</span>
              </p>
              <p>{c.purpose}</p>
              <p className="muted">
                {t('carePlan.consents.period', { from: day(c.validFrom), to: c.validTo ? day(c.validTo) : t('carePlan.consents.untilWithdrawn') })}
                {c.withdrawnOn && (
                  <>
                    <br />
                    {t('carePlan.consents.withdrawnOn', { date: day(c.withdrawnOn) })}
                  </>
                )}
              </p>
              {!c.withdrawnOn &&
                (withdrawing === c.id ? (
                  <form className="form form--inline" onSubmit={(e) => void onWithdraw(e, c.id)}>
                    <TextField id={`withdraw-${c.id}`} type="date" className="input--date" label={t('carePlan.consents.withdrawOn')} defaultValue={copenhagenToday()} required />
                    <div className="button-row">
                      <button type="submit" className="button button--small" disabled={withdrawState.loading}>
                        {t('carePlan.consents.withdrawConfirm')}
                      </button>
                      <button type="button" className="button button--small button--secondary" onClick={() => setWithdrawing(null)}>
                        {t('carePlan.cancel')}
                      </button>
                    </div>
                  </form>
                ) : (
                  <button type="button" className="button button--small button--secondary" onClick={() => setWithdrawing(c.id)}>
                    {t('carePlan.consents.withdraw')}
                    <span className="visually-hidden"> ({c.partner})</span>
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      {adding ? (
        <form className="form" onSubmit={(e) => void onAdd(e)} noValidate>
          <TextField id="consent-partner" label={t('carePlan.consents.partner')} maxLength={200} error={errors.partner} autoFocus />
          <TextField id="consent-purpose" label={t('carePlan.consents.purpose')} maxLength={1000} error={errors.purpose} />
          <TextField id="consent-validFrom" type="date" className="input--date" label={t('carePlan.consents.validFrom')} defaultValue={copenhagenToday()} error={errors.validFrom} />
          <TextField
            id="consent-validTo"
            type="date"
            className="input--date"
            label={t('carePlan.consents.validTo')}
            hint={t('carePlan.consents.validToHint')}
            optional={t('form.optional')}
            error={errors.validTo}
          />
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={recordState.loading}>
              {t('carePlan.consents.save')}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setAdding(false)}>
              {t('carePlan.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--small button--secondary" onClick={() => setAdding(true)}>
          {t('carePlan.consents.add')}
        </button>
      )}
    </div>
  );
}
