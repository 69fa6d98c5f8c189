import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrganisation, organisationKeys, organisationKinds, updateOrganisation, type Organisation } from '../../api/organisations';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import type { OrganisationKind } from '../../client';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { MunicipalityField } from '../../forms/MunicipalityField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import {
  organisationCodeFields,
  organisationCreateBody,
  organisationFieldPaths,
  organisationUpdateBody,
  validateOrganisation,
  type OrganisationDraft,
  type OrganisationField,
} from './organisationDraft';

interface OrganisationFormProps {
  initial: OrganisationDraft;
  /** The organisation being changed; without it, a new one is registered. */
  organisation?: Organisation;
  submitLabel: string;
  onSaved: (organisation: Organisation) => void;
}

/** Registers or changes an organisation: its name, its kind and (for a municipality) which one. */
export function OrganisationForm({ initial, organisation, submitLabel, onSaved }: OrganisationFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<OrganisationDraft>(initial);
  const [invalids, setInvalids] = useState<Invalids<OrganisationField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const mutation = useMutation({
    mutationFn: () => (organisation ? updateOrganisation(organisation.id, organisationUpdateBody(draft, organisation)) : createOrganisation(organisationCreateBody(draft))),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: organisationKeys.all });
      onSaved(saved);
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, organisationFieldPaths, organisationCodeFields) : {};
  const errors: Partial<Record<OrganisationField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<OrganisationDraft>) => setDraft((current) => ({ ...current, ...next }));
  const handleSubmit = validatedSubmit(mutation, () => validateOrganisation(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <>
      {mutation.isError && (
        <ProblemAlert
          error={mutation.error}
          title={organisation ? t('organisationForm.updateFailed') : t('organisationForm.createFailed')}
          formFields={Object.keys(organisationFieldPaths)}
        />
      )}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <TextField
          label={t('organisationForm.name')}
          name="name"
          autoComplete="organization"
          value={draft.name}
          onChange={(event) => change({ name: event.target.value })}
          error={errors.name}
        />
        <SelectField
          label={t('organisationForm.kind')}
          description={organisation ? t('organisationForm.kindChangeHint') : t('organisationForm.kindHint')}
          name="kind"
          value={draft.kind}
          onChange={(event) => change({ kind: event.target.value as OrganisationKind | '' })}
          options={[
            { value: '', label: t('organisationForm.chooseKind') },
            ...organisationKinds.map((kind) => ({ value: kind, label: t(`enums.organisationKind.${kind}`) })),
          ]}
          error={errors.kind}
        />
        <MunicipalityField
          value={draft.municipalityCode}
          onChange={(municipalityCode) => change({ municipalityCode })}
          description={draft.kind === 'municipality' ? t('organisationForm.municipalityHint') : t('organisationForm.municipalityOptional')}
          error={errors.municipalityCode}
        />
        <CheckboxField
          label={t('twoFactor.organisationRequired')}
          description={t('twoFactor.organisationRequiredHint')}
          name="twoFactorRequired"
          checked={draft.twoFactorRequired}
          onChange={(event) => change({ twoFactorRequired: event.target.checked })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : submitLabel}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
