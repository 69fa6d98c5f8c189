import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';

/** Whether the user administers their organisation: its staff, API keys and audit log. */
export function OrganisationAdminField({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <CheckboxField
      label={t('userForm.isOrganisationAdmin')}
      description={t('userForm.isOrganisationAdminHint')}
      name="isOrganisationAdmin"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
