import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { type ChecklistItemFieldsFragment, type ImplementationPhasesQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AddChecklistItemDocument, EvidenceOptionsDocument, ImplementationPhasesDocument, RevisitPhaseDocument } from '../graphql/implementation';
import { ChecklistItemCard, type EvidenceChoices } from './ChecklistItemCard';
import { PhaseHistory } from './PhaseHistory';
import { ReasonField } from './ReasonField';

type Phase = ImplementationPhasesQuery['implementationPhases'][number];

export function PhasesSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ImplementationPhasesDocument);
  const options = useQuery(EvidenceOptionsDocument, { skip: !canManage });
  if (loading && !data) return <Loading label={t('implementation.loading')} />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const choices: EvidenceChoices | null = options.data?.implementationEvidenceOptions ?? null;
  const reload = () => void refetch();
  return (
    <>
      <section aria-labelledby="phases-overview" className="panel">
        <h2 id="phases-overview">{t('implementation.overview')}</h2>
        <ol className="impl-progress-list">
          {data.implementationPhases.map((p) => (
            <li key={p.phase}>
              <a href={`#phase-${p.phase}`} className="impl-progress-list__name">
                {t('implementation.phaseName', { number: p.number, title: p.title })}
              </a>
              <PhaseProgressBar phase={p} />
            </li>
          ))}
        </ol>
      </section>
      {data.implementationPhases.map((p) => (
        <PhaseSection key={p.phase} phase={p} canManage={canManage} choices={choices} onChanged={reload} />
      ))}
    </>
  );
}

function PhaseProgressBar({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const p = phase.progress;
  const settled = p.done + p.notRelevant;
  const text =
    p.total === 0
      ? t('implementation.progress.empty')
      : t('implementation.progress.text', { settled, total: p.total, percent: p.percent ?? 0, notRelevant: p.notRelevant });
  return (
    <div className="impl-progress">
      <progress max={Math.max(p.total, 1)} value={settled} aria-label={t('implementation.progress.label', { title: phase.title })} />
      <span>
        {text} <span className="impl-state">{t(`implementation.state.${p.state}`)}</span>
      </span>
    </div>
  );
}

function PhaseSection({ phase, canManage, choices, onChanged }: { phase: Phase; canManage: boolean; choices: EvidenceChoices | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const headingId = `phase-${phase.phase}`;
  return (
    <section aria-labelledby={headingId} className="impl-phase">
      <h2 id={headingId} tabIndex={-1}>
        {t('implementation.phaseName', { number: phase.number, title: phase.title })}
      </h2>
      <p>{phase.summary}</p>
      <PhaseProgressBar phase={phase} />
      {phase.lastRevisit && (
        <p className="notice">
          {t('implementation.revisited', { name: phase.lastRevisit.actorName, date: new Date(phase.lastRevisit.at).toLocaleDateString('da-DK'), reason: phase.lastRevisit.reason })}
        </p>
      )}
      <h3>{t('implementation.checklist')}</h3>
      <ul className="impl-items">
        {phase.items.map((item: ChecklistItemFieldsFragment) => (
          <li key={item.id}>
            <ChecklistItemCard item={item} canManage={canManage} choices={choices} onChanged={onChanged} />
          </li>
        ))}
      </ul>
      {canManage && <AddItemForm phase={phase} onAdded={onChanged} />}
      {canManage && <RevisitForm phase={phase} onRevisited={onChanged} />}
      <PhaseHistory phase={phase.phase} title={phase.title} />
    </section>
  );
}

function AddItemForm({ phase, onAdded }: { phase: Phase; onAdded: () => void }) {
  const { t } = useTranslation();
  const [add, { loading }] = useMutation(AddChecklistItemDocument);
  const { error, errors, submit, check } = useFormSubmit(['text']);
  const id = `add-${phase.phase}`;
  const onSubmit = submit(
    async (f) => {
      const text = f.text(`${id}-text`).trim();
      if (!check({ text: text ? undefined : t('implementation.addItem.textRequired') })) return false;
      await add({ variables: { input: { phase: phase.phase, text, owner: f.text(`${id}-owner`).trim() || null, dueOn: f.text(`${id}-due`) || null } } });
      onAdded();
    },
    { reset: true },
  );
  return (
    <details className="impl-details">
      <summary>{t('implementation.addItem.open', { title: phase.title })}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <ReasonField id={`${id}-text`} label={t('implementation.addItem.text')} hint={t('implementation.addItem.hint')} error={errors.byField.text} maxLength={500} />
        <div className="field">
          <label htmlFor={`${id}-owner`}>
            {t('implementation.item.owner')} <span className="muted">{t('form.optional')}</span>
          </label>
          <input id={`${id}-owner`} name={`${id}-owner`} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>
            {t('implementation.item.due')} <span className="muted">{t('form.optional')}</span>
          </label>
          <input id={`${id}-due`} name={`${id}-due`} type="date" />
        </div>
        {error !== undefined && !errors.byField.text && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('implementation.addItem.submit')}
        </button>
      </form>
    </details>
  );
}

function RevisitForm({ phase, onRevisited }: { phase: Phase; onRevisited: () => void }) {
  const { t } = useTranslation();
  const [revisit, { loading }] = useMutation(RevisitPhaseDocument);
  const { error, errors, submit, check } = useFormSubmit(['reason']);
  const id = `revisit-${phase.phase}`;
  const onSubmit = submit(
    async (f) => {
      const reason = f.text(id).trim();
      if (!check({ reason: reason ? undefined : t('implementation.revisit.reasonRequired') })) return false;
      await revisit({ variables: { input: { phase: phase.phase, reason } } });
      onRevisited();
    },
    { reset: true },
  );
  return (
    <details className="impl-details">
      <summary>{t('implementation.revisit.open', { title: phase.title })}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <ReasonField id={id} label={t('implementation.revisit.reason')} hint={t('implementation.revisit.hint')} error={errors.byField.reason} />
        {error !== undefined && !errors.byField.reason && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('implementation.revisit.submit')}
        </button>
      </form>
    </details>
  );
}
