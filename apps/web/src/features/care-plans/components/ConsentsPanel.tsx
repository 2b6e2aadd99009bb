import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/FormField';
import type { CitizenPlanOverviewQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { formatDay } from '../format';
import { RecordConsentDocument, WithdrawConsentDocument } from '../graphql/care-plans';
import { AgreementsDocument } from '../../agreements/graphql/agreements';

type ConsentRow = NonNullable<CitizenPlanOverviewQuery['citizen']>['consents'][number];
const FIELDS = ['partner', 'purpose', 'validFrom', 'validTo', 'agreementId'] as const;

/** Consents to share with partners: who, what and why, from–to; withdrawn ones stay listed. */
export function ConsentsPanel({ citizenId, consents, announce }: { citizenId: string; consents: ConsentRow[]; announce: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const { errors: shown, generalError, submit, check, focusFirst } = useFormSubmit(FIELDS, (f) => `consent-${f}`);
  const errors: Partial<Record<string, string>> = shown.byField;
  const refetchQueries = ['CitizenPlanOverview'];
  const [record, recordState] = useMutation(RecordConsentDocument, { refetchQueries, awaitRefetchQueries: true });
  const [withdraw, withdrawState] = useMutation(WithdrawConsentDocument, { refetchQueries, awaitRefetchQueries: true });
  const day = (d: string) => formatDay(d, i18n.language);
  // The signed agreements a consent may rest on (optional); only fetched while adding one.
  const signed = useQuery(AgreementsDocument, { variables: { status: 'SIGNED' }, skip: !adding });

  const onAdd = submit(async (f) => {
    const partner = f.text('consent-partner').trim();
    const purpose = f.text('consent-purpose').trim();
    const validFrom = f.text('consent-validFrom');
    const validTo = f.text('consent-validTo') || null;
    const agreementId = f.text('consent-agreementId') || null;
    const found = {
      partner: partner ? undefined : t('carePlan.consents.partnerRequired'),
      purpose: purpose ? undefined : t('carePlan.consents.purposeRequired'),
      validFrom: validFrom ? undefined : t('carePlan.consents.dateRequired'),
    };
    focusFirst(found);
    if (!check(found)) return false;
    await record({ variables: { input: { citizenId, partner, purpose, validFrom, validTo, agreementId } } });
    setAdding(false);
    announce(t('carePlan.consents.save'));
  });

  const onWithdraw = (consentId: string) =>
    submit(async (f) => {
      const withdrawnOn = f.text(`withdraw-${consentId}`);
      if (!withdrawnOn) return false;
      await withdraw({ variables: { input: { consentId, withdrawnOn } } });
      setWithdrawing(null);
      announce(t('carePlan.consents.withdrawnOn', { date: day(withdrawnOn) }));
    });

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
              {c.agreement && <p className="muted">{t('carePlan.consents.restsOn', { partner: c.agreement.partnerName })}</p>}
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
                  <form className="form form--inline" onSubmit={onWithdraw(c.id)}>
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
      <ErrorMessage error={generalError} />
      {adding ? (
        <form className="form" onSubmit={onAdd} noValidate>
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
          <SelectField id="consent-agreementId" label={t('carePlan.consents.agreement')} hint={t('carePlan.consents.agreementHint')} optional={t('form.optional')} error={errors.agreementId}>
            <option value="">{t('carePlan.consents.noAgreement')}</option>
            {(signed.data?.agreements ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.partnerName}
              </option>
            ))}
          </SelectField>
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
