import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { householdKeys } from '../../api/households';
import { acceptReferral, declineReferral, referralKeys, referralsQuery, revokeReferral, type Referral } from '../../api/referrals';
import { Alert } from '../../components/Alert';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { DataList } from '../../components/DataList';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { checkRequired } from '../../forms/validation';
import { useDateFormat } from '../../i18n/useDateFormat';
import { usePageTitle } from '../../layout/usePageTitle';
import { ReferralsTable } from './ReferralsTable';
import { localDay } from './sharingDrafts';

/** The referral inbox (answer what waits, see what came before) and what the organisation sent. */
export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('screens.referrals'));
  const received = useQuery(referralsQuery({ direction: 'received' }));
  const sent = useQuery(referralsQuery({ direction: 'sent' }));
  const waiting = (received.data?.items ?? []).filter((referral) => referral.status === 'pending');
  const earlier = (received.data?.items ?? []).filter((referral) => referral.status !== 'pending');
  const [answered, setAnswered] = useState<Referral | null>(null);

  return (
    <>
      <Heading level={1}>{t('screens.referrals')}</Heading>
      <Paragraph>{t('referrals.intro')}</Paragraph>
      <section aria-labelledby="received-heading">
        <Heading level={2} id="received-heading">
          {t('referrals.received')}
        </Heading>
        {received.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
        {received.isError && <ProblemAlert error={received.error} onRetry={() => void received.refetch()} />}
        {answered && (
          <Alert type="ok" role="status">
            <Paragraph>
              {t(answered.status === 'accepted' ? 'referrals.acceptedNote' : 'referrals.declinedNote', { reference: answered.householdReference })}
              {answered.receiverSeesHousehold && (
                <>
                  {' '}
                  <AppLink to={`/referrals/households/${answered.householdId}`}>{t('referrals.openHousehold', { reference: answered.householdReference })}</AppLink>
                </>
              )}
            </Paragraph>
          </Alert>
        )}
        {received.data && waiting.length === 0 && <Paragraph>{t('referrals.noneWaiting')}</Paragraph>}
        {waiting.map((referral) => (
          <WaitingReferral key={referral.id} referral={referral} onAnswered={setAnswered} />
        ))}
        {earlier.length > 0 && (
          <>
            <Heading level={3}>{t('referrals.earlier')}</Heading>
            <ReferralsTable
              caption={t('referrals.earlier')}
              referrals={earlier}
              action={(referral) =>
                referral.receiverSeesHousehold ? (
                  <AppLink to={`/referrals/households/${referral.householdId}`}>{t('referrals.openHousehold', { reference: referral.householdReference })}</AppLink>
                ) : null
              }
            />
          </>
        )}
      </section>
      <SentReferrals referrals={sent.data?.items} error={sent.error} />
    </>
  );
}

/** A referral waiting for this organisation's answer: what it is about, and accept or decline with a reason. */
function WaitingReferral({ referral, onAnswered }: { referral: Referral; onAnswered: (answered: Referral) => void }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: (answer: 'accept' | 'decline') => (answer === 'accept' ? acceptReferral(referral.id) : declineReferral(referral.id, reason.trim())),
    onSuccess: async (answered) => {
      onAnswered(answered);
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });
  const title = t('referrals.pendingTitle', { reference: referral.householdReference, organisation: referral.fromOrganisationName });

  function handleDecline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const invalid = checkRequired(reason, 1000);
    setReasonError(invalid ? messages({ reason: invalid }).reason : undefined);
    if (!invalid) mutation.mutate('decline');
  }

  return (
    <article className="app-candidate" aria-label={title}>
      <Heading level={3}>{title}</Heading>
      <DataList
        items={[
          { key: 'kind', label: t('referrals.kind'), value: `${t(`enums.referralKind.${referral.kind}`)}: ${t(`enums.consentPurpose.${referral.purpose}`)}` },
          { key: 'size', label: t('referrals.size'), value: String(referral.householdSize) },
          { key: 'message', label: t('referrals.message'), value: referral.message ?? t('common.notGiven') },
          { key: 'consent', label: t('referrals.consentUntil'), value: formatDate.date(localDay(referral.consentValidUntil)) },
          { key: 'sentAt', label: t('referrals.sentAt'), value: formatDate.dateTime(referral.sentAt) },
        ]}
      />
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('referrals.answerFailed')} />}
      {declining ? (
        <form noValidate onSubmit={handleDecline} className="app-form app-subform" aria-label={t('referrals.answerLabel', { reference: referral.householdReference })}>
          <TextAreaField
            label={t('referrals.declineReason')}
            description={t('referrals.declineHint')}
            name="reason"
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonError}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
              {t('referrals.confirmDecline')}
            </Button>
            <Button onClick={() => setDeclining(false)}>{t('common.cancel')}</Button>
          </ButtonGroup>
        </form>
      ) : (
        <ButtonGroup label={t('referrals.answerLabel', { reference: referral.householdReference })}>
          <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate('accept')}>
            {t('referrals.accept')}
          </Button>
          <Button onClick={() => setDeclining(true)}>{t('referrals.decline')}</Button>
        </ButtonGroup>
      )}
    </article>
  );
}

function SentReferrals({ referrals, error }: { referrals: Referral[] | undefined; error: unknown }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [revoked, setRevoked] = useState(false);
  const revoke = useMutation({
    mutationFn: (referral: Referral) => revokeReferral(referral.id, null),
    onSuccess: async () => {
      setRevoked(true);
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
    },
  });
  return (
    <section aria-labelledby="sent-heading">
      <Heading level={2} id="sent-heading">
        {t('referrals.sent')}
      </Heading>
      {revoked && (
        <Alert type="ok" role="status">
          <Paragraph>{t('referrals.revokedNote')}</Paragraph>
        </Alert>
      )}
      {revoke.isError && <ProblemAlert error={revoke.error} title={t('referrals.revokeFailed')} />}
      {error ? <ProblemAlert error={error} /> : null}
      {referrals && referrals.length === 0 && <Paragraph>{t('referrals.noneSent')}</Paragraph>}
      {referrals && referrals.length > 0 && (
        <ReferralsTable
          caption={t('referrals.sent')}
          referrals={referrals}
          action={(referral) =>
            referral.status === 'pending' ? (
              <Button
                appearance="subtle"
                busy={revoke.isPending && revoke.variables?.id === referral.id}
                aria-label={t('referrals.revokeLabel', { reference: referral.householdReference, organisation: referral.toOrganisationName })}
                onClick={() => {
                  setRevoked(false);
                  revoke.mutate(referral);
                }}
              >
                {t('referrals.revoke')}
              </Button>
            ) : null
          }
        />
      )}
    </section>
  );
}
