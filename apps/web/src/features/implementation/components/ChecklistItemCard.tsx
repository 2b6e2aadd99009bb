import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { ChecklistItemFieldsFragment, ChecklistStatus, ImplementationEvidenceOptionsQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { RemoveChecklistItemDocument, ReopenChecklistItemDocument, SetChecklistItemStatusDocument, UpdateChecklistItemDocument } from '../graphql/implementation';
import { shortDate } from './format';
import { ItemHistory } from './ItemHistory';
import { ReasonField } from './ReasonField';

export type EvidenceChoices = ImplementationEvidenceOptionsQuery['implementationEvidenceOptions'];
type Item = ChecklistItemFieldsFragment;

const STATUSES: ChecklistStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_RELEVANT'];
const settled = (s: ChecklistStatus) => s === 'DONE' || s === 'NOT_RELEVANT';

/** Where a linked record opens in the platform, for a viewer who may open it (round results: the steering group; function descriptions: staff). */
function evidencePath(kind: string, id: string, roleId: string | null | undefined, canManage: boolean): string | null {
  if (kind === 'AGREEMENT') return `/agreements/${id}`;
  if (kind === 'READINESS_ROUND') return canManage ? `/readiness/${id}` : null;
  if (kind === 'FUNCTION_DESCRIPTION' && roleId && !canManage) return `/function-roles/${roleId}`;
  return null;
}

export function ChecklistItemCard({ item, canManage, choices, onChanged }: { item: Item; canManage: boolean; choices: EvidenceChoices | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const textId = `item-${item.id}-text`;
  return (
    <article className={`impl-item impl-item--${item.status.toLowerCase()}`} aria-labelledby={textId}>
      <h4 id={textId} className="impl-item__text">
        {item.text}
      </h4>
      <dl className="impl-facts">
        <div>
          <dt>{t('implementation.item.status')}</dt>
          <dd>
            <span className={`badge impl-status impl-status--${item.status.toLowerCase()}`}>{t(`implementation.status.${item.status}`)}</span>
          </dd>
        </div>
        {item.statusReason && (
          <div>
            <dt>{t('implementation.item.reason')}</dt>
            <dd>{item.statusReason}</dd>
          </div>
        )}
        <div>
          <dt>{t('implementation.item.owner')}</dt>
          <dd>{item.owner ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('implementation.item.due')}</dt>
          <dd>
            {item.dueOn ? shortDate(item.dueOn) : t('common.none')}
            {item.overdue && <strong className="impl-overdue"> {t('implementation.overdue')}</strong>}
          </dd>
        </div>
        <div>
          <dt>{t('implementation.item.evidence')}</dt>
          <dd>
            <Evidence item={item} canManage={canManage} />
          </dd>
        </div>
      </dl>
      {!item.fromGuide && <p className="muted impl-own">{t('implementation.item.own')}</p>}
      {canManage && (
        <div className="impl-actions">
          {settled(item.status) ? <ReopenForm item={item} onChanged={onChanged} /> : <StatusForm item={item} onChanged={onChanged} />}
          <DetailsForm item={item} choices={choices} onChanged={onChanged} />
          {!item.fromGuide && <RemoveForm item={item} onChanged={onChanged} />}
        </div>
      )}
      <ItemHistory itemId={item.id} />
    </article>
  );
}

function Evidence({ item, canManage }: { item: Item; canManage: boolean }) {
  const { t } = useTranslation();
  const any = item.evidenceNote || item.evidenceUrl || item.evidenceRecords.length > 0;
  if (!any) return <>{t('implementation.item.noEvidence')}</>;
  return (
    <ul className="impl-evidence">
      {item.evidenceRecords.map((r) => {
        const path = evidencePath(r.kind, r.id, r.roleId, canManage);
        const label = `${t(`implementation.evidenceKind.${r.kind}`)}: ${r.label}`;
        return <li key={r.id}>{path ? <Link to={path}>{label}</Link> : label}</li>;
      })}
      {item.evidenceUrl && (
        <li>
          <a href={item.evidenceUrl} rel="noopener noreferrer" target="_blank">
            {t('implementation.item.link')} <span className="visually-hidden">{t('implementation.item.newWindow')}</span>
          </a>
        </li>
      )}
      {item.evidenceNote && <li>{item.evidenceNote}</li>}
    </ul>
  );
}

function StatusForm({ item, onChanged }: { item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const [setStatus, { loading }] = useMutation(SetChecklistItemStatusDocument);
  const { error, errors, submit, check } = useFormSubmit(['reason']);
  const id = `status-${item.id}`;
  const onSubmit = submit(async (f) => {
    const status = f.text(`${id}-status`) as ChecklistStatus;
    const reason = f.text(`${id}-reason`).trim();
    if (!check({ reason: status === 'NOT_RELEVANT' && !reason ? t('implementation.statusForm.reasonRequired') : undefined })) return false;
    await setStatus({ variables: { input: { id: item.id, version: item.version, status, reason: reason || null } } });
    onChanged();
  });
  return (
    <details className="impl-details">
      <summary>{t('implementation.statusForm.open')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('implementation.item.status')}</label>
          <select id={`${id}-status`} name={`${id}-status`} defaultValue={item.status === 'NOT_STARTED' ? 'IN_PROGRESS' : 'DONE'}>
            {STATUSES.filter((s) => s !== item.status).map((s) => (
              <option key={s} value={s}>
                {t(`implementation.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <ReasonField id={`${id}-reason`} label={t('implementation.statusForm.reason')} hint={t('implementation.statusForm.reasonHint')} error={errors.byField.reason} />
        {error !== undefined && !errors.byField.reason && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('implementation.statusForm.submit')}
        </button>
      </form>
    </details>
  );
}

function ReopenForm({ item, onChanged }: { item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const [reopen, { loading }] = useMutation(ReopenChecklistItemDocument);
  const { error, errors, submit, check } = useFormSubmit(['reason']);
  const id = `reopen-${item.id}`;
  const onSubmit = submit(async (f) => {
    const reason = f.text(id).trim();
    if (!check({ reason: reason ? undefined : t('implementation.reopen.reasonRequired') })) return false;
    await reopen({ variables: { input: { id: item.id, version: item.version, reason } } });
    onChanged();
  });
  return (
    <details className="impl-details">
      <summary>{t('implementation.reopen.open')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <ReasonField id={id} label={t('implementation.reopen.reason')} hint={t('implementation.reopen.hint')} error={errors.byField.reason} />
        {error !== undefined && !errors.byField.reason && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('implementation.reopen.submit')}
        </button>
      </form>
    </details>
  );
}

function DetailsForm({ item, choices, onChanged }: { item: Item; choices: EvidenceChoices | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UpdateChecklistItemDocument);
  const { error, errors, submit } = useFormSubmit(['text', 'owner', 'dueOn', 'evidenceNote', 'evidenceUrl']);
  const id = `details-${item.id}`;
  const linked = (kind: string) => item.evidenceRecords.find((r) => r.kind === kind)?.id ?? '';
  const onSubmit = submit(async (f) => {
    const text = (name: string) => f.text(`${id}-${name}`).trim() || null;
    await update({
      variables: {
        input: {
          id: item.id,
          version: item.version,
          ...(item.fromGuide ? {} : { text: text('text') }),
          owner: text('owner'),
          dueOn: text('due'),
          evidenceNote: text('note'),
          evidenceUrl: text('url'),
          evidenceAgreementId: text('agreement'),
          evidenceRoundId: text('round'),
          evidenceFunctionDescriptionId: text('function'),
        },
      },
    });
    onChanged();
  });
  const field = (name: string, label: string, input: React.ReactNode, hint?: string, errorKey?: string) => (
    <div className={errorKey && errors.byField[errorKey] ? 'field field--error' : 'field'}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {hint && (
        <p id={`${id}-${name}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {errorKey && errors.byField[errorKey] && (
        <p id={`${id}-${name}-error`} className="field__error">
          {errors.byField[errorKey]}
        </p>
      )}
      {input}
    </div>
  );
  const select = (name: string, options: Array<{ id: string; label: string }> | undefined, current: string, label: string) =>
    field(
      name,
      label,
      <select id={`${id}-${name}`} name={`${id}-${name}`} defaultValue={current}>
        <option value="">{t('implementation.details.noRecord')}</option>
        {(options ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>,
    );
  return (
    <details className="impl-details">
      <summary>{t('implementation.details.open')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        {!item.fromGuide && field('text', t('implementation.details.text'), <input id={`${id}-text`} name={`${id}-text`} defaultValue={item.text} maxLength={500} />, undefined, 'text')}
        {field('owner', t('implementation.item.owner'), <input id={`${id}-owner`} name={`${id}-owner`} defaultValue={item.owner ?? ''} maxLength={200} />, t('implementation.details.ownerHint'), 'owner')}
        {field('due', t('implementation.item.due'), <input id={`${id}-due`} name={`${id}-due`} type="date" defaultValue={item.dueOn ?? ''} />, undefined, 'dueOn')}
        {select('agreement', choices?.agreements, linked('AGREEMENT'), t('implementation.details.agreement'))}
        {select('round', choices?.readinessRounds, linked('READINESS_ROUND'), t('implementation.details.round'))}
        {select('function', choices?.functionDescriptions, linked('FUNCTION_DESCRIPTION'), t('implementation.details.function'))}
        {field('url', t('implementation.details.url'), <input id={`${id}-url`} name={`${id}-url`} type="url" defaultValue={item.evidenceUrl ?? ''} maxLength={1000} />, t('implementation.details.urlHint'), 'evidenceUrl')}
        {field('note', t('implementation.details.note'), <textarea id={`${id}-note`} name={`${id}-note`} rows={3} defaultValue={item.evidenceNote ?? ''} maxLength={2000} />, undefined, 'evidenceNote')}
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('implementation.details.submit')}
        </button>
      </form>
    </details>
  );
}

function RemoveForm({ item, onChanged }: { item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveChecklistItemDocument);
  const [confirming, setConfirming] = useState(false);
  const { error, run } = useFormSubmit();
  if (!confirming) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        {t('implementation.remove.open')}
      </button>
    );
  }
  return (
    <div className="notice" role="group" aria-label={t('implementation.remove.confirmLabel')}>
      <p>{t('implementation.remove.confirm')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      <button
        type="button"
        className="button"
        disabled={loading}
        onClick={() =>
          run(async () => {
            await remove({ variables: { input: { id: item.id, version: item.version } } });
            onChanged();
          })
        }
      >
        {t('implementation.remove.submit')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
        {t('implementation.remove.cancel')}
      </button>
    </div>
  );
}
