import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUnit, placesKeys, updateUnit, type ShelterUnit } from '../../api/places';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { emptyUnitDraft, unitBody, unitCodeFields, unitDraftFrom, unitFieldPaths, validateUnit, type UnitDraft, type UnitField } from './locationDraft';
import { UnitFields } from './UnitFields';

interface UnitFormProps {
  locationId: string;
  /** The unit to change; without it, the form adds a new unit. */
  unit?: ShelterUnit;
  onSaved: (unit: ShelterUnit) => void;
  onCancel?: () => void;
}

/** Adds a unit to a location, or changes one (including blocking or closing it). */
export function UnitForm({ locationId, unit, onSaved, onCancel }: UnitFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<UnitDraft>(() => (unit ? unitDraftFrom(unit) : emptyUnitDraft()));
  const [invalids, setInvalids] = useState<Invalids<UnitField>>({});
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const headingId = unit ? `edit-unit-${unit.id}` : 'add-unit';

  // Opening the edit form moves focus to it, so the user knows where it appeared.
  useEffect(() => {
    if (unit) heading.current?.focus();
  }, [unit]);

  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof unitBody>) => (unit ? updateUnit(locationId, unit.id, body) : createUnit(locationId, body)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: placesKeys.locations });
      if (!unit) setDraft(emptyUnitDraft());
      onSaved(saved);
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, unitFieldPaths, unitCodeFields) : {};
  const errors = { ...serverErrors, ...messages(invalids) };

  const handleSubmit = validatedSubmit(mutation, () => validateUnit(draft), setInvalids, focusFirstInvalid, () => mutation.mutate(unitBody(draft)));

  return (
    <section className="app-subform" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} ref={heading} tabIndex={-1}>
        {unit ? t('units.editHeading', { name: unit.name }) : t('units.addHeading')}
      </Heading>
      {mutation.isError && (
        <ProblemAlert error={mutation.error} title={unit ? t('units.updateFailed') : t('units.addFailed')} formFields={Object.keys(unitFieldPaths)} />
      )}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <UnitFields draft={draft} onChange={(change) => setDraft((current) => ({ ...current, ...change }))} errors={errors} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {unit ? t('units.save') : t('units.add')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        </ButtonGroup>
      </form>
    </section>
  );
}

