import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemCode } from '../api/problem';
import { setPassword } from '../api/users';
import { Alert } from '../components/Alert';
import { AppLink } from '../components/AppLink';
import { Button } from '../components/Button';
import { Heading } from '../components/Heading';
import { Paragraph } from '../components/Paragraph';
import { ProblemAlert } from '../components/ProblemAlert';
import { TextField } from '../components/TextField';
import { PageLayout } from '../layout/PageLayout';
import { usePageTitle } from '../layout/usePageTitle';

/** As the API: at least 12 characters (and at most 256). */
export const passwordLimits = { min: 12, max: 256 } as const;

type PasswordProblem = 'tooShort' | 'tooLong' | 'mismatch';

export function checkNewPassword(password: string, repeated: string): { password?: PasswordProblem; repeated?: PasswordProblem } {
  if (password.length < passwordLimits.min) return { password: 'tooShort' };
  if (password.length > passwordLimits.max) return { password: 'tooLong' };
  return password === repeated ? {} : { repeated: 'mismatch' };
}

/**
 * The token of the link this page was opened with. It travels after '#', so it is never sent to a
 * server or left in its logs; once read, the page takes it out of the address bar too.
 */
function tokenFromAddress(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

/** Where an invited user (or one whose password was reset) chooses their password: no login needed. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('setPassword.title'));
  const [token] = useState(tokenFromAddress);
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  const [problems, setProblems] = useState<ReturnType<typeof checkNewPassword>>({});
  const inputs = { password: useRef<HTMLInputElement>(null), repeated: useRef<HTMLInputElement>(null) };
  const mutation = useMutation({ mutationFn: (password: string) => setPassword(token, password) });
  const invalidLink = mutation.error instanceof ApiError && problemCode(mutation.error.problem) === 'invalid-password-link';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const found = checkNewPassword(password, String(form.get('repeated') ?? ''));
    setProblems(found);
    const first = found.password ? 'password' : found.repeated ? 'repeated' : null;
    if (first) {
      mutation.reset();
      inputs[first].current?.focus();
      return;
    }
    mutation.mutate(password);
  }

  const message = (problem: PasswordProblem | undefined) => (problem ? t(`setPassword.${problem}`, { min: passwordLimits.min, max: passwordLimits.max }) : undefined);

  return (
    <PageLayout>
      <div className="app-login">
        <Heading level={1}>{t('setPassword.title')}</Heading>
        {mutation.data ? (
          <Alert type="ok" role="status">
            <Paragraph>{t('setPassword.done', { email: mutation.data.email })}</Paragraph>
            <Paragraph>
              <AppLink to="/login">{t('setPassword.toLogin')}</AppLink>
            </Paragraph>
          </Alert>
        ) : !token || invalidLink ? (
          <Alert type="error" role="alert">
            <Paragraph>{t(token ? 'setPassword.invalidLink' : 'setPassword.noToken')}</Paragraph>
          </Alert>
        ) : (
          <>
            <Paragraph>{t('setPassword.intro', { min: passwordLimits.min })}</Paragraph>
            {mutation.isError && <ProblemAlert error={mutation.error} title={t('setPassword.failed')} formFields={['password']} />}
            <form noValidate onSubmit={handleSubmit} className="app-form">
              <TextField
                ref={inputs.password}
                label={t('setPassword.password')}
                description={t('setPassword.passwordHint', { min: passwordLimits.min })}
                name="password"
                type="password"
                autoComplete="new-password"
                required
                error={message(problems.password)}
              />
              <TextField ref={inputs.repeated} label={t('setPassword.repeated')} name="repeated" type="password" autoComplete="new-password" required error={message(problems.repeated)} />
              <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
                {mutation.isPending ? t('common.saving') : t('setPassword.submit')}
              </Button>
            </form>
          </>
        )}
      </div>
    </PageLayout>
  );
}
