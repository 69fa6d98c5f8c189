import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdKeys } from '../../api/households';
import { acceptOffer, declineOffer, requestKeys, withdrawOffer, type Offer } from '../../api/relocationRequests';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReasonForm } from '../../forms/ReasonForm';

type Answer = 'accept' | 'decline' | 'withdraw';

/**
 * Records the household's answer to an open offer (accept, or decline with a reason; declining
 * carries no penalty) and, for the desk, withdraws it with a reason.
 */
export function OfferActions({ offer, canWithdraw = false }: { offer: Offer; canWithdraw?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState<Answer | null>(null);

  const mutation = useMutation({
    mutationFn: ({ chosen, reason }: { chosen: Answer; reason: string }) =>
      chosen === 'accept' ? acceptOffer(offer.id) : chosen === 'decline' ? declineOffer(offer.id, reason) : withdrawOffer(offer.id, reason),
    onSuccess: async () => {
      setAnswer(null);
      await queryClient.invalidateQueries({ queryKey: requestKeys.all });
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });

  if (offer.status !== 'open') return null;

  return (
    <div className="app-offer-actions">
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('offers.answerFailed')} />}
      {answer === null || answer === 'accept' ? (
        <ButtonGroup label={t('offers.answerLabel')}>
          <Button
            appearance="primary-action"
            busy={mutation.isPending}
            onClick={() => {
              setAnswer('accept');
              mutation.mutate({ chosen: 'accept', reason: '' });
            }}
          >
            {t('offers.recordAccept')}
          </Button>
          <Button onClick={() => setAnswer('decline')}>{t('offers.recordDecline')}</Button>
          {canWithdraw && <Button appearance="subtle" onClick={() => setAnswer('withdraw')}>{t('offers.withdraw')}</Button>}
        </ButtonGroup>
      ) : (
        <ReasonForm
          label={answer === 'decline' ? t('offers.recordDecline') : t('offers.withdraw')}
          fieldLabel={answer === 'decline' ? t('offers.declineReason') : t('offers.withdrawReason')}
          submitLabel={answer === 'decline' ? t('offers.confirmDecline') : t('offers.confirmWithdraw')}
          busy={mutation.isPending}
          maxLength={2000}
          onSubmit={(reason) => mutation.mutate({ chosen: answer, reason })}
          onCancel={() => setAnswer(null)}
        >
          {answer === 'decline' && (
            <Alert type="info" role="status">
              <Paragraph>{t('offers.noPenalty')}</Paragraph>
            </Alert>
          )}
        </ReasonForm>
      )}
    </div>
  );
}
