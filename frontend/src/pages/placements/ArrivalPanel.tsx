import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkIn, placementKeys, recordNoShow } from '../../api/placements';
import { requestKeys } from '../../api/relocationRequests';
import type { PlacementSummary } from '../../client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { checkRequired } from '../../forms/validation';
import { today } from '../../i18n/dates';
import { useDateFormat } from '../../i18n/useDateFormat';
import { arrivalDateProblem, maxNoShowReasonLength } from './arrival';

type Answer = 'arrived' | 'noShow';

/**
 * For an accepted move: record the household's arrival (its check-in, which is the move) or that
 * it did not come (the beds are freed, the request returns to matching). Never before the move date.
 */
export function ArrivalPanel({ placement }: { placement: PlacementSummary }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const now = today();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [on, setOn] = useState(now);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ on?: string; reason?: string }>({});
  const mutation = useMutation({
    mutationFn: (chosen: Answer) => (chosen === 'arrived' ? checkIn(placement.id, { arrivedOn: on }) : recordNoShow(placement.id, { on, reason: reason.trim() })),
    onSuccess: async () => {
      setAnswer(null);
      await Promise.all([queryClient.invalidateQueries({ queryKey: requestKeys.all }), queryClient.invalidateQueries({ queryKey: placementKeys.all })]);
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!answer || mutation.isPending) return;
    const dateProblem = arrivalDateProblem(on, placement.startsOn, now);
    const reasonProblem = answer === 'noShow' ? checkRequired(reason, maxNoShowReasonLength) : undefined;
    const found = {
      ...(dateProblem ? { on: t(`arrival.dateProblem.${dateProblem}`, { date: formatDate.date(placement.startsOn) }) } : {}),
      ...(reasonProblem ? { reason: messages({ reason: reasonProblem }).reason } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate(answer);
  }

  return (
    <section aria-labelledby="arrival-heading">
      <Heading level={2} id="arrival-heading">
        {t('arrival.title')}
      </Heading>
      {mutation.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t(`arrival.done.${mutation.variables}`)}</Paragraph>
        </Alert>
      )}
      {now < placement.startsOn ? (
        <Paragraph>{t('arrival.notYet', { date: formatDate.date(placement.startsOn), place: placement.placeName })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('arrival.explanation', { date: formatDate.date(placement.startsOn), place: placement.placeName })}</Paragraph>
          {mutation.isError && <ProblemAlert error={mutation.error} title={t('arrival.failed')} />}
          {answer === null ? (
            <ButtonGroup label={t('arrival.choose')}>
              <Button appearance="primary-action" onClick={() => setAnswer('arrived')}>
                {t('arrival.arrived')}
              </Button>
              <Button onClick={() => setAnswer('noShow')}>{t('arrival.noShow')}</Button>
            </ButtonGroup>
          ) : (
            <form noValidate onSubmit={handleSubmit} className="app-form app-subform" aria-label={t(`arrival.${answer}`)}>
              <TextField
                label={t(answer === 'arrived' ? 'arrival.arrivedOn' : 'arrival.expectedOn')}
                name="on"
                type="date"
                min={placement.startsOn}
                max={now}
                value={on}
                onChange={(event) => setOn(event.target.value)}
                error={errors.on}
              />
              {answer === 'noShow' && (
                <TextAreaField
                  label={t('arrival.reason')}
                  description={t('arrival.reasonHint')}
                  name="noShowReason"
                  required
                  maxLength={maxNoShowReasonLength}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  error={errors.reason}
                />
              )}
              <ButtonGroup>
                <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
                  {t(answer === 'arrived' ? 'arrival.confirmArrived' : 'arrival.confirmNoShow')}
                </Button>
                <Button onClick={() => setAnswer(null)}>{t('arrival.back')}</Button>
              </ButtonGroup>
            </form>
          )}
        </>
      )}
    </section>
  );
}
