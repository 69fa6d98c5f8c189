import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createHousehold, householdKeys, legalStatuses } from '../../api/households';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import type { LegalStatus } from '../../client';
import { AppLink } from '../../components/AppLink';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { Fieldset } from '../../components/Fieldset';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { LanguagesField } from '../../forms/LanguagesField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { usePageTitle } from '../../layout/usePageTitle';
import { emptyHousehold, householdBody, householdFieldPaths, needNames, validateHousehold, type HouseholdDraft, type HouseholdField } from './householdDraft';

/** The languages a status page can speak; Russian only when the household itself asks for it. */
const pageLanguages = ['uk', 'nl', 'en', 'ru'] as const;

/** A partner registers a household it supports: size, languages, legal category and needs. */
export function NewHouseholdPage() {
  const { t } = useTranslation();
  const title = t('householdForm.title');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const languageName = useLanguageNames();
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
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <TextField label={t('householdForm.adults')} name="adults" inputMode="numeric" value={draft.adults} onChange={(event) => change({ adults: event.target.value })} error={errors.adults} />
        <TextField label={t('householdForm.children')} name="children" inputMode="numeric" value={draft.children} onChange={(event) => change({ children: event.target.value })} error={errors.children} />
        <LanguagesField legend={t('household.languages')} value={draft.languages} onChange={(languages) => change({ languages })} error={errors.languages} />
        <SelectField
          label={t('household.preferredLanguage')}
          description={t('householdForm.preferredLanguageHint')}
          name="preferredLanguage"
          value={draft.preferredLanguage}
          onChange={(event) => change({ preferredLanguage: event.target.value })}
          options={pageLanguages.map((code) => ({ value: code, label: languageName(code) }))}
          error={errors.preferredLanguage}
        />
        <SelectField
          label={t('household.legalStatus')}
          name="legalStatus"
          value={draft.legalStatus}
          onChange={(event) => change({ legalStatus: event.target.value as LegalStatus })}
          options={legalStatuses.map((value) => ({ value, label: t(`enums.legalStatus.${value}`) }))}
        />
        <Fieldset legend={t('household.needs')}>
          {needNames.map((need) => (
            <CheckboxField
              key={need}
              label={t(`household.need.${need}`)}
              name={need}
              checked={draft.needs[need]}
              onChange={(event) => change({ needs: { ...draft.needs, [need]: event.target.checked } })}
            />
          ))}
        </Fieldset>
        <CheckboxField
          label={t('household.vulnerable')}
          description={t('householdForm.vulnerableHint')}
          name="vulnerable"
          checked={draft.vulnerable}
          onChange={(event) => change({ vulnerable: event.target.checked })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {t('householdForm.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
