import type { FormEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { legalStatuses } from '../../api/households';
import type { LegalStatus } from '../../client';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { Fieldset } from '../../components/Fieldset';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { LanguagesField } from '../../forms/LanguagesField';
import { useLanguageNames } from '../../i18n/useLanguageNames';
import { needNames, type HouseholdDraft, type HouseholdField } from './householdDraft';

/** The languages a status page can speak; Russian only when the household itself asks for it. */
const pageLanguages = ['uk', 'nl', 'en', 'ru'] as const;

interface HouseholdFormProps {
  draft: HouseholdDraft;
  onChange: (next: Partial<HouseholdDraft>) => void;
  errors: Partial<Record<HouseholdField, string>>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  formRef: Ref<HTMLFormElement>;
  busy: boolean;
  submitLabel: string;
  /** A hint under the numbers (e.g. that age bands are cleared when they change). */
  countsHint?: string | undefined;
  /** More buttons beside the submit button (e.g. cancel). */
  actions?: ReactNode;
}

/** A household's size, languages, legal category and needs: registering one, or changing it. */
export function HouseholdForm({ draft, onChange, errors, onSubmit, formRef, busy, submitLabel, countsHint, actions }: HouseholdFormProps) {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="app-form">
      <TextField label={t('householdForm.adults')} name="adults" inputMode="numeric" value={draft.adults} onChange={(event) => onChange({ adults: event.target.value })} error={errors.adults} />
      <TextField label={t('householdForm.children')} name="children" inputMode="numeric" value={draft.children} description={countsHint} onChange={(event) => onChange({ children: event.target.value })} error={errors.children} />
      <LanguagesField legend={t('household.languages')} value={draft.languages} onChange={(languages) => onChange({ languages })} error={errors.languages} />
      <SelectField
        label={t('household.preferredLanguage')}
        description={t('householdForm.preferredLanguageHint')}
        name="preferredLanguage"
        value={draft.preferredLanguage}
        onChange={(event) => onChange({ preferredLanguage: event.target.value })}
        options={pageLanguages.map((code) => ({ value: code, label: languageName(code) }))}
        error={errors.preferredLanguage}
      />
      <SelectField
        label={t('household.legalStatus')}
        name="legalStatus"
        value={draft.legalStatus}
        onChange={(event) => onChange({ legalStatus: event.target.value as LegalStatus })}
        options={legalStatuses.map((value) => ({ value, label: t(`enums.legalStatus.${value}`) }))}
      />
      <Fieldset legend={t('household.needs')}>
        {needNames.map((need) => (
          <CheckboxField
            key={need}
            label={t(`household.need.${need}`)}
            name={need}
            checked={draft.needs[need]}
            onChange={(event) => onChange({ needs: { ...draft.needs, [need]: event.target.checked } })}
          />
        ))}
      </Fieldset>
      <CheckboxField
        label={t('household.vulnerable')}
        description={t('householdForm.vulnerableHint')}
        name="vulnerable"
        checked={draft.vulnerable}
        onChange={(event) => onChange({ vulnerable: event.target.checked })}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy}>
          {submitLabel}
        </Button>
        {actions}
      </ButtonGroup>
    </form>
  );
}
