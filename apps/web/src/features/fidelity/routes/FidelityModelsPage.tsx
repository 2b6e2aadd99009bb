import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import type { FidelityModelVersionsQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { cutoffInput, deriveOverrides, type CutoffDraft } from '../model-versions';
import { thresholdText } from '../format';
import { ActivateFidelityModelVersionDocument, DeriveFidelityModelVersionDocument, FidelityModelVersionsDocument } from '../graphql/fidelity';
import '../fidelity.css';

type Version = FidelityModelVersionsQuery['fidelityModelVersions'][number];

/** Only the admin and the steering group may derive and activate (the API's ManageFidelityModels). */
const MANAGERS = ['ADMIN', 'STEERING_GROUP'];

/**
 * The fidelity model's versions: the standard one and the municipality's own, the one in use
 * marked. A version's items with their thresholds in words; the admin and the steering group
 * derive a new version (other cutoffs, items left out) and take a version into use — reports
 * from then on use it, reports already computed keep the version they were computed with.
 */
export default function FidelityModelsPage() {
  const { t } = useTranslation();
  usePageTitle(t('fidelity.models.title'));
  const viewer = useViewer();
  const manage = MANAGERS.includes(viewer.role);
  const { data, loading, error, refetch } = useQuery(FidelityModelVersionsDocument);
  const versions = data?.fidelityModelVersions;
  const [shownId, setShownId] = useState<string | null>(null);
  const [deriveFrom, setDeriveFrom] = useState<string | null>(null);
  const [activateId, setActivateId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const shown = versions?.find((v) => v.versionId === (shownId ?? versions.find((x) => x.active)?.versionId));
  const base = versions?.find((v) => v.versionId === deriveFrom);
  const toActivate = versions?.find((v) => v.versionId === activateId);

  return (
    <>
      {viewer.role === 'STEERING_GROUP' && (
        <p className="breadcrumb">
          <Link to="/fidelity">{t('fidelity.steering.title')}</Link>
        </p>
      )}
      <h1>{t('fidelity.models.title')}</h1>
      <p className="lead">{t('fidelity.models.intro')}</p>
      {loading && !versions && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      <p role="status">{status}</p>
      {versions && (
        <>
          <VersionList
            versions={versions}
            manage={manage}
            onShow={(id) => setShownId(id)}
            onDerive={(id) => {
              setStatus('');
              setActivateId(null);
              setDeriveFrom(id);
            }}
            onActivate={(id) => {
              setStatus('');
              setDeriveFrom(null);
              setActivateId(id);
            }}
          />
          {toActivate && (
            <ActivateConfirm
              version={toActivate}
              onDone={(label) => {
                setActivateId(null);
                if (label) setStatus(t('fidelity.models.activated', { label }));
              }}
            />
          )}
          {base && (
            <DeriveForm
              key={base.versionId}
              base={base}
              onCancel={() => setDeriveFrom(null)}
              onSaved={(id, label) => {
                setDeriveFrom(null);
                setShownId(id);
                setStatus(t('fidelity.models.derived', { label }));
              }}
            />
          )}
          {shown && <VersionItems version={shown} />}
        </>
      )}
    </>
  );
}

function VersionList({
  versions,
  manage,
  onShow,
  onDerive,
  onActivate,
}: {
  versions: readonly Version[];
  manage: boolean;
  onShow: (id: string) => void;
  onDerive: (id: string) => void;
  onActivate: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const labelOf = (id: string | null | undefined) => (id ? (versions.find((v) => v.versionId === id)?.label ?? id) : '–');
  return (
    <section aria-labelledby="fidelity-models-list">
      <h2 id="fidelity-models-list">{t('fidelity.models.listTitle')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="fidelity-models-caption" tabIndex={0}>
        <table className="table fidelity-models">
          <caption id="fidelity-models-caption">{t('fidelity.models.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fidelity.models.label')}</th>
              <th scope="col">{t('fidelity.models.basedOn')}</th>
              <th scope="col">{t('fidelity.models.created')}</th>
              <th scope="col">{t('fidelity.models.status')}</th>
              <th scope="col">{t('fidelity.models.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionId}>
                <th scope="row">{v.label}</th>
                <td>{labelOf(v.basedOn)}</td>
                <td>{v.createdAt ? formatDate(v.createdAt, i18n.language) : t('fidelity.models.builtIn')}</td>
                <td>{v.active ? <strong className="fidelity-active">{t('fidelity.models.active')}</strong> : t('fidelity.models.notActive')}</td>
                <td>
                  <div className="button-row">
                    <button type="button" className="button button--secondary" onClick={() => onShow(v.versionId)}>
                      {t('fidelity.models.show', { label: v.label })}
                    </button>
                    {manage && (
                      <button type="button" className="button button--secondary" onClick={() => onDerive(v.versionId)}>
                        {t('fidelity.models.derive', { label: v.label })}
                      </button>
                    )}
                    {manage && !v.active && (
                      <button type="button" className="button" onClick={() => onActivate(v.versionId)}>
                        {t('fidelity.models.activate', { label: v.label })}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function VersionItems({ version }: { version: Version }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="fidelity-models-items">
      <h2 id="fidelity-models-items">{t('fidelity.models.itemsTitle', { label: version.label })}</h2>
      <div className="table-scroll" role="region" aria-labelledby="fidelity-models-items-caption" tabIndex={0}>
        <table className="table fidelity-items">
          <caption id="fidelity-models-items-caption">{t('fidelity.models.itemsCaption', { label: version.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fidelity.items.item')}</th>
              <th scope="col">{t('fidelity.models.thresholds')}</th>
            </tr>
          </thead>
          <tbody>
            {version.items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">{item.name}</th>
                <td className="fidelity-threshold">
                  {item.rule ? thresholdText(t, i18n.language, item.unit, item.rule) : t('fidelity.items.manualThreshold')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ActivateConfirm({ version, onDone }: { version: Version; onDone: (label: string | null) => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useFormSubmit([]);
  const [activate, { loading }] = useMutation(ActivateFidelityModelVersionDocument, {
    refetchQueries: ['FidelityModelVersions'],
    awaitRefetchQueries: true,
  });
  useEffect(() => heading.current?.focus(), [version.versionId]);
  return (
    <section className="card fidelity-confirm" aria-labelledby="fidelity-activate-title">
      <h2 id="fidelity-activate-title" ref={heading} tabIndex={-1}>
        {t('fidelity.models.confirmTitle', { label: version.label })}
      </h2>
      <p>{t('fidelity.models.confirmText', { label: version.label })}</p>
      {form.error !== undefined && <ErrorMessage error={form.error} />}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() =>
            form.run(async () => {
              await activate({ variables: { versionId: version.versionId } });
              onDone(version.label);
            })
          }
        >
          {loading ? t('common.saving') : t('fidelity.models.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('fidelity.models.cancel')}
        </button>
      </div>
    </section>
  );
}

const derivedDomId = (field: string) => `fidelity-derive-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

function DeriveForm({ base, onCancel, onSaved }: { base: Version; onCancel: () => void; onSaved: (versionId: string, label: string) => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [label, setLabel] = useState('');
  const [drafts, setDrafts] = useState<Record<string, CutoffDraft>>(() =>
    Object.fromEntries(base.items.map((i) => [i.itemId, { cutoffs: i.rule ? i.rule.cutoffs.map((c) => cutoffInput(i.unit, c)) : [], excluded: false }])),
  );
  const fields = ['label', ...base.items.map((i) => i.itemId), 'overrides'];
  const form = useFormSubmit(fields, derivedDomId);
  const [derive, { loading }] = useMutation(DeriveFidelityModelVersionDocument, {
    refetchQueries: ['FidelityModelVersions'],
    awaitRefetchQueries: true,
  });
  useEffect(() => heading.current?.focus(), []);
  const err = form.errors.byField;

  const onSubmit = form.submit(async () => {
    const result = deriveOverrides(base.items, drafts);
    const byField: Record<string, string | undefined> = {
      label: !label.trim() ? t('fidelity.models.labelRequired') : label.trim().length > 200 ? t('fidelity.models.labelTooLong') : undefined,
    };
    for (const [itemId, problem] of Object.entries(result.problems)) {
      const name = base.items.find((i) => i.itemId === itemId)?.name ?? itemId;
      byField[itemId] = problem === 'number' ? t('fidelity.models.cutoffNumber', { name }) : t('fidelity.models.cutoffOrder', { name });
    }
    if (!form.check(byField)) return false;
    const saved = await derive({ variables: { input: { basedOn: base.versionId, label: label.trim(), overrides: result.overrides } } });
    onSaved(saved.data?.deriveFidelityModelVersion.versionId ?? '', label.trim());
  });

  const setDraft = (itemId: string, change: Partial<CutoffDraft>) => setDrafts((d) => ({ ...d, [itemId]: { ...d[itemId], ...change } }));

  return (
    <form className="form fidelity-derive" onSubmit={onSubmit} noValidate aria-busy={loading || undefined} aria-labelledby="fidelity-derive-title">
      <h2 id="fidelity-derive-title" ref={heading} tabIndex={-1}>
        {t('fidelity.models.deriveTitle', { label: base.label })}
      </h2>
      <p>{t('fidelity.models.deriveHelp')}</p>
      <ErrorSummary items={form.errors.summary} attempt={form.attempt} />
      <TextField
        id={derivedDomId('label')}
        label={t('fidelity.models.newLabel')}
        hint={t('fidelity.models.newLabelHint')}
        error={err.label}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        maxLength={200}
      />
      <div id={derivedDomId('overrides')} tabIndex={-1}>
        {err.overrides && <p className="field__error">{err.overrides}</p>}
        {base.items.map((item) => {
          const id = derivedDomId(item.itemId);
          const draft = drafts[item.itemId];
          const higher = item.rule?.direction === 'HIGHER_IS_BETTER';
          const share = item.unit.toLowerCase() === 'share';
          return (
            <fieldset
              key={item.itemId}
              id={id}
              tabIndex={-1}
              className={err[item.itemId] ? 'fieldset field--error' : 'fieldset'}
              aria-describedby={err[item.itemId] ? `${id}-error` : undefined}
            >
              <legend>{item.name}</legend>
              {err[item.itemId] && (
                <p id={`${id}-error`} className="field__error">
                  {err[item.itemId]}
                </p>
              )}
              <label className="checkbox">
                <input type="checkbox" checked={draft.excluded} onChange={(e) => setDraft(item.itemId, { excluded: e.target.checked })} />
                {t('fidelity.models.exclude')}
              </label>
              {item.rule && !draft.excluded && (
                <div className="fidelity-cutoffs">
                  {draft.cutoffs.map((value, i) => (
                    <div className="field" key={i}>
                      <label htmlFor={`${id}-c${i}`}>
                        {t(higher ? 'fidelity.models.cutoffAtLeast' : 'fidelity.models.cutoffAtMost', { rating: i + 2 })}
                        {share ? ' (%)' : ''}
                      </label>
                      <input
                        id={`${id}-c${i}`}
                        inputMode="decimal"
                        value={value}
                        aria-invalid={err[item.itemId] ? true : undefined}
                        onChange={(e) => setDraft(item.itemId, { cutoffs: draft.cutoffs.map((c, j) => (j === i ? e.target.value : c)) })}
                      />
                    </div>
                  ))}
                </div>
              )}
            </fieldset>
          );
        })}
      </div>
      {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('fidelity.models.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('fidelity.models.cancel')}
        </button>
      </div>
    </form>
  );
}
