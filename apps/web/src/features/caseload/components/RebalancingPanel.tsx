import { useRef, useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { ProposeRebalancingQuery } from '../../../gql/graphql';
import { ProposeRebalancingDocument } from '../graphql/caseload';
import { useAssign } from '../hooks/useAssign';
import { focusLater } from '../focus';
import { CaseloadError } from './CaseloadError';

type Move = ProposeRebalancingQuery['proposeRebalancing']['moves'][number];
type MoveState = { state: 'open' } | { state: 'pending' } | { state: 'done' } | { state: 'rejected' } | { state: 'failed'; error: unknown };

/**
 * "Foreslå fordeling": the API proposes moves; the leader accepts or rejects each one. Accepting
 * assigns through the same mutation as by hand, so the max-10 rule is checked again.
 */
export function RebalancingPanel({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const [propose, { data, loading, error }] = useLazyQuery(ProposeRebalancingDocument, { fetchPolicy: 'network-only' });
  const [states, setStates] = useState<Record<string, MoveState>>({});
  const [assign] = useAssign();
  const resultRef = useRef<HTMLDivElement>(null);
  const proposal = data?.proposeRebalancing;

  async function onPropose() {
    setStates({});
    await propose({ variables: { teamId } }).catch(() => undefined);
    resultRef.current?.focus();
  }

  const key = (m: Move) => `${m.citizenId}:${m.toMemberId}`;
  const setState = (m: Move, s: MoveState) => setStates((prev) => ({ ...prev, [key(m)]: s }));

  async function accept(move: Move) {
    setState(move, { state: 'pending' });
    try {
      await assign({ variables: { input: { citizenId: move.citizenId, memberId: move.toMemberId } } });
      setState(move, { state: 'done' });
    } catch (e) {
      setState(move, { state: 'failed', error: e });
    }
  }

  const counts = proposal
    ? proposal.moves.reduce(
        (acc, m) => {
          const s = states[key(m)]?.state ?? 'open';
          if (s === 'done') acc.done += 1;
          if (s === 'open' || s === 'pending') acc.open += 1;
          return acc;
        },
        { done: 0, open: 0 },
      )
    : undefined;

  return (
    <>
      <p>{t('caseload.proposal.intro')}</p>
      <button type="button" className="button" onClick={() => void onPropose()} disabled={loading}>
        {loading ? t('caseload.proposal.working') : proposal ? t('caseload.proposal.again') : t('caseload.proposal.propose')}
      </button>
      {error && <ErrorMessage error={error} onRetry={() => void onPropose()} />}
      <div ref={resultRef} tabIndex={-1} className="proposal">
        {proposal && (
          <>
            <h3 id="proposal-result-heading">{t('caseload.proposal.resultTitle')}</h3>
            {proposal.moves.length === 0 ? (
              <p>{t('caseload.proposal.none')}</p>
            ) : (
              <>
                <p role="status">{t('caseload.proposal.progress', { count: proposal.moves.length, done: counts!.done, open: counts!.open })}</p>
                <ol className="card-list moves">
                  {proposal.moves.map((move, index) => (
                    <MoveItem
                      key={key(move)}
                      resultId={`move-${index}-result`}
                      move={move}
                      state={states[key(move)] ?? { state: 'open' }}
                      onAccept={() => {
                        focusLater(`move-${index}-result`);
                        void accept(move);
                      }}
                      onReject={() => {
                        setState(move, { state: 'rejected' });
                        focusLater(`move-${index}-result`);
                      }}
                    />
                  ))}
                </ol>
              </>
            )}
            {proposal.stillWaiting > 0 && <p className="text-warning">{t('caseload.proposal.stillWaiting', { count: proposal.stillWaiting })}</p>}
            {proposal.stillOver > 0 && <p className="text-warning">{t('caseload.proposal.stillOver', { count: proposal.stillOver })}</p>}
          </>
        )}
      </div>
    </>
  );
}

interface MoveProps {
  resultId: string;
  move: Move;
  state: MoveState;
  onAccept: () => void;
  onReject: () => void;
}

function MoveItem({ resultId, move, state, onAccept, onReject }: MoveProps) {
  const { t } = useTranslation();
  const what = move.fromMemberName
    ? t('caseload.proposal.move', { citizen: move.citizenName, from: move.fromMemberName, to: move.toMemberName })
    : t('caseload.proposal.place', { citizen: move.citizenName, to: move.toMemberName });
  return (
    <li className={`card move move--${state.state}`}>
      <p className="card__title">{what}</p>
      <p className="muted">
        {t(`caseload.proposal.reason.${move.reason}`, { from: move.fromMemberName ?? '', defaultValue: move.reason })}{' '}
        {t(`caseload.proposal.basis.${move.basis}`, { to: move.toMemberName, defaultValue: move.basis })}
      </p>
      {/* Focus lands here when the buttons go away, so keyboard users keep their place. */}
      <div id={resultId} tabIndex={-1} className="move__status" aria-live="polite">
        {state.state === 'pending' && <p className="loading">{t('caseload.proposal.applying')}</p>}
        {state.state === 'done' && <p className="move__result move__result--done">✓ {t('caseload.proposal.done')}</p>}
        {state.state === 'rejected' && <p className="move__result">{t('caseload.proposal.rejected')}</p>}
      </div>
      {state.state === 'failed' && <CaseloadError error={state.error} />}
      {(state.state === 'open' || state.state === 'failed') && (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={onAccept}>
            {t('caseload.proposal.accept')}
            <span className="visually-hidden">: {what}</span>
          </button>
          <button type="button" className="button button--small button--secondary" onClick={onReject}>
            {t('caseload.proposal.reject')}
            <span className="visually-hidden">: {what}</span>
          </button>
        </div>
      )}
    </li>
  );
}
