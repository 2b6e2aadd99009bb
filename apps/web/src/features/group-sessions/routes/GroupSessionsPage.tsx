import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDanishTimeRange } from '@act/domain';
import type { GroupSessionFieldsFragment } from '../../../gql/graphql';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { ShowMore } from '../../../components/ShowMore';
import { GroupSessionForm } from '../components/GroupSessionForm';
import { GroupSessionsPageDocument } from '../graphql/group-sessions';

const PAGE_SIZE = 20;

/**
 * The team's group sessions (issue 14): record one that was held — what, when, who led it and
 * which of the team's citizens came — and correct it later. Dual-diagnosis groups feed the
 * fidelity item "group attendance".
 */
export default function GroupSessionsPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const { data, loading, error, refetch, fetchMore } = useQuery(GroupSessionsPageDocument, { variables: { teamId, first: PAGE_SIZE } });
  // 'new', a session's id, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const savedRef = useRef<HTMLParagraphElement>(null);
  usePageTitle(data?.team ? t('groups.title', { team: data.team.name }) : t('groups.titleShort'));
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (loading && !data) return <Loading label={t('groups.loading')} />;
  if (!data) {
    return (
      <>
        <h1>{t('groups.titleShort')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const { team, groupSessions } = data;
  const members = team.members.edges.map((e) => ({ id: e.node.id, name: e.node.user.name })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const citizens = team.citizens.edges
    .map((e) => e.node)
    .filter((c) => c.status === 'ACTIVE' || c.status === 'PAUSED')
    .map((c) => ({ id: c.id, name: c.name }));
  const sessions = groupSessions.edges.map((e) => e.node);
  const done = (message: string) => {
    setEditing(null);
    setSaved(message);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${team.id}`}>{team.name}</Link>
      </p>
      <h1>{t('groups.title', { team: team.name })}</h1>
      <p className="lead">{t('groups.intro')}</p>
      <p ref={savedRef} tabIndex={-1} role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved}
      </p>
      <section aria-labelledby="group-new-heading" className="panel">
        <h2 id="group-new-heading">{t('groups.newTitle')}</h2>
        {editing === 'new' ? (
          <GroupSessionForm
            teamId={team.id}
            members={members}
            citizens={citizens}
            onSaved={(s) => done(t('groups.created', { title: s.title }))}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved('');
              setEditing('new');
            }}
          >
            {t('groups.new')}
          </button>
        )}
      </section>
      <section aria-labelledby="group-list-heading">
        <h2 id="group-list-heading">{t('groups.listTitle')}</h2>
        {sessions.length === 0 && <p>{t('groups.none')}</p>}
        <ul className="card-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              {editing === s.id ? (
                <>
                  <h3 className="card__title">{t('groups.editTitle', { title: s.title })}</h3>
                  <GroupSessionForm
                    teamId={team.id}
                    members={members}
                    citizens={citizens}
                    session={s}
                    onSaved={(x) => done(t('groups.updated', { title: x.title }))}
                    onCancel={() => setEditing(null)}
                  />
                </>
              ) : (
                <SessionCard session={s} onEdit={() => { setSaved(''); setEditing(s.id); }} />
              )}
            </li>
          ))}
        </ul>
        {error && <ErrorMessage error={error} />}
        <ShowMore
          shown={sessions.length}
          total={groupSessions.totalCount}
          hasNextPage={groupSessions.pageInfo.hasNextPage}
          loading={loadingMore}
          onMore={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { after: groupSessions.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
          }}
        />
      </section>
    </>
  );
}

function SessionCard({ session: s, onEdit }: { session: GroupSessionFieldsFragment; onEdit: () => void }) {
  const { t } = useTranslation();
  const start = new Date(s.startsAt);
  const end = new Date(start.getTime() + s.durationMinutes * 60_000);
  return (
    <>
      <h3 className="card__title">{s.title}</h3>
      <dl className="inline-facts">
        <div>
          <dt>{t('groups.kind')}</dt>
          <dd>{t(`groups.kinds.${s.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('groups.when')}</dt>
          <dd>{formatDanishTimeRange(start, end)}</dd>
        </div>
        <div>
          <dt>{t('groups.ledBy')}</dt>
          <dd>{s.ledByName}</dd>
        </div>
        <div>
          <dt>{t('groups.attendeesCount', { count: s.attendees.length })}</dt>
          <dd>{s.attendees.length ? s.attendees.map((a) => a.name).join(', ') : t('groups.noAttendees')}</dd>
        </div>
      </dl>
      <button type="button" className="button button--small button--secondary" onClick={onEdit}>
        {t('groups.edit')}
        <span className="visually-hidden"> {s.title}</span>
      </button>
    </>
  );
}
