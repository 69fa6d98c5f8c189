import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError, fieldErrorsByName } from '../api/problem';
import { enrolmentWithChallenge, type LoginChallenge } from '../api/twoFactor';
import { useAuth } from '../auth/AuthProvider';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Heading } from '../components/Heading';
import { Paragraph } from '../components/Paragraph';
import { ProblemAlert } from '../components/ProblemAlert';
import { TextField } from '../components/TextField';
import { PageLayout } from '../layout/PageLayout';
import { usePageTitle } from '../layout/usePageTitle';
import { SecondFactorStep } from './twoFactor/SecondFactorStep';
import { TwoFactorEnrolment } from './twoFactor/TwoFactorEnrolment';

const formFields = ['username', 'password'] as const;
type FormField = (typeof formFields)[number];
type Credentials = Record<FormField, string>;

/** Where to go after logging in: the page that sent the user here, or the home page. */
function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state as { from?: { pathname?: unknown; search?: unknown } };
    if (typeof from?.pathname === 'string' && from.pathname !== '/login') {
      return from.pathname + (typeof from.search === 'string' ? from.search : '');
    }
  }
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { state, login, completeLogin } = useAuth();
  const location = useLocation();
  const [missing, setMissing] = useState<Partial<Record<FormField, true>>>({});
  const [challenge, setChallenge] = useState<LoginChallenge | null>(null);
  const inputs = { username: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const mutation = useMutation({
    mutationFn: ({ username, password }: Credentials) => login(username, password),
    onSuccess: setChallenge,
  });
  const finish = useMutation({ mutationFn: completeLogin });

  if (state.status === 'authenticated') return <Navigate to={returnPath(location.state)} replace />;

  function restart() {
    setChallenge(null);
    mutation.reset();
    finish.reset();
  }

  if (challenge) {
    return (
      <PageLayout>
        <div className="app-login">
          <Heading level={1}>{t('login.title')}</Heading>
          {challenge.kind === 'code' ? (
            <SecondFactorStep key={challenge.challenge} challenge={challenge.challenge} onRestart={restart} />
          ) : (
            <>
              <Alert type="info" role="status">
                <Paragraph>{t('twoFactor.requiredNotice')}</Paragraph>
              </Alert>
              {finish.isError && <ProblemAlert error={finish.error} title={t('login.failed')} />}
              <TwoFactorEnrolment
                key={challenge.challenge}
                api={enrolmentWithChallenge(challenge.challenge)}
                onDone={(tokens) => {
                  if (tokens) finish.mutate(tokens);
                }}
              />
            </>
          )}
        </div>
      </PageLayout>
    );
  }

  const serverErrors = mutation.error instanceof ApiError ? fieldErrorsByName(mutation.error.problem, t) : {};
  const requiredMessages: Credentials = { username: t('login.emailRequired'), password: t('login.passwordRequired') };
  const errorFor = (field: FormField) => (missing[field] ? requiredMessages[field] : serverErrors[field]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const credentials: Credentials = {
      username: String(form.get('username') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    };
    const empty = formFields.filter((field) => credentials[field] === '');
    setMissing(Object.fromEntries(empty.map((field) => [field, true])));
    const firstEmpty = empty[0];
    if (firstEmpty) {
      mutation.reset();
      inputs[firstEmpty].current?.focus();
      return;
    }
    mutation.mutate(credentials);
  }

  return (
    <PageLayout>
      <div className="app-login">
        <Heading level={1}>{t('login.title')}</Heading>
        {state.status === 'anonymous' && state.notice && (
          <Alert type={state.notice === 'sessionExpired' ? 'warning' : 'ok'} role="status">
            <Paragraph>{t(state.notice === 'sessionExpired' ? 'auth.sessionExpired' : 'auth.loggedOut')}</Paragraph>
          </Alert>
        )}
        <Paragraph>{t('login.intro')}</Paragraph>
        {mutation.isError && <ProblemAlert error={mutation.error} title={t('login.failed')} formFields={formFields} messages={{ unauthorized: t('problemMessages.loginRefused'), 'http-401': t('problemMessages.loginRefused') }} />}
        <form noValidate onSubmit={handleSubmit} className="app-form">
          <TextField
            ref={inputs.username}
            label={t('login.email')}
            name="username"
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={errorFor('username')}
          />
          <TextField
            ref={inputs.password}
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errorFor('password')}
          />
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
      </div>
    </PageLayout>
  );
}
