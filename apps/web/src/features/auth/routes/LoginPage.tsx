import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { usePageTitle } from '../../../components/PageTitle';
import { apiErrors } from '../../../lib/graphql-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { homePath } from '../../../app/viewer';
import { LoginDocument, MeDocument } from '../graphql/viewer';
import { SsoLogin, ssoErrorKey } from '../components/SsoLogin';
import { LoginCodeForm } from '../components/LoginCodeForm';
import type { ViewerFieldsFragment } from '../../../gql/graphql';

const FIELDS = ['email', 'password'] as const;

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
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  // The SSO callback sends the browser back here with ?sso=<code> when it did not succeed.
  const ssoError = ssoErrorKey(new URLSearchParams(location.search).get('sso'));
  const [login, { loading }] = useMutation(LoginDocument);
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS);
  // The password was right and the account uses a code: the second step's challenge.
  const [challenge, setChallenge] = useState<string | null>(null);
  const [challengeExpired, setChallengeExpired] = useState(false);

  /** A new session: drop anything cached for a previous user, then remember who is logged in. */
  const loggedIn = async (viewer: ViewerFieldsFragment) => {
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: viewer } });
    const target = viewer.mfaEnrolmentRequired ? '/mfa/setup' : state.from && state.from !== '/' ? state.from : homePath(viewer.role);
    void navigate(target, { replace: true });
  };

  const onSubmit = submit(async (values, form) => {
    const email = values.text('email').trim();
    const password = values.text('password');
    const missing = {
      email: email ? undefined : t('auth.emailRequired'),
      password: password ? undefined : t('auth.passwordRequired'),
    };
    if (!check(missing)) return false;

    try {
      const { data } = await login({ variables: { input: { email, password } } });
      if (!data) return;
      const viewer = data.login.viewer;
      if (!viewer) {
        if (!data.login.mfa) return false;
        setChallengeExpired(false);
        setChallenge(data.login.mfa.token);
        return;
      }
      await loggedIn(viewer);
    } catch (error) {
      // Login's refusals have words of their own (and never say which of the two was wrong).
      const first = apiErrors(error)[0];
      const code = first?.code;
      if (code === 'INVALID_CREDENTIALS') {
        const field = form.elements.namedItem('password');
        if (field instanceof HTMLInputElement) field.value = '';
        check({}, t('auth.invalidCredentials'));
      } else if (code === 'TOO_MANY_ATTEMPTS') {
        const seconds = Number(first?.extensions.retryAfterSeconds);
        check(
          {},
          !Number.isFinite(seconds) || seconds <= 0
            ? t('auth.tooManyAttempts')
            : seconds < 90 // the per-account slowdown waits seconds; the per-address window minutes
              ? t('auth.tooManyAttemptsWaitSeconds', { count: seconds, seconds })
              : t('auth.tooManyAttemptsWait', { count: Math.ceil(seconds / 60), minutes: Math.ceil(seconds / 60) }),
        );
      } else if (code === 'FORBIDDEN' && first) {
        // The municipality requires single sign-on: the server says so in Danish.
        check({}, first.message);
      } else if (code === 'BAD_USER_INPUT' && first?.field === 'email') {
        check({ email: first.message });
      } else {
        check({}, t(code === 'NETWORK' || code === 'SERVER' ? `errors.${code}` : 'errors.UNKNOWN'));
      }
      return false;
    }
  });

  const summary = errors.summary;
  const fieldErrors = errors.byField;

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
      {ssoError && !summary.length && (
        <p role="alert" className="notice notice--error">
          {t(ssoError)}
        </p>
      )}
      {challengeExpired && !summary.length && (
        <p role="alert" className="notice notice--error">
          {t('mfa.challengeExpired')}
        </p>
      )}
      {challenge ? (
        <LoginCodeForm
          challenge={challenge}
          onLoggedIn={loggedIn}
          onExpired={() => {
            setChallenge(null);
            setChallengeExpired(true);
          }}
        />
      ) : (
        passwordStep()
      )}
    </main>
  );

  /** The first step: e-mail and password (a plain function, so the form is not remounted). */
  function passwordStep() {
    return (
      <>
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
      <SsoLogin />
      </>
    );
  }
}
