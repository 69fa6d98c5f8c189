import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tokens } from '../../api/auth';
import type { EnrolmentApi } from '../../api/twoFactor';
import { Button } from '../../components/Button';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { useFactorError } from './SecondFactorFields';
import { RecoveryCodesShown } from './RecoveryCodesShown';

/**
 * Setting up an authenticator app: a new secret as a QR code and as text, confirmed with one of its
 * codes; then the recovery codes, shown once. `onDone` gets the login's tokens when the enrolment
 * was part of a login (an enrolment challenge), else null.
 */
export function TwoFactorEnrolment({ api, onDone }: { api: EnrolmentApi; onDone: (tokens: Tokens | null) => void }) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: (password: string) => api.start(password) });
  const [passwordMissing, setPasswordMissing] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const confirm = useMutation({ mutationFn: (code: string) => api.confirm(code) });
  const [missing, setMissing] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const factorMessage = useFactorError('code', missing, confirm.error);

  if (confirm.data) {
    const { recoveryCodes, tokens } = confirm.data;
    return <RecoveryCodesShown codes={recoveryCodes} onDone={() => onDone(tokens ?? null)} />;
  }

  if (!start.data) {
    const handleStart = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (start.isPending) return;
      const password = String(new FormData(event.currentTarget).get('password') ?? '');
      const missingPassword = api.needsPassword && password === '';
      setPasswordMissing(missingPassword);
      if (missingPassword) {
        start.reset();
        passwordInput.current?.focus();
        return;
      }
      start.mutate(password);
    };
    return (
      <section aria-labelledby="enrol-heading">
        <Heading level={2} id="enrol-heading">
          {t('twoFactor.enrolTitle')}
        </Heading>
        <Paragraph>{t('twoFactor.enrolIntro')}</Paragraph>
        {start.isError && <ProblemAlert error={start.error} title={t('twoFactor.enrolFailed')} formFields={['password']} />}
        <form noValidate onSubmit={handleStart} className="app-form">
          {api.needsPassword && (
            <TextField
              ref={passwordInput}
              label={t('twoFactor.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={passwordMissing ? t('twoFactor.passwordRequired') : undefined}
            />
          )}
          <Button type="submit" appearance="primary-action" busy={start.isPending}>
            {t('twoFactor.enrolStart')}
          </Button>
        </form>
      </section>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm.isPending) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    setMissing(code === '');
    if (code === '') {
      confirm.reset();
      codeInput.current?.focus();
      return;
    }
    confirm.mutate(code);
  }

  const { qrCode, secret } = start.data;
  return (
    <section aria-labelledby="enrol-heading">
      <Heading level={2} id="enrol-heading">
        {t('twoFactor.enrolTitle')}
      </Heading>
      <Paragraph>{t('twoFactor.scanIntro')}</Paragraph>
      <img className="app-qr-code" src={qrCode} alt={t('twoFactor.qrAlt')} width={200} height={200} />
      <Paragraph>{t('twoFactor.manualIntro')}</Paragraph>
      <Paragraph>
        <code className="app-secret" aria-label={t('twoFactor.secretLabel')}>
          {secret.replace(/(.{4})/g, '$1 ').trim()}
        </code>
      </Paragraph>
      {confirm.isError && <ProblemAlert error={confirm.error} title={t('twoFactor.confirmFailed')} formFields={['code']} />}
      <form noValidate onSubmit={handleSubmit} className="app-form">
        <TextField
          ref={codeInput}
          label={t('twoFactor.code')}
          description={t('twoFactor.confirmHint')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          spellCheck={false}
          required
          error={factorMessage}
        />
        <Button type="submit" appearance="primary-action" busy={confirm.isPending}>
          {t('twoFactor.confirm')}
        </Button>
      </form>
    </section>
  );
}
