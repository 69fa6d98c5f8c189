import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hostFamilyQuery } from '../../api/hostFamilies';
import type { Incident } from '../../api/incidents';
import { locationQuery } from '../../api/places';

/**
 * What an incident is about: "Host family: Familie de Vries". An incident names its subject
 * only by id, so the name is looked up; a unit cannot be (the API has no route to a unit by id alone).
 */
export function SubjectName({ incident }: { incident: Pick<Incident, 'subjectType' | 'subjectId'> }) {
  const { t } = useTranslation();
  const { subjectType, subjectId } = incident;
  const host = useQuery({ ...hostFamilyQuery(subjectId), enabled: subjectType === 'host_family' });
  const location = useQuery({ ...locationQuery(subjectId), enabled: subjectType === 'shelter_location' });
  const name = subjectType === 'host_family' ? host.data?.displayName : subjectType === 'shelter_location' ? location.data?.name : undefined;
  return (
    <>
      {t(`enums.subjectType.${subjectType}`)}: {name ?? t('incidents.shortId', { id: subjectId.slice(0, 8) })}
    </>
  );
}
