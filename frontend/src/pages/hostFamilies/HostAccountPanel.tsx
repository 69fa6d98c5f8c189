import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFamilyKeys, inviteHost, reinviteHost, type HostFamily } from '../../api/hostFamilies';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ShownOnce } from '../../components/ShownOnce';
import { TextField } from '../../components/TextField';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { checkEmail, checkRequired, collect } from '../../forms/validation';
import { useDateFormat } from '../../i18n/useDateFormat';
import type { HostAccountInvited } from '../../client';
import { passwordLinkUrl } from '../users/PasswordLinkShown';

type Field = 'email' | 'fullName';
const fieldPaths = { email: 'email', fullName: 'fullName' } as const;

/**
 * The host family's own account, for the host screens (its offer, who is coming, its reports):
 * the managing partner invites its host, or sends a new password link. The link is shown once.
 */
export function HostAccountPanel({ hostFamily }: { hostFamily: HostFamily }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const formatDate = useDateFormat();
  const [email, setEmail] = useState(hostFamily.contact?.email ?? '');
  const [fullName, setFullName] = useState(hostFamily.contact?.name ?? '');
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ invited: HostAccountInvited; purpose: 'invite' | 'reset' } | null>(null);
  const invite = useMutation({
    mutationFn: () => inviteHost(hostFamily.id, { email: email.trim(), fullName: fullName.trim() }),
    onSuccess: async (invited) => {
      setResult({ invited, purpose: 'invite' });
      await queryClient.invalidateQueries({ queryKey: hostFamilyKeys.all });
    },
  });
  const reinvite = useMutation({
    mutationFn: () => reinviteHost(hostFamily.id),
    onSuccess: (invited) => setResult({ invited, purpose: 'reset' }),
    onSettled: () => setConfirming(false),
  });
  const serverErrors = invite.error instanceof ApiError ? formErrorsFromProblem(invite.error.problem, t, fieldPaths) : {};
  const errors = { ...serverErrors, ...invalid };

  function handleInvite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    const found = collect({ email: checkRequired(email, 254) ?? checkEmail(email), fullName: checkRequired(fullName, 200) });
    setInvalid(messages(found));
    if (Object.keys(found).length === 0) invite.mutate();
  }

  const hasAccount = hostFamily.hostUserId !== null || result !== null;
  return (
    <section aria-labelledby="host-account-heading">
      <Heading level={2} id="host-account-heading">
        {t('hostAccount.title')}
      </Heading>
      <Paragraph>{t('hostAccount.intro')}</Paragraph>
      {result && (
        <ShownOnce
          notice={t(`hostAccount.once.${result.purpose}`, { name: result.invited.user.fullName })}
          label={t('passwordLink.url')}
          name="hostPasswordLink"
          value={passwordLinkUrl(result.invited.passwordLink)}
          copyLabel={t('passwordLink.copy')}
          copiedMessage={t('passwordLink.copied')}
        >
          <Paragraph>{t('passwordLink.expires', { when: formatDate.dateTime(result.invited.passwordLink.expiresAt) })}</Paragraph>
        </ShownOnce>
      )}
      {hasAccount ? (
        <>
          {!result && <Paragraph>{t('hostAccount.exists')}</Paragraph>}
          {reinvite.isError && <ProblemAlert error={reinvite.error} title={t('hostAccount.failed')} />}
          {confirming ? (
            <Alert type="warning" role="alert">
              <Paragraph>{t('hostAccount.confirmReset')}</Paragraph>
              <ButtonGroup>
                <Button appearance="primary-action" busy={reinvite.isPending} onClick={() => reinvite.mutate()}>
                  {t('hostAccount.confirmResetButton')}
                </Button>
                <Button onClick={() => setConfirming(false)}>{t('hostAccount.keep')}</Button>
              </ButtonGroup>
            </Alert>
          ) : (
            <ButtonGroup>
              <Button onClick={() => setConfirming(true)}>{t('hostAccount.newLink')}</Button>
            </ButtonGroup>
          )}
        </>
      ) : (
        <>
          {invite.isError && <ProblemAlert error={invite.error} title={t('hostAccount.failed')} formFields={Object.keys(fieldPaths)} />}
          <form noValidate onSubmit={handleInvite} className="app-form" aria-label={t('hostAccount.title')}>
            <TextField label={t('hostAccount.fullName')} name="hostFullName" autoComplete="off" required value={fullName} onChange={(event) => setFullName(event.target.value)} error={errors.fullName} />
            <TextField label={t('hostAccount.email')} name="hostEmail" type="email" autoComplete="off" required value={email} onChange={(event) => setEmail(event.target.value)} error={errors.email} />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action" busy={invite.isPending}>
                {t('hostAccount.invite')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </section>
  );
}
