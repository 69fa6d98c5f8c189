import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { disableMyTwoFactor, myEnrolment, myTwoFactorQuery, regenerateRecoveryCodes, twoFactorKeys, type SecondFactor } from '../../api/twoFactor';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../layout/usePageTitle';
import { RecoveryCodesShown } from './RecoveryCodesShown';
import { factorFrom, SecondFactorFields, useFactorError, type FactorKind } from './SecondFactorFields';
import { TwoFactorEnrolment } from './TwoFactorEnrolment';

/** A form that asks for a fresh second factor (and, to switch off, the password) before it acts. */
function FactorForm({
  withPassword,
  submitLabel,
  failedTitle,
  onSubmit,
}: {
  withPassword: boolean;
  submitLabel: string;
  failedTitle: string;
  onSubmit: (factor: SecondFactor, password: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<FactorKind>('code');
  const [missing, setMissing] = useState<{ factor?: true; password?: true }>({});
  const mutation = useMutation({ mutationFn: ({ factor, password }: { factor: SecondFactor; password: string }) => onSubmit(factor, password) });
  const factorInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const factorMessage = useFactorError(kind, Boolean(missing.factor), mutation.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const factor = factorFrom(form, kind);
    const found = { ...(withPassword && password === '' ? { password: true as const } : {}), ...(factor === null ? { factor: true as const } : {}) };
    setMissing(found);
    if (found.password || factor === null) {
      mutation.reset();
      (found.password ? passwordInput : factorInput).current?.focus();
      return;
    }
    mutation.mutate({ factor, password });
  }

  return (
    <>
      {mutation.isError && <ProblemAlert error={mutation.error} title={failedTitle} formFields={['password', 'code', 'recoveryCode']} />}
      <form noValidate onSubmit={handleSubmit} className="app-form">
        {withPassword && (
          <TextField
            ref={passwordInput}
            label={t('twoFactor.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={missing.password ? t('twoFactor.passwordRequired') : undefined}
          />
        )}
        <SecondFactorFields
          kind={kind}
          onKindChange={(next) => {
            setKind(next);
            mutation.reset();
          }}
          inputRef={factorInput}
          error={factorMessage}
        />
        <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}

/** The signed-in user's own two-step login: set it up, new recovery codes, or switch it off. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  usePageTitle(t('twoFactor.pageTitle'));
  const queryClient = useQueryClient();
  const state = useQuery(myTwoFactorQuery());
  const [notice, setNotice] = useState<'enabledDone' | 'disabledDone' | null>(null);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: twoFactorKeys.mine });

  return (
    <>
      <Heading level={1}>{t('twoFactor.pageTitle')}</Heading>
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{t(`twoFactor.${notice}`)}</Paragraph>
        </Alert>
      )}
      {state.isError && <ProblemAlert error={state.error} title={t('twoFactor.loadFailed')} onRetry={() => void state.refetch()} />}
      {state.data && !state.data.enabled && (
        <>
          <Paragraph>{t('twoFactor.statusOff')}</Paragraph>
          {state.data.required && <Paragraph>{t('twoFactor.requiredForYou')}</Paragraph>}
          <TwoFactorEnrolment
            api={myEnrolment}
            onDone={() => {
              setNotice('enabledDone');
              void refresh();
            }}
          />
        </>
      )}
      {state.data?.enabled && (
        <>
          <Paragraph>{t('twoFactor.statusOn')}</Paragraph>
          <Paragraph>{t('twoFactor.recoveryCodesLeft', { left: state.data.recoveryCodesLeft })}</Paragraph>
          {newCodes ? (
            <RecoveryCodesShown
              codes={newCodes}
              onDone={() => {
                setNewCodes(null);
                void refresh();
              }}
            />
          ) : (
            <section aria-labelledby="regenerate-heading">
              <Heading level={2} id="regenerate-heading">
                {t('twoFactor.regenerateTitle')}
              </Heading>
              <Paragraph>{t('twoFactor.regenerateIntro')}</Paragraph>
              <FactorForm
                withPassword={false}
                submitLabel={t('twoFactor.regenerate')}
                failedTitle={t('twoFactor.regenerateFailed')}
                onSubmit={async (factor) => {
                  setNotice(null);
                  setNewCodes(await regenerateRecoveryCodes(factor));
                }}
              />
            </section>
          )}
          <section aria-labelledby="disable-heading">
            <Heading level={2} id="disable-heading">
              {t('twoFactor.disableTitle')}
            </Heading>
            {state.data.required ? (
              <Paragraph>{t('twoFactor.requiredForYou')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('twoFactor.disableIntro')}</Paragraph>
                <FactorForm
                  withPassword
                  submitLabel={t('twoFactor.disable')}
                  failedTitle={t('twoFactor.disableFailed')}
                  onSubmit={async (factor, password) => {
                    await disableMyTwoFactor(password, factor);
                    setNotice('disabledDone');
                    await refresh();
                  }}
                />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
