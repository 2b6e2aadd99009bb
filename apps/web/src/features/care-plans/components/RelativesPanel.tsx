import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/FormField';
import type { CitizenPlanOverviewQuery } from '../../../gql/graphql';
import { fieldErrors } from '../../../lib/graphql-errors';
import { AddRelativeDocument, UpdateRelativeDocument } from '../graphql/care-plans';

type RelativeRow = NonNullable<CitizenPlanOverviewQuery['citizen']>['relatives'][number];
const FIELDS = ['name', 'relation', 'phone'] as const;

/** Relatives, and whether the citizen wants each of them involved. */
export function RelativesPanel({ citizenId, relatives, announce }: { citizenId: string; relatives: RelativeRow[]; announce: (m: string) => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [error, setError] = useState<unknown>();
  const refetchQueries = ['CitizenPlanOverview'];
  const [add, addState] = useMutation(AddRelativeDocument, { refetchQueries, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(UpdateRelativeDocument, { refetchQueries, awaitRefetchQueries: true });

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const f = new FormData(event.currentTarget);
    const name = String(f.get('relative-name') ?? '').trim();
    const relation = String(f.get('relative-relation') ?? '').trim();
    const phone = String(f.get('relative-phone') ?? '').trim() || null;
    const wantsInvolved = f.get('relative-wantsInvolved') === 'on';
    const found: Record<string, string> = {};
    if (!name) found.name = t('carePlan.relatives.nameRequired');
    if (!relation) found.relation = t('carePlan.relatives.relationRequired');
    setErrors(found);
    const first = FIELDS.find((k) => found[k]);
    if (first) return document.getElementById(`relative-${first}`)?.focus();
    try {
      await add({ variables: { input: { citizenId, name, relation, phone, wantsInvolved } } });
      setAdding(false);
      announce(t('carePlan.relatives.save'));
    } catch (e) {
      const { byField, other } = fieldErrors(e, FIELDS);
      setErrors(byField);
      if (other.length) setError(e);
    }
  }

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
                  void update({ variables: { input: { id: r.id, wantsInvolved: !r.wantsInvolved } } }).then(
                    () => announce(!r.wantsInvolved ? t('carePlan.relatives.involved') : t('carePlan.relatives.notInvolved')),
                    (e: unknown) => setError(e),
                  )
                }
              >
                {r.wantsInvolved ? t('carePlan.relatives.toggleOff') : t('carePlan.relatives.toggleOn')}
                <span className="visually-hidden"> ({r.name})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      {adding ? (
        <form className="form" onSubmit={(e) => void onAdd(e)} noValidate>
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
