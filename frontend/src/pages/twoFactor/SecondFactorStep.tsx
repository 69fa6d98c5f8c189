import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemCode } from '../../api/problem';
import { verifySecondFactor, type SecondFactor } from '../../api/twoFactor';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFactorError, factorFrom, SecondFactorFields, type FactorKind } from './SecondFactorFields';

/** The login's second step: a code of the authenticator app, or a recovery code, for the challenge. */
export function SecondFactorStep({ challenge, onRestart }: { challenge: string; onRestart: () => void }) {
  const { t } = useTranslation();
  const { completeLogin } = useAuth();
  const [kind, setKind] = useState<FactorKind>('code');
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const mutation = useMutation({
    mutationFn: async (factor: SecondFactor) => completeLogin(await verifySecondFactor(challenge, factor)),
  });
  const factorMessage = useFactorError(kind, missing, mutation.error);
  const expired = mutation.error instanceof ApiError && problemCode(mutation.error.problem) === 'invalid-challenge';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const factor = factorFrom(new FormData(event.currentTarget), kind);
    setMissing(factor === null);
    if (factor === null) {
      mutation.reset();
      input.current?.focus();
      return;
    }
    mutation.mutate(factor);
  }

  function changeKind(next: FactorKind) {
    setKind(next);
    setMissing(false);
    mutation.reset();
  }

  if (expired) {
    return (
      <Alert type="warning" role="alert">
        <Paragraph>{t('twoFactor.challengeExpired')}</Paragraph>
        <Button onClick={onRestart}>{t('twoFactor.logInAgain')}</Button>
      </Alert>
    );
  }

  return (
    <section aria-labelledby="second-factor-heading">
      <Heading level={2} id="second-factor-heading">
        {t('twoFactor.stepTitle')}
      </Heading>
      <Paragraph>{t(kind === 'code' ? 'twoFactor.stepIntro' : 'twoFactor.stepRecoveryIntro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('login.failed')} formFields={[kind]} />}
      <form noValidate onSubmit={handleSubmit} className="app-form">
        <SecondFactorFields kind={kind} onKindChange={changeKind} inputRef={input} error={factorMessage} />
        <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
          {mutation.isPending ? t('login.submitting') : t('twoFactor.verify')}
        </Button>
      </form>
    </section>
  );
}
