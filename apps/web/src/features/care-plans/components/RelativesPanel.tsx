import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/FormField';
import type { CitizenPlanOverviewQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AddRelativeDocument, UpdateRelativeDocument } from '../graphql/care-plans';

type RelativeRow = NonNullable<CitizenPlanOverviewQuery['citizen']>['relatives'][number];
const FIELDS = ['name', 'relation', 'phone'] as const;

/** Relatives, and whether the citizen wants each of them involved. */
export function RelativesPanel({ citizenId, relatives, announce }: { citizenId: string; relatives: RelativeRow[]; announce: (m: string) => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { errors: shown, generalError, submit, check, run, focusFirst } = useFormSubmit(FIELDS, (f) => `relative-${f}`);
  const errors: Partial<Record<string, string>> = shown.byField;
  const refetchQueries = ['CitizenPlanOverview'];
  const [add, addState] = useMutation(AddRelativeDocument, { refetchQueries, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(UpdateRelativeDocument, { refetchQueries, awaitRefetchQueries: true });

  const onAdd = submit(async (f) => {
    const name = f.text('relative-name').trim();
    const relation = f.text('relative-relation').trim();
    const phone = f.text('relative-phone').trim() || null;
    const wantsInvolved = f.checked('relative-wantsInvolved');
    const found = {
      name: name ? undefined : t('carePlan.relatives.nameRequired'),
      relation: relation ? undefined : t('carePlan.relatives.relationRequired'),
    };
    focusFirst(found);
    if (!check(found)) return false;
    await add({ variables: { input: { citizenId, name, relation, phone, wantsInvolved } } });
    setAdding(false);
    announce(t('carePlan.relatives.save'));
  });

  return (
    <div className="relatives">
      <h3>{t('carePlan.relatives.title')}</h3>
      {relatives.length === 0 ? (
        <p className="muted">{t('carePlan.relatives.none')}</p>
      ) : (
        <ul className="card-list">
          {relatives.map((r) => (
            <li key={r.id} className="card-list__item">
              <p>
                <strong>{r.name}</strong> ({r.relation}){r.phone && <> · <a href={`tel:${r.phone.replace(/\s/g, '')}`}>{r.phone}</a></>}
              </p>
              <p>{r.wantsInvolved ? t('carePlan.relatives.involved') : t('carePlan.relatives.notInvolved')}</p>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={updateState.loading}
                onClick={() =>
                  run(async () => {
                    await update({ variables: { input: { id: r.id, wantsInvolved: !r.wantsInvolved } } });
                    announce(!r.wantsInvolved ? t('carePlan.relatives.involved') : t('carePlan.relatives.notInvolved'));
                  })
                }
              >
                {r.wantsInvolved ? t('carePlan.relatives.toggleOff') : t('carePlan.relatives.toggleOn')}
                <span className="visually-hidden"> ({r.name})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={generalError} />
      {adding ? (
        <form className="form" onSubmit={onAdd} noValidate>
          <TextField id="relative-name" label={t('carePlan.relatives.name')} maxLength={200} error={errors.name} autoFocus />
          <TextField id="relative-relation" label={t('carePlan.relatives.relation')} hint={t('carePlan.relatives.relationHint')} maxLength={100} error={errors.relation} />
          <TextField id="relative-phone" type="tel" label={t('carePlan.relatives.phone')} optional={t('form.optional')} error={errors.phone} />
          <div className="field field--checkbox">
            <input id="relative-wantsInvolved" name="relative-wantsInvolved" type="checkbox" />
            <label htmlFor="relative-wantsInvolved">{t('carePlan.relatives.wantsInvolved')}</label>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={addState.loading}>
              {t('carePlan.relatives.save')}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setAdding(false)}>
              {t('carePlan.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--small button--secondary" onClick={() => setAdding(true)}>
          {t('carePlan.relatives.add')}
        </button>
      )}
    </div>
  );
}
