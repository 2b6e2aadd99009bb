import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { ShowMore } from '../../../components/ShowMore';
import type { Role } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useViewer } from '../../../app/viewer';
import { apiErrors } from '../../../lib/graphql-errors';
import { EndUserSessionsDocument } from '../../sessions/graphql/sessions';
import { AdminUsersDocument, CreateUserDocument } from '../graphql/admin';
import { ResetMfaButton } from '../components/ResetMfaButton';
import '../../auth/mfa.css';

const PAGE_SIZE = 50;
const FIELDS = ['name', 'email', 'role', 'password'] as const;
const ROLES: Role[] = ['TEAM_MEMBER', 'TEAM_LEADER', 'STEERING_GROUP', 'ADMIN'];
const MIN_PASSWORD_LENGTH = 12;

export default function AdminUsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.usersTitle'));
  const { data, loading, error, fetchMore, refetch } = useQuery(AdminUsersDocument, { variables: { first: PAGE_SIZE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.users;
  const viewer = useViewer();

  return (
    <>
      <h1>{t('admin.usersTitle')}</h1>
      <section aria-labelledby="users-list-heading">
        <h2 id="users-list-heading">{t('admin.allUsers')}</h2>
        {loading && !connection && <Loading />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {connection && connection.edges.length === 0 && <p>{t('admin.noUsers')}</p>}
        {connection && connection.edges.length > 0 && (
          <>
            <ul className="card-list">
              {connection.edges.map(({ node }) => (
                <li key={node.id} className="card">
                  <p className="card__title">
                    {node.name}
                    {node.disabled && <span className="badge badge--ended">{t('admin.disabled')}</span>}
                  </p>
                  <dl className="inline-facts">
                    <div>
                      <dt>{t('users.email')}</dt>
                      <dd>{node.email}</dd>
                    </div>
                    <div>
                      <dt>{t('users.role')}</dt>
                      <dd>{t(`role.${node.role}`)}</dd>
                    </div>
                  </dl>
                  <ResetMfaButton userId={node.id} name={node.name} />
                  {node.id !== viewer.id && <EndAllSessionsButton userId={node.id} name={node.name} />}
                </li>
              ))}
            </ul>
            <ShowMore
              shown={connection.edges.length}
              total={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              onMore={() => {
                setLoadingMore(true);
                void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
              }}
            />
          </>
        )}
      </section>
      <CreateUserForm />
    </>
  );
}

/** The admin's "log out everywhere" for one user (their own sessions are under Mine sessioner). */
function EndAllSessionsButton({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const [endAll, { loading }] = useMutation(EndUserSessionsDocument);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  async function onClick() {
    setMessage(undefined);
    try {
      const res = await endAll({ variables: { userId } });
      setMessage({ ok: true, text: t('sessions.adminEnded', { name, count: res.data?.endUserSessions ?? 0 }) });
    } catch (e) {
      setMessage({ ok: false, text: apiErrors(e)[0]?.message ?? t('sessions.failed') });
    }
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={loading}
        aria-label={t('sessions.adminEndAllFor', { name })}
        onClick={() => void onClick()}
      >
        {t('sessions.adminEndAll')}
      </button>
      <p role="status" className={message ? `notice notice--${message.ok ? 'success' : 'error'}` : 'visually-hidden'}>
        {message?.text}
      </p>
    </>
  );
}

function CreateUserForm() {
  const { t } = useTranslation();
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS);
  const [created, setCreated] = useState<string>();
  const [createUser, { loading }] = useMutation(CreateUserDocument, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
    },
  });

  const onSubmit = submit(async (values, form) => {
    setCreated(undefined);
    const name = values.text('name').trim();
    const email = values.text('email').trim();
    const role = values.text('role') as Role | '';
    const password = values.text('password');
    const missing: Record<string, string> = {};
    if (!name) missing.name = t('admin.userNameRequired');
    if (!email) missing.email = t('admin.emailRequired');
    if (!role) missing.role = t('admin.roleRequired');
    if (password.length < MIN_PASSWORD_LENGTH) missing.password = t('admin.passwordTooShort', { count: MIN_PASSWORD_LENGTH });
    if (!check(missing) || !role) return false;
    const { data } = await createUser({ variables: { input: { name, email, role, password } } });
    if (data) {
      setCreated(t('admin.userCreated', { name: data.createUser.name }));
      form.reset();
    }
  });

  const e = errors.byField;
  return (
    <section aria-labelledby="create-user-heading" className="panel">
      <h2 id="create-user-heading">{t('admin.createUser')}</h2>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form" autoComplete="off">
        <TextField id="name" label={t('users.name')} error={e.name} autoComplete="off" />
        <TextField id="email" label={t('users.email')} error={e.email} type="email" autoComplete="off" spellCheck={false} />
        <SelectField id="role" label={t('users.role')} error={e.role} defaultValue="">
          <option value="">{t('form.choose')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="password"
          label={t('admin.initialPassword')}
          hint={t('admin.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          error={e.password}
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('admin.createUser')}
        </button>
        <p role="status" className={created ? 'notice notice--success' : 'visually-hidden'}>
          {loading ? t('common.saving') : created}
        </p>
      </form>
    </section>
  );
}
