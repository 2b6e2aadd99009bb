import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { StageOfChange } from '../../../gql/graphql';
import { AgreeForm } from '../components/AgreeForm';
import { DraftEditor } from '../components/DraftEditor';
import { PlanVersionView } from '../components/PlanVersionView';
import { formatDay } from '../format';
import { CarePlanPageDocument, StartCarePlanDraftDocument } from '../graphql/care-plans';
import '../care-plans.css';

/** The citizen's plan: the agreed version in force, the draft being made with the citizen, and all versions. */
export default function CarePlanPage() {
  const { t, i18n } = useTranslation();
  const citizenId = useParams().citizenId!;
  const [message, setMessage] = useState('');
  const { data, loading, error, refetch } = useQuery(CarePlanPageDocument, { variables: { citizenId } });
  const [start, startState] = useMutation(StartCarePlanDraftDocument, { refetchQueries: ['CarePlanPage'], awaitRefetchQueries: true });
  const citizen = data?.citizen;
  usePageTitle(citizen ? t('carePlan.planFor', { name: citizen.name }) : t('carePlan.title'));

  if (loading && !citizen) return <Loading label={t('carePlan.loading')} />;
  if (!citizen || !data) {
    return (
      <>
        <h1>{t('carePlan.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const { current, draft, versions } = citizen.carePlan;
  const members = citizen.team.members.edges.map(({ node }) => ({
    id: node.id,
    label: `${node.user.name} (${t(`discipline.${node.discipline}`)})`,
  }));
  const previousStages = new Map<string, StageOfChange | null>((current?.goals ?? []).map((g) => [g.goalKey, g.stageOfChange ?? null]));

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/citizens/${citizen.id}`}>{t('carePlan.backToCitizen', { name: citizen.name })}</Link>
      </p>
      <h1>{t('carePlan.planFor', { name: citizen.name })}</h1>
      <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
        {message}
      </p>

      {draft ? (
        <section aria-labelledby="draft-heading" className="panel">
          <h2 id="draft-heading">{t('carePlan.draftTitle', { number: draft.number })}</h2>
          <p className="field__hint">{t('carePlan.draftHint')}</p>
          <DraftEditor
            key={draft.id}
            draft={draft}
            previousStages={previousStages}
            lifeAreas={data.lifeAreas}
            members={members}
            onSaved={setMessage}
            onRefetch={() => refetch()}
          />
          <h3>{t('carePlan.agree.title')}</h3>
          <AgreeForm
            versionId={draft.id}
            revision={draft.revision}
            onAgreed={(m) => {
              setMessage(m);
              void refetch();
            }}
          />
        </section>
      ) : (
        citizen.status !== 'ENDED' && (
          <div className="panel">
            {current && <p className="field__hint">{t('carePlan.startFollowUpHint')}</p>}
            <ErrorMessage error={startState.error} />
            <button
              type="button"
              className="button"
              disabled={startState.loading}
              onClick={() => void start({ variables: { input: { citizenId } } }).then(() => setMessage(''), () => undefined)}
            >
              {startState.loading ? t('carePlan.starting') : current ? t('carePlan.startFollowUp') : t('carePlan.start')}
            </button>
          </div>
        )
      )}

      {current && (
        <section aria-labelledby="current-heading" className="panel">
          <h2 id="current-heading">{t('carePlan.currentTitle', { number: current.number })}</h2>
          <PlanVersionView version={current} />
          <p>
            <Link className="button button--secondary" to={`/citizens/${citizen.id}/plan/print`}>
              {t('carePlan.printPlan')}
            </Link>
          </p>
        </section>
      )}

      {versions.length > 0 && (
        <section aria-labelledby="history-heading" className="panel">
          <h2 id="history-heading">{t('carePlan.historyTitle')}</h2>
          <ul className="version-list">
            {versions.map((v) => (
              <li key={v.id}>
                <Link to={`/citizens/${citizen.id}/plan/versions/${v.id}`}>
                  {t('carePlan.versionRow', { number: v.number, status: t(`carePlan.status.${v.status}`) })}
                </Link>
                {v.agreedOn && <span className="muted"> – {t('carePlan.versionAgreedOn', { date: formatDay(v.agreedOn, i18n.language) })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
