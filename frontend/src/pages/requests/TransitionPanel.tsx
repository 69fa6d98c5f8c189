import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelRequest, requestKeys, transitionRequest, type RelocationRequest } from '../../api/relocationRequests';
import type { RequestStatus } from '../../client';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { checkOptionalText, checkRequired } from '../../forms/validation';
import { needsNote } from './requestRules';

interface TransitionButtonsProps {
  /** The statuses the API says the request may move to now (`allowedTransitions`). */
  choices: readonly RequestStatus[];
  chosen: RequestStatus | null;
  onChoose: (status: RequestStatus) => void;
}

/** One button per status the request may move to next; a finished request says so instead. */
export function TransitionButtons({ choices, chosen, onChoose }: TransitionButtonsProps) {
  const { t } = useTranslation();
  if (choices.length === 0) return <Paragraph>{t('transitions.final')}</Paragraph>;
  return (
    <ButtonGroup label={t('transitions.choose')}>
      {choices.map((target) => (
        <Button
          key={target}
          appearance={target === 'cancelled' ? 'secondary-action' : 'primary-action'}
          aria-pressed={chosen === target}
          onClick={() => onChoose(target)}
        >
          {t(`transitions.to.${target}`)}
        </Button>
      ))}
    </ButtonGroup>
  );
}

/** Moves a request along its legal path, with a note (cancelling needs one). */
export function TransitionPanel({ request }: { request: RelocationRequest }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [chosen, setChosen] = useState<RequestStatus | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [done, setDone] = useState<RequestStatus | null>(null);

  const mutation = useMutation({
    mutationFn: (target: RequestStatus) =>
      target === 'cancelled' ? cancelRequest(request.id, note.trim()) : transitionRequest(request.id, target, note.trim() || null),
    onSuccess: async (updated) => {
      setChosen(null);
      setNote('');
      setDone(updated.status);
      await queryClient.invalidateQueries({ queryKey: requestKeys.all });
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen || mutation.isPending) return;
    const invalid = needsNote(chosen) ? checkRequired(note, 2000) : checkOptionalText(note, 2000);
    setNoteError(invalid ? messages({ note: invalid }).note : undefined);
    if (!invalid) mutation.mutate(chosen);
  }

  return (
    <section aria-labelledby="transition-heading">
      <Heading level={2} id="transition-heading">
        {t('transitions.title')}
      </Heading>
      {done && (
        <Paragraph role="status">{t('transitions.done', { status: t(`enums.requestStatus.${done}`) })}</Paragraph>
      )}
      <TransitionButtons choices={request.allowedTransitions} chosen={chosen} onChoose={(target) => { setChosen(target); setDone(null); mutation.reset(); }} />
      {chosen && (
        <form noValidate onSubmit={handleSubmit} className="app-form app-subform" aria-label={t(`transitions.to.${chosen}`)}>
          {mutation.isError && <ProblemAlert error={mutation.error} title={t('transitions.failed')} />}
          <TextAreaField
            label={needsNote(chosen) ? t('transitions.reason') : t('transitions.note')}
            name="note"
            required={needsNote(chosen)}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={noteError}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
              {t('transitions.confirm', { status: t(`enums.requestStatus.${chosen}`) })}
            </Button>
            {/* Not "Annuleren": cancelling the request is one of the choices above. */}
            <Button onClick={() => setChosen(null)}>{t('transitions.keep')}</Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
