import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
import { ReasonForm } from '../../forms/ReasonForm';
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
  const [declining, setDeclining] = useState(false);
  const mutation = useMutation({
    mutationFn: ({ answer, reason }: { answer: 'accept' | 'decline'; reason: string }) =>
      answer === 'accept' ? acceptReferral(referral.id) : declineReferral(referral.id, reason),
    onSuccess: async (answered) => {
      onAnswered(answered);
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });
  const title = t('referrals.pendingTitle', { reference: referral.householdReference, organisation: referral.fromOrganisationName });

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
        <ReasonForm
          label={t('referrals.answerLabel', { reference: referral.householdReference })}
          fieldLabel={t('referrals.declineReason')}
          description={t('referrals.declineHint')}
          submitLabel={t('referrals.confirmDecline')}
          busy={mutation.isPending}
          onSubmit={(reason) => mutation.mutate({ answer: 'decline', reason })}
          onCancel={() => setDeclining(false)}
        />
      ) : (
        <ButtonGroup label={t('referrals.answerLabel', { reference: referral.householdReference })}>
          <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate({ answer: 'accept', reason: '' })}>
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
