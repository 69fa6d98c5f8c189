import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFamilyKeys, setVetting, vettingStatuses, type HostFamily } from '../../api/hostFamilies';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { today } from '../../i18n/dates';
import {
  maxVettingNoteLength,
  validateVetting,
  vettingBody,
  vettingCodeFields,
  vettingDraftFrom,
  vettingFieldPaths,
  type VettingDraft,
  type VettingField,
} from './hostFamilyDraft';

/** Records a vetting decision and the checks behind it; every decision is kept in the history. */
export function VettingForm({ hostFamily, onSaved }: { hostFamily: HostFamily; onSaved: (saved: HostFamily) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<VettingDraft>(() => vettingDraftFrom(hostFamily));
  const [invalids, setInvalids] = useState<Invalids<VettingField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const mutation = useMutation({
    mutationFn: () => setVetting(hostFamily.id, vettingBody(draft)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(hostFamilyKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: hostFamilyKeys.all });
      onSaved(saved);
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, vettingFieldPaths, vettingCodeFields) : {};
  const errors: Partial<Record<VettingField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<VettingDraft>) => setDraft((current) => ({ ...current, ...next }));
  const now = today();

  const handleSubmit = validatedSubmit(mutation, () => validateVetting(draft, today()), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <>
      <Paragraph>{t('vetting.explanation')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('vetting.failed')} formFields={Object.keys(vettingFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <SelectField
          label={t('vetting.status')}
          name="vettingStatus"
          options={vettingStatuses.map((status) => ({ value: status, label: t(`enums.vettingStatus.${status}`) }))}
          value={draft.status}
          onChange={(event) => change({ status: event.target.value as VettingDraft['status'] })}
          error={errors.status}
        />
        <TextField
          label={t('vetting.vogCheckedOn')}
          description={t('vetting.vogHint')}
          name="vogCheckedOn"
          type="date"
          max={now}
          value={draft.vogCheckedOn}
          onChange={(event) => change({ vogCheckedOn: event.target.value })}
          error={errors.vogCheckedOn}
        />
        <TextField
          label={t('vetting.homeVisitOn')}
          name="homeVisitOn"
          type="date"
          max={now}
          value={draft.homeVisitOn}
          onChange={(event) => change({ homeVisitOn: event.target.value })}
          error={errors.homeVisitOn}
        />
        <TextField
          label={t('vetting.referencesCheckedOn')}
          description={t('vetting.referencesHint')}
          name="referencesCheckedOn"
          type="date"
          max={now}
          value={draft.referencesCheckedOn}
          onChange={(event) => change({ referencesCheckedOn: event.target.value })}
          error={errors.referencesCheckedOn}
        />
        <TextField
          label={t('vetting.idCheckedOn')}
          description={t('vetting.idHint')}
          name="idCheckedOn"
          type="date"
          max={now}
          value={draft.idCheckedOn}
          onChange={(event) => change({ idCheckedOn: event.target.value })}
          error={errors.idCheckedOn}
        />
        <TextField
          label={t('vetting.expiresOn')}
          description={t('vetting.expiresHint')}
          name="expiresOn"
          type="date"
          value={draft.expiresOn}
          onChange={(event) => change({ expiresOn: event.target.value })}
          error={errors.expiresOn}
        />
        <TextAreaField
          label={t('vetting.note')}
          description={t('vetting.noteHint')}
          name="note"
          maxLength={maxVettingNoteLength}
          value={draft.note}
          onChange={(event) => change({ note: event.target.value })}
          error={errors.note}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('vetting.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
