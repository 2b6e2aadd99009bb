import { useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { usePageTitle } from '../../../components/PageTitle';
import { apiErrors } from '../../../lib/graphql-errors';
import { homePath } from '../../../app/viewer';
import { LoginDocument, MeDocument } from '../graphql/viewer';

interface LoginState {
  from?: string;
  expired?: boolean;
  loggedOut?: boolean;
}

export default function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const [login, { loading }] = useMutation(LoginDocument);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    setAttempt((n) => n + 1);
    setFormError(undefined);
    const missing = {
      email: email ? undefined : t('auth.emailRequired'),
      password: password ? undefined : t('auth.passwordRequired'),
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) return;

    try {
      const { data } = await login({ variables: { input: { email, password } } });
      if (!data) return;
      const viewer = data.login.viewer;
      // A new session: drop anything cached for a previous user, then remember who is logged in.
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: viewer } });
      void navigate(state.from && state.from !== '/' ? state.from : homePath(viewer.role), { replace: true });
    } catch (error) {
      const first = apiErrors(error)[0];
      const code = first?.code;
      if (code === 'INVALID_CREDENTIALS') {
        setFormError(t('auth.invalidCredentials'));
        if (passwordRef.current) passwordRef.current.value = '';
      } else if (code === 'TOO_MANY_ATTEMPTS') {
        const seconds = Number(first?.extensions.retryAfterSeconds);
        setFormError(
          Number.isFinite(seconds) && seconds > 0
            ? t('auth.tooManyAttemptsWait', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
            : t('auth.tooManyAttempts'),
        );
      } else if (code === 'BAD_USER_INPUT' && first?.field === 'email') {
        setFieldErrors({ email: first.message });
      } else {
        setFormError(t(code === 'NETWORK' || code === 'SERVER' ? `errors.${code}` : 'errors.UNKNOWN'));
      }
    }
  }

  const summary = [
    ...(fieldErrors.email ? [{ fieldId: 'email', message: fieldErrors.email }] : []),
    ...(fieldErrors.password ? [{ fieldId: 'password', message: fieldErrors.password }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <main id="main" className="page page--narrow" tabIndex={-1}>
      <p className="login-brand">{t('app.name')}</p>
      <h1>{t('auth.title')}</h1>
      {state.expired && !summary.length && (
        <p role="status" className="notice notice--info">
          {t('auth.sessionExpired')}
        </p>
      )}
      {state.loggedOut && !summary.length && (
        <p role="status" className="notice notice--info">
          {t('auth.loggedOut')}
        </p>
      )}
      <ErrorSummary items={summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField
          id="email"
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          error={fieldErrors.email}
        />
        <TextField
          id="password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          error={fieldErrors.password}
          ref={passwordRef}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('auth.loggingIn') : t('auth.login')}
        </button>
        {loading && (
          <p role="status" className="visually-hidden">
            {t('auth.loggingIn')}
          </p>
        )}
      </form>
    </main>
  );
}
