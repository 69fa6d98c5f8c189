import { useTranslation } from 'react-i18next';
import { locationKinds, locationStatuses, visitingRules } from '../../api/places';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ContactFields } from '../../forms/ContactFields';
import { CoordinatesFields } from '../../forms/CoordinatesFields';
import { LanguagesField } from '../../forms/LanguagesField';
import { MunicipalityField } from '../../forms/MunicipalityField';
import { maxArrivalInstructionsLength, type LocationDraft, type LocationField } from './locationDraft';

interface LocationFieldsProps {
  draft: LocationDraft;
  onChange: (change: Partial<LocationDraft>) => void;
  errors: Partial<Record<LocationField, string>>;
}

/** What the location is and where: name, kind, municipality, address and coordinates. */
export function LocationBasicsFields({ draft, onChange, errors, municipalityFixed }: LocationFieldsProps & { municipalityFixed: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('locationForm.name')}
        name="name"
        autoComplete="off"
        value={draft.name}
        onChange={(event) => onChange({ name: event.target.value })}
        error={errors.name}
      />
      <SelectField
        label={t('locationForm.kind')}
        name="kind"
        description={t('locationForm.kindHint')}
        options={locationKinds.map((kind) => ({ value: kind, label: t(`enums.locationKind.${kind}`) }))}
        value={draft.kind}
        onChange={(event) => onChange({ kind: event.target.value as LocationDraft['kind'] })}
        error={errors.kind}
      />
      <MunicipalityField
        value={draft.municipalityCode}
        fixed={municipalityFixed}
        onChange={(municipalityCode) => onChange({ municipalityCode })}
        error={errors.municipalityCode}
      />
      <TextField
        label={t('locationForm.address')}
        description={t('locationForm.addressHint')}
        name="address"
        autoComplete="off"
        value={draft.address}
        onChange={(event) => onChange({ address: event.target.value })}
        error={errors.address}
      />
      <CoordinatesFields
        lat={draft.lat}
        lon={draft.lon}
        municipalityCode={draft.municipalityCode}
        onChange={onChange}
        errors={{ lat: errors.lat, lon: errors.lon }}
      />
    </>
  );
}

/** The practical side: status and dates, meals, visits, languages, staff and a contact person. */
export function LocationPracticalFields({ draft, onChange, errors }: LocationFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('locationForm.status')}
        name="status"
        options={locationStatuses.map((status) => ({ value: status, label: t(`enums.locationStatus.${status}`) }))}
        value={draft.status}
        onChange={(event) => onChange({ status: event.target.value as LocationDraft['status'] })}
        error={errors.status}
      />
      <TextField
        label={t('locationForm.opensOn')}
        name="opensOn"
        type="date"
        value={draft.opensOn}
        onChange={(event) => onChange({ opensOn: event.target.value })}
        error={errors.opensOn}
      />
      <TextField
        label={t('locationForm.closesOn')}
        description={t('locationForm.closesOnHint')}
        name="closesOn"
        type="date"
        value={draft.closesOn}
        onChange={(event) => onChange({ closesOn: event.target.value })}
        error={errors.closesOn}
      />
      <CheckboxField
        label={t('locationForm.selfCatering')}
        description={t('locationForm.selfCateringHint')}
        name="selfCatering"
        checked={draft.selfCatering}
        onChange={(event) => onChange({ selfCatering: event.target.checked })}
        error={errors.selfCatering}
      />
      <CheckboxField
        label={t('locationForm.hasStaff')}
        name="hasStaff"
        checked={draft.hasStaff}
        onChange={(event) => onChange({ hasStaff: event.target.checked })}
        error={errors.hasStaff}
      />
      <SelectField
        label={t('locationForm.visitingRules')}
        description={t('locationForm.visitingRulesHint')}
        name="visitingRules"
        options={visitingRules.map((rules) => ({ value: rules, label: t(`enums.visitingRules.${rules}`) }))}
        value={draft.visitingRules}
        onChange={(event) => onChange({ visitingRules: event.target.value as LocationDraft['visitingRules'] })}
        error={errors.visitingRules}
      />
      <LanguagesField
        legend={t('locationForm.languagesSpoken')}
        value={draft.languagesSpoken}
        onChange={(languagesSpoken) => onChange({ languagesSpoken })}
        error={errors.languagesSpoken}
      />
      <ContactFields
        legend={t('locationForm.contact')}
        description={t('locationForm.contactHint')}
        contactName={draft.contactName}
        contactPhone={draft.contactPhone}
        contactEmail={draft.contactEmail}
        onChange={onChange}
        errors={errors}
      />
      <TextAreaField
        label={t('locationForm.arrivalInstructions')}
        description={t('locationForm.arrivalInstructionsHint')}
        name="arrivalInstructions"
        maxLength={maxArrivalInstructionsLength}
        value={draft.arrivalInstructions}
        onChange={(event) => onChange({ arrivalInstructions: event.target.value })}
        error={errors.arrivalInstructions}
      />
    </>
  );
}
