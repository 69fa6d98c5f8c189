import { useTranslation } from 'react-i18next';
import { unitStatuses } from '../../api/places';
import { CheckboxField } from '../../components/CheckboxField';
import { Fieldset } from '../../components/Fieldset';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { maxUnitSize, type UnitDraft, type UnitField } from './locationDraft';

interface UnitFieldsProps {
  draft: UnitDraft;
  onChange: (change: Partial<UnitDraft>) => void;
  errors: Partial<Record<UnitField, string>>;
}

/** One unit: a room, a house or a container home, with its beds and who it suits. */
export function UnitFields({ draft, onChange, errors }: UnitFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('unitForm.name')}
        description={t('unitForm.nameHint')}
        name="unitName"
        autoComplete="off"
        value={draft.name}
        onChange={(event) => onChange({ name: event.target.value })}
        error={errors.name}
      />
      <TextField
        label={t('unitForm.beds')}
        name="beds"
        type="number"
        inputMode="numeric"
        min={1}
        max={maxUnitSize}
        step={1}
        value={draft.beds}
        onChange={(event) => onChange({ beds: event.target.value })}
        error={errors.beds}
      />
      <TextField
        label={t('unitForm.maxHouseholds')}
        description={t('unitForm.maxHouseholdsHint')}
        name="maxHouseholds"
        type="number"
        inputMode="numeric"
        min={1}
        max={maxUnitSize}
        step={1}
        value={draft.maxHouseholds}
        onChange={(event) => onChange({ maxHouseholds: event.target.value })}
        error={errors.maxHouseholds}
      />
      <Fieldset legend={t('unitForm.suitability')}>
        <CheckboxField
          label={t('unitForm.wheelchairAccessible')}
          name="wheelchairAccessible"
          checked={draft.wheelchairAccessible}
          onChange={(event) => onChange({ wheelchairAccessible: event.target.checked })}
        />
        <CheckboxField
          label={t('unitForm.petsAllowed')}
          name="petsAllowed"
          checked={draft.petsAllowed}
          onChange={(event) => onChange({ petsAllowed: event.target.checked })}
        />
        <CheckboxField
          label={t('unitForm.familiesOnly')}
          name="familiesOnly"
          checked={draft.familiesOnly}
          onChange={(event) => onChange({ familiesOnly: event.target.checked })}
        />
        <CheckboxField
          label={t('unitForm.womenOnly')}
          name="womenOnly"
          checked={draft.womenOnly}
          onChange={(event) => onChange({ womenOnly: event.target.checked })}
        />
      </Fieldset>
      <SelectField
        label={t('unitForm.status')}
        description={t('unitForm.statusHint')}
        name="unitStatus"
        options={unitStatuses.map((status) => ({ value: status, label: t(`enums.unitStatus.${status}`) }))}
        value={draft.status}
        onChange={(event) => onChange({ status: event.target.value as UnitDraft['status'] })}
        error={errors.status}
      />
    </>
  );
}
