import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { householdKeys } from '../../api/households';
import { acceptOffer, declineOffer, requestKeys, withdrawOffer, type Offer } from '../../api/relocationRequests';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { checkRequired } from '../../forms/validation';

type Answer = 'accept' | 'decline' | 'withdraw';

/**
 * Records the household's answer to an open offer (accept, or decline with a reason; declining
 * carries no penalty) and, for the desk, withdraws it with a reason.
 */
export function OfferActions({ offer, canWithdraw = false }: { offer: Offer; canWithdraw?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const mutation = useMutation({
    mutationFn: (chosen: Answer) =>
      chosen === 'accept' ? acceptOffer(offer.id) : chosen === 'decline' ? declineOffer(offer.id, reason.trim()) : withdrawOffer(offer.id, reason.trim()),
    onSuccess: async () => {
      setAnswer(null);
      await queryClient.invalidateQueries({ queryKey: requestKeys.all });
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });

  if (offer.status !== 'open') return null;

  function handleReason(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!answer || mutation.isPending) return;
    const invalid = checkRequired(reason, 2000);
    setReasonError(invalid ? messages({ reason: invalid }).reason : undefined);
    if (!invalid) mutation.mutate(answer);
  }

  return (
    <div className="app-offer-actions">
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('offers.answerFailed')} />}
      {answer === null || answer === 'accept' ? (
        <ButtonGroup label={t('offers.answerLabel')}>
          <Button appearance="primary-action" busy={mutation.isPending} onClick={() => { setAnswer('accept'); mutation.mutate('accept'); }}>
            {t('offers.recordAccept')}
          </Button>
          <Button onClick={() => setAnswer('decline')}>{t('offers.recordDecline')}</Button>
          {canWithdraw && <Button appearance="subtle" onClick={() => setAnswer('withdraw')}>{t('offers.withdraw')}</Button>}
        </ButtonGroup>
      ) : (
        <form noValidate onSubmit={handleReason} className="app-form app-subform" aria-label={answer === 'decline' ? t('offers.recordDecline') : t('offers.withdraw')}>
          {answer === 'decline' && (
            <Alert type="info" role="status">
              <Paragraph>{t('offers.noPenalty')}</Paragraph>
            </Alert>
          )}
          <TextAreaField
            label={answer === 'decline' ? t('offers.declineReason') : t('offers.withdrawReason')}
            name="reason"
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonError}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
              {answer === 'decline' ? t('offers.confirmDecline') : t('offers.confirmWithdraw')}
            </Button>
            <Button onClick={() => setAnswer(null)}>{t('common.cancel')}</Button>
          </ButtonGroup>
        </form>
      )}
    </div>
  );
}
