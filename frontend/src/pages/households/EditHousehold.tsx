import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdKeys, updateHousehold, type Household } from '../../api/households';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Button } from '../../components/Button';
import { Heading } from '../../components/Heading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { HouseholdForm } from './HouseholdForm';
import { countsChanged, draftFromHousehold, householdFieldPaths, householdUpdateBody, validateHousehold, type HouseholdDraft, type HouseholdField } from './householdDraft';

/** Changing a household the organisation supports, in place on its page. */
export function EditHousehold({ household, onDone }: { household: Household; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<HouseholdDraft>(() => draftFromHousehold(household));
  const [invalids, setInvalids] = useState<Invalids<HouseholdField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const mutation = useMutation({
    mutationFn: () => updateHousehold(household.id, householdUpdateBody(draft, household)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(householdKeys.one(household.id), saved);
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, householdFieldPaths) : {};
  const errors: Partial<Record<HouseholdField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<HouseholdDraft>) => setDraft((current) => ({ ...current, ...next }));
  const handleSubmit = validatedSubmit(mutation, () => validateHousehold(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());
  const clearsAgeBands = household.members.length > 0 && countsChanged(draft, household);

  return (
    <section aria-labelledby="edit-household-heading">
      <Heading level={2} id="edit-household-heading">
        {t('householdForm.editTitle')}
      </Heading>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('householdForm.editFailed')} formFields={Object.keys(householdFieldPaths)} />}
      <HouseholdForm
        draft={draft}
        onChange={change}
        errors={errors}
        onSubmit={handleSubmit}
        formRef={form}
        busy={mutation.isPending}
        submitLabel={t('householdForm.save')}
        countsHint={clearsAgeBands ? t('householdForm.ageBandsCleared') : undefined}
        actions={<Button onClick={() => onDone(false)}>{t('householdForm.keep')}</Button>}
      />
    </section>
  );
}
