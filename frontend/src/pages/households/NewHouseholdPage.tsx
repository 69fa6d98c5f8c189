import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createHousehold, householdKeys } from '../../api/households';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { AppLink } from '../../components/AppLink';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { usePageTitle } from '../../layout/usePageTitle';
import { HouseholdForm } from './HouseholdForm';
import { emptyHousehold, householdBody, householdFieldPaths, validateHousehold, type HouseholdDraft, type HouseholdField } from './householdDraft';

/** A partner registers a household it supports: size, languages, legal category and needs. */
export function NewHouseholdPage() {
  const { t } = useTranslation();
  const title = t('householdForm.title');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<HouseholdDraft>(emptyHousehold);
  const [invalids, setInvalids] = useState<Invalids<HouseholdField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const mutation = useMutation({
    mutationFn: () => createHousehold(householdBody(draft)),
    onSuccess: async (household) => {
      await queryClient.invalidateQueries({ queryKey: householdKeys.all });
      await navigate(`/households/${household.id}`);
    },
    onError: () => focusFirstInvalid(),
  });
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, householdFieldPaths) : {};
  const errors: Partial<Record<HouseholdField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<HouseholdDraft>) => setDraft((current) => ({ ...current, ...next }));

  const handleSubmit = validatedSubmit(mutation, () => validateHousehold(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <>
      <Paragraph>
        <AppLink to="/households">{t('households.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t('householdForm.intro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('householdForm.failed')} formFields={Object.keys(householdFieldPaths)} />}
      <HouseholdForm
        draft={draft}
        onChange={change}
        errors={errors}
        onSubmit={handleSubmit}
        formRef={form}
        busy={mutation.isPending}
        submitLabel={t('householdForm.submit')}
      />
    </>
  );
}
