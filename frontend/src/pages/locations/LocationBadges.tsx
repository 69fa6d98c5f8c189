import { useTranslation } from 'react-i18next';
import type { ShelterLocation } from '../../api/places';
import { BadgeList, StatusBadge } from '../../components/StatusBadge';

/** Small-scale and suspended, as badges; nothing when neither applies. */
export function LocationBadges({ location }: { location: Pick<ShelterLocation, 'smallScale' | 'suspended'> }) {
  const { t } = useTranslation();
  if (!location.smallScale && !location.suspended) return null;
  return (
    <BadgeList>
      {location.smallScale && <StatusBadge tone="safe">{t('badges.smallScale')}</StatusBadge>}
      {location.suspended && <StatusBadge tone="danger">{t('badges.suspended')}</StatusBadge>}
    </BadgeList>
  );
}
