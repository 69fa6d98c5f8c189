import { useTranslation } from 'react-i18next';
import type { HostFamily } from '../../api/hostFamilies';
import { ContactDetails } from '../../components/ContactDetails';
import { DataList } from '../../components/DataList';
import { MunicipalityName } from '../../forms/MunicipalityField';
import { useDateFormat } from '../../i18n/useDateFormat';
import { useLanguageNames } from '../../i18n/useLanguageNames';

/** The offer: window, beds and free beds, who is welcome, languages, place and contact. */
export function HostFamilyDetails({ hostFamily, voice }: { hostFamily: HostFamily; voice: 'host' | 'partner' }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const languageName = useLanguageNames();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <DataList
      items={[
        {
          key: 'window',
          label: t('hostFamilyForm.window'),
          value: t('hostFamilies.windowValue', { from: formatDate.date(hostFamily.availableFrom), until: formatDate.date(hostFamily.availableUntil) }),
        },
        { key: 'beds', label: t('hostFamilyForm.beds'), value: hostFamily.beds },
        { key: 'available', label: t('hostFamilies.columns.freeBeds'), value: hostFamily.available },
        { key: 'rooms', label: t('hostFamilyForm.rooms'), value: hostFamily.rooms },
        { key: 'maxHouseholds', label: t('hostFamilyForm.maxHouseholds'), value: hostFamily.maxHouseholds },
        { key: 'acceptsChildren', label: t('hostFamilyForm.acceptsChildren'), value: yesNo(hostFamily.acceptsChildren) },
        { key: 'petsAllowed', label: t('hostFamilyForm.petsAllowed'), value: yesNo(hostFamily.petsAllowed) },
        { key: 'petsPresent', label: t(`hostFamilyForm.petsPresent.${voice}`), value: yesNo(hostFamily.petsPresent) },
        { key: 'wheelchairAccessible', label: t('hostFamilyForm.wheelchairAccessible'), value: yesNo(hostFamily.wheelchairAccessible) },
        {
          key: 'languages',
          label: t(`hostFamilyForm.languages.${voice}`),
          value: hostFamily.languages.map(languageName).join(', ') || t('common.notGiven'),
        },
        { key: 'municipality', label: t('forms.municipality'), value: <MunicipalityName code={hostFamily.municipalityCode} /> },
        { key: 'coordinates', label: t('forms.coordinates'), value: `${hostFamily.lat}, ${hostFamily.lon}` },
        { key: 'contact', label: t('hostFamilyForm.contact'), value: <ContactDetails contact={hostFamily.contact} /> },
        { key: 'address', label: t('hostFamilyForm.address'), value: hostFamily.address ?? t('common.notGiven') },
        {
          key: 'arrivalInstructions',
          label: t('hostFamilyForm.arrivalInstructions'),
          value: hostFamily.arrivalInstructions ? <span className="app-long-text">{hostFamily.arrivalInstructions}</span> : t('common.notGiven'),
        },
      ]}
    />
  );
}
