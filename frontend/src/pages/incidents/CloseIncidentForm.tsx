import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFamilyKeys } from '../../api/hostFamilies';
import { closeIncident, incidentKeys, outcomes, type Incident } from '../../api/incidents';
import { placesKeys } from '../../api/places';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { closeBody, closeFieldPaths, validateClose, type CloseDraft, type CloseField } from './closeIncident';
import { SubjectName } from './SubjectName';

interface CloseIncidentFormProps {
  incident: Incident;
  onClosed: (incident: Incident) => void;
  onCancel: () => void;
}

/** Closes a reviewed incident with its outcome and a note; that lifts the suspension. */
export function CloseIncidentForm({ incident, onClosed, onCancel }: CloseIncidentFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<CloseDraft>({ outcome: '', note: '' });
  const [invalids, setInvalids] = useState<Invalids<CloseField>>({});
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  useEffect(() => heading.current?.focus(), []);

  const mutation = useMutation({
    mutationFn: () => closeIncident(incident.id, closeBody(draft)),
    onSuccess: async (closed) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
        queryClient.invalidateQueries({ queryKey: placesKeys.locations }),
        queryClient.invalidateQueries({ queryKey: hostFamilyKeys.all }),
      ]);
      onClosed(closed);
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, closeFieldPaths) : {};
  const errors: Partial<Record<CloseField, string>> = { ...serverErrors, ...messages(invalids) };

  const handleSubmit = validatedSubmit(mutation, () => validateClose(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <section className="app-subform" aria-labelledby="close-incident-heading">
      <Heading level={2} id="close-incident-heading" ref={heading} tabIndex={-1}>
        {t('incidents.closeHeading')} <SubjectName incident={incident} />
      </Heading>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('incidents.closeFailed')} formFields={Object.keys(closeFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <RadioGroupField
          legend={t('incidents.outcome')}
          name="outcome"
          value={draft.outcome}
          onChange={(outcome) => setDraft((current) => ({ ...current, outcome: outcome as CloseDraft['outcome'] }))}
          options={outcomes.map((outcome) => ({
            value: outcome,
            label: t(`enums.outcome.${outcome}`),
            description: outcome === 'subject_removed' ? t(`incidents.removeHint.${incident.subjectType}`) : t(`incidents.outcomeHint.${outcome}`),
          }))}
          error={errors.outcome}
        />
        <TextAreaField
          label={t('incidents.note')}
          description={t('incidents.noteHint')}
          name="note"
          value={draft.note}
          onChange={(event) => setDraft((current) => ({ ...current, note: event.target.value }))}
          error={errors.note}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {t('incidents.close')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
