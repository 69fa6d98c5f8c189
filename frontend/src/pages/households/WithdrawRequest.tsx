import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelRequest, requestKeys, type RelocationRequest } from '../../api/relocationRequests';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReasonForm } from '../../forms/ReasonForm';

/**
 * The supporting organisation withdraws the household's request (it found a place itself, it no
 * longer has to move), with a reason; the desk sees it in the timeline.
 */
export function WithdrawRequest({ request, onWithdrawn }: { request: RelocationRequest; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: (reason: string) => cancelRequest(request.id, reason),
    onSuccess: async () => {
      setOpen(false);
      onWithdrawn(); // said by the page: this panel goes once the request is no longer open
      await queryClient.invalidateQueries({ queryKey: requestKeys.all });
    },
  });

  return (
    <>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('withdrawRequest.failed')} />}
      {open ? (
        <ReasonForm
          label={t('withdrawRequest.title')}
          fieldLabel={t('withdrawRequest.reason')}
          description={t('withdrawRequest.hint')}
          submitLabel={t('withdrawRequest.confirm')}
          busy={mutation.isPending}
          onSubmit={(reason) => mutation.mutate(reason)}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <ButtonGroup>
          <Button onClick={() => setOpen(true)}>{t('withdrawRequest.open')}</Button>
        </ButtonGroup>
      )}
    </>
  );
}
