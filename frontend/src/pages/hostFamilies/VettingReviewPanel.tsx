import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFamilyKeys, reviewVetting, type HostFamily } from '../../api/hostFamilies';
import type { ReviewOutcome } from '../../client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { maxVettingNoteLength } from './hostFamilyDraft';

/**
 * The second check (four-eyes): someone outside the host's partner approves or rejects a
 * "vetted" decision before the host may receive vulnerable households.
 */
export function VettingReviewPanel({ hostFamily, decisionId }: { hostFamily: HostFamily; decisionId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: (outcome: ReviewOutcome) => reviewVetting(hostFamily.id, decisionId, { outcome, note: note.trim() || null }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(hostFamilyKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: hostFamilyKeys.all });
    },
  });

  return (
    <section aria-labelledby="vetting-review-heading" className="app-subform">
      <Heading level={3} id="vetting-review-heading">
        {t('vetting.review.title')}
      </Heading>
      <Paragraph>{t('vetting.review.explanation')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('vetting.review.failed')} />}
      {mutation.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t(`vetting.review.done.${mutation.variables}`)}</Paragraph>
        </Alert>
      )}
      <TextAreaField
        label={t('vetting.review.note')}
        description={t('vetting.review.noteHint')}
        name="reviewNote"
        maxLength={maxVettingNoteLength}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <ButtonGroup>
        <Button appearance="primary-action" busy={mutation.isPending && mutation.variables === 'approved'} onClick={() => mutation.mutate('approved')}>
          {t('vetting.review.approve')}
        </Button>
        <Button busy={mutation.isPending && mutation.variables === 'rejected'} onClick={() => mutation.mutate('rejected')}>
          {t('vetting.review.reject')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
