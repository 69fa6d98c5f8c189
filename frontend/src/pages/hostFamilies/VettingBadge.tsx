import { useTranslation } from 'react-i18next';
import type { Vetting } from '../../api/hostFamilies';
import { StatusBadge } from '../../components/StatusBadge';
import { useDateFormat } from '../../i18n/useDateFormat';

/** Whether a host may receive households: vetted (until when), expired, pending, rejected or suspended. */
export function VettingBadge({ vetting }: { vetting: Vetting }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (vetting.isVetted) {
    return (
      <StatusBadge tone="safe">
        {vetting.expiresOn ? t('vetting.badge.vettedUntil', { date: formatDate.date(vetting.expiresOn) }) : t('vetting.badge.vetted')}
      </StatusBadge>
    );
  }
  if (vetting.status === 'vetted') {
    return <StatusBadge tone="warning">{t('vetting.badge.expired', { date: formatDate.date(vetting.expiresOn) })}</StatusBadge>;
  }
  return (
    <StatusBadge tone={vetting.status === 'pending' ? 'warning' : 'danger'}>{t(`enums.vettingStatus.${vetting.status}`)}</StatusBadge>
  );
}
