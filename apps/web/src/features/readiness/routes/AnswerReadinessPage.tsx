import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { MyReadinessRoundQuery } from '../../../gql/graphql';
import { RoundDates } from '../components/RoundDates';
import { DRIVERS, SCORES } from '../format';
import { MyReadinessRoundDocument, SaveReadinessAnswersDocument, SubmitReadinessAnswersDocument } from '../graphql/readiness';
import '../readiness.css';

type Round = MyReadinessRoundQuery['myReadinessRound'];
/** A statement's answer in the form: a score, "ved ikke" ('dk') or nothing yet. */
interface Draft {
  value: string;
  comment: string;
}

/** /readiness/:roundId/answer — the participant's own answers: scale with "Ved ikke", comment, save, send. */
export default function AnswerReadinessPage() {
  const { roundId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyReadinessRoundDocument, { variables: { roundId }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.myReadinessRound.title ?? t('readiness.answer.title'));
  return (
    <>
      <p>
        <Link to="/readiness">{t('readiness.backToList')}</Link>
      </p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && <AnswerForm key={data.myReadinessRound.roundId} round={data.myReadinessRound} />}
    </>
  );
}

function AnswerForm({ round }: { round: Round }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      round.answers.map((a) => [a.roundStatementId, { value: a.dontKnow ? 'dk' : a.score ? String(a.score) : '', comment: a.comment ?? '' }]),
    ),
  );
  // The round has no cache id of its own: read it again after a write.
  const refetch = { refetchQueries: ['MyReadinessRound'], awaitRefetchQueries: true };
  const [save, saveState] = useMutation(SaveReadinessAnswersDocument, refetch);
  const [submit, submitState] = useMutation(SubmitReadinessAnswersDocument, refetch);
  const [message, setMessage] = useState<string | null>(null);
  const editable = round.status === 'OPEN' && !round.submittedAt;
  const answered = Object.values(drafts).filter((d) => d.value).length;

  const input = () => ({
    roundId: round.roundId,
    answers: round.answers.map((a) => {
      const d = drafts[a.roundStatementId];
      return {
        roundStatementId: a.roundStatementId,
        score: d.value && d.value !== 'dk' ? Number(d.value) : null,
        dontKnow: d.value === 'dk',
        comment: d.value && d.comment.trim() ? d.comment.trim() : null,
      };
    }),
  });
  const set = (id: string, patch: Partial<Draft>) => setDrafts((all) => ({ ...all, [id]: { ...all[id], ...patch } }));

  return (
    <>
      <h1>{round.title}</h1>
      <p className="lead">
        <RoundDates opensOn={round.opensOn} closesOn={round.closesOn} /> · {t(`readiness.status.${round.status}`)}
      </p>
      <p>{t('readiness.answer.privacy')}</p>
      {round.submittedAt && (
        <p role="status" className="notice notice--success">
          {t('readiness.answer.thanks')}
        </p>
      )}
      {!round.submittedAt && round.status === 'CLOSED' && <p className="notice">{t('readiness.answer.closed')}</p>}
      {round.status === 'UPCOMING' && <p className="notice">{t('readiness.answer.upcoming')}</p>}
      {message && (
        <p role="status" className="notice notice--success">
          {message}
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setMessage(null);
          void submit({ variables: { input: input() } })
            .then(() => setMessage(t('readiness.answer.thanks')))
            .catch(() => undefined);
        }}
        noValidate
      >
        <p className="muted">{t('readiness.answer.progress', { answered, count: round.statementCount })}</p>
        {DRIVERS.map((driver) => {
          const statements = round.answers.filter((a) => a.driver === driver);
          if (!statements.length) return null;
          return (
            <fieldset key={driver} className="readiness-driver">
              <legend>{t(`readiness.driver.${driver}`)}</legend>
              <p className="muted">{t(`readiness.driverAbout.${driver}`)}</p>
              {statements.map((a) => {
                const d = drafts[a.roundStatementId];
                const name = `score-${a.roundStatementId}`;
                return (
                  <fieldset key={a.roundStatementId} className="readiness-statement" disabled={!editable}>
                    <legend>{a.text}</legend>
                    <div className="readiness-scale">
                      {SCORES.map((s) => (
                        <label key={s}>
                          <input type="radio" name={name} value={String(s)} checked={d.value === String(s)} onChange={() => set(a.roundStatementId, { value: String(s) })} />
                          {s} {t(`readiness.scale.${s}`)}
                        </label>
                      ))}
                      <label>
                        <input type="radio" name={name} value="dk" checked={d.value === 'dk'} onChange={() => set(a.roundStatementId, { value: 'dk' })} />
                        {t('readiness.scale.dontKnow')}
                      </label>
                    </div>
                    <div className="field readiness-comment">
                      <label htmlFor={`comment-${a.roundStatementId}`}>
                        {t('readiness.answer.comment')} <span className="muted">{t('form.optional')}</span>
                      </label>
                      <textarea
                        id={`comment-${a.roundStatementId}`}
                        rows={2}
                        maxLength={1000}
                        value={d.comment}
                        onChange={(event) => set(a.roundStatementId, { comment: event.target.value })}
                      />
                    </div>
                  </fieldset>
                );
              })}
            </fieldset>
          );
        })}
        {(saveState.error ?? submitState.error) && <ErrorMessage error={submitState.error ?? saveState.error} />}
        {editable && (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={saveState.loading}
              onClick={() => {
                setMessage(null);
                void save({ variables: { input: input() } })
                  .then(() => setMessage(t('readiness.answer.saved')))
                  .catch(() => undefined);
              }}
            >
              {saveState.loading ? t('common.saving') : t('readiness.answer.save')}
            </button>
            <button type="submit" className="button" disabled={submitState.loading}>
              {submitState.loading ? t('common.saving') : t('readiness.answer.submit')}
            </button>
          </div>
        )}
        {editable && <p className="muted">{t('readiness.answer.submitHint')}</p>}
      </form>
    </>
  );
}
