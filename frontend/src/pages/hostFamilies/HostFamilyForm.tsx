import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createHostFamily, hostFamilyKeys, updateHostFamily, type HostFamily } from '../../api/hostFamilies';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { Fieldset } from '../../components/Fieldset';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ContactFields } from '../../forms/ContactFields';
import { CoordinatesFields } from '../../forms/CoordinatesFields';
import { LanguagesField } from '../../forms/LanguagesField';
import { MunicipalityField } from '../../forms/MunicipalityField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import {
  hostFamilyCodeFields,
  hostFamilyCreateBody,
  hostFamilyFieldPaths,
  hostFamilyLabels,
  hostFamilyUpdateBody,
  hostLimits,
  validateHostFamily,
  type HostFamilyDraft,
  type HostFamilyField,
} from './hostFamilyDraft';

interface HostFamilyFormProps {
  initial: HostFamilyDraft;
  /** The host family being changed; without it, a new one is registered. */
  hostFamily?: HostFamily;
  /** Whether the municipality is given (it cannot change after registering). */
  municipalityFixed: boolean;
  /** "our offer" (a host about their own home) or "the family" (a partner about a host family). */
  voice: 'host' | 'partner';
  submitLabel: string;
  onSaved: (hostFamily: HostFamily) => void;
  onCancel?: () => void;
}

/** Registers or changes a host family's offer: where, how many beds, who is welcome, and when. */
export function HostFamilyForm({ initial, hostFamily, municipalityFixed, voice, submitLabel, onSaved, onCancel }: HostFamilyFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<HostFamilyDraft>(initial);
  const [invalids, setInvalids] = useState<Invalids<HostFamilyField>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const mutation = useMutation({
    mutationFn: () => (hostFamily ? updateHostFamily(hostFamily.id, hostFamilyUpdateBody(draft)) : createHostFamily(hostFamilyCreateBody(draft))),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: hostFamilyKeys.all });
      onSaved(saved);
    },
    onError: () => focusFirstInvalid(),
  });

  const labels = hostFamilyLabels(t, voice);
  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, hostFamilyFieldPaths, hostFamilyCodeFields, { labels }) : {};
  const errors: Partial<Record<HostFamilyField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<HostFamilyDraft>) => setDraft((current) => ({ ...current, ...next }));

  const handleSubmit = validatedSubmit(mutation, () => validateHostFamily(draft), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <>
      {mutation.isError && (
        <ProblemAlert
          error={mutation.error}
          title={hostFamily ? t('hostFamilyForm.updateFailed') : t('hostFamilyForm.createFailed')}
          formFields={Object.keys(hostFamilyFieldPaths)}
          labels={labels}
        />
      )}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <TextField
          label={t('hostFamilyForm.displayName')}
          description={t(`hostFamilyForm.displayNameHint.${voice}`)}
          name="displayName"
          autoComplete="off"
          value={draft.displayName}
          onChange={(event) => change({ displayName: event.target.value })}
          error={errors.displayName}
        />
        <MunicipalityField value={draft.municipalityCode} fixed={municipalityFixed} onChange={(municipalityCode) => change({ municipalityCode })} error={errors.municipalityCode} />
        <CoordinatesFields
          lat={draft.lat}
          lon={draft.lon}
          municipalityCode={draft.municipalityCode}
          onChange={change}
          errors={{ lat: errors.lat, lon: errors.lon }}
          onPlaceFound={(place) => {
            if (!municipalityFixed && place.municipalityCode) change({ municipalityCode: place.municipalityCode });
          }}
        />
        <Fieldset legend={t('hostFamilyForm.window')} description={t('hostFamilyForm.windowHint')}>
          <TextField
            label={t('hostFamilyForm.availableFrom')}
            name="availableFrom"
            type="date"
            value={draft.availableFrom}
            onChange={(event) => change({ availableFrom: event.target.value })}
            error={errors.availableFrom}
          />
          <TextField
            label={t('hostFamilyForm.availableUntil')}
            name="availableUntil"
            type="date"
            value={draft.availableUntil}
            onChange={(event) => change({ availableUntil: event.target.value })}
            error={errors.availableUntil}
          />
        </Fieldset>
        <TextField
          label={t('hostFamilyForm.beds')}
          name="beds"
          type="number"
          inputMode="numeric"
          min={1}
          max={hostLimits.beds}
          step={1}
          value={draft.beds}
          onChange={(event) => change({ beds: event.target.value })}
          error={errors.beds}
        />
        <TextField
          label={t('hostFamilyForm.rooms')}
          name="rooms"
          type="number"
          inputMode="numeric"
          min={1}
          max={hostLimits.rooms}
          step={1}
          value={draft.rooms}
          onChange={(event) => change({ rooms: event.target.value })}
          error={errors.rooms}
        />
        <TextField
          label={t('hostFamilyForm.maxHouseholds')}
          description={t('hostFamilyForm.maxHouseholdsHint')}
          name="maxHouseholds"
          type="number"
          inputMode="numeric"
          min={1}
          max={hostLimits.maxHouseholds}
          step={1}
          value={draft.maxHouseholds}
          onChange={(event) => change({ maxHouseholds: event.target.value })}
          error={errors.maxHouseholds}
        />
        <Fieldset legend={t('hostFamilyForm.suitability')}>
          <CheckboxField label={t('hostFamilyForm.acceptsChildren')} name="acceptsChildren" checked={draft.acceptsChildren} onChange={(event) => change({ acceptsChildren: event.target.checked })} />
          <CheckboxField label={t('hostFamilyForm.petsAllowed')} name="petsAllowed" checked={draft.petsAllowed} onChange={(event) => change({ petsAllowed: event.target.checked })} />
          <CheckboxField
            label={t(`hostFamilyForm.petsPresent.${voice}`)}
            name="petsPresent"
            checked={draft.petsPresent}
            onChange={(event) => change({ petsPresent: event.target.checked })}
          />
          <CheckboxField
            label={t('hostFamilyForm.wheelchairAccessible')}
            name="wheelchairAccessible"
            checked={draft.wheelchairAccessible}
            onChange={(event) => change({ wheelchairAccessible: event.target.checked })}
          />
        </Fieldset>
        <LanguagesField legend={t(`hostFamilyForm.languages.${voice}`)} value={draft.languages} onChange={(languages) => change({ languages })} error={errors.languages} />
        <ContactFields
          legend={t('hostFamilyForm.contact')}
          description={t('hostFamilyForm.contactHint')}
          contactName={draft.contactName}
          contactPhone={draft.contactPhone}
          contactEmail={draft.contactEmail}
          onChange={change}
          errors={errors}
        />
        <Fieldset legend={t('hostFamilyForm.arrival')} description={t(`hostFamilyForm.arrivalHint.${voice}`)}>
          <TextField
            label={t('hostFamilyForm.address')}
            name="address"
            autoComplete={voice === 'host' ? 'street-address' : 'off'}
            maxLength={hostLimits.address}
            value={draft.address}
            onChange={(event) => change({ address: event.target.value })}
            error={errors.address}
          />
          <TextAreaField
            label={t('hostFamilyForm.arrivalInstructions')}
            description={t(`hostFamilyForm.arrivalInstructionsHint.${voice}`)}
            name="arrivalInstructions"
            maxLength={hostLimits.arrivalInstructions}
            value={draft.arrivalInstructions}
            onChange={(event) => change({ arrivalInstructions: event.target.value })}
            error={errors.arrivalInstructions}
          />
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : submitLabel}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        </ButtonGroup>
      </form>
    </>
  );
}
