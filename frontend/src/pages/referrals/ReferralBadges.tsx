import { useTranslation } from 'react-i18next';
import type { ConsentStatus, ReferralStatus } from '../../client';
import { StatusBadge, type BadgeTone } from '../../components/StatusBadge';

const consentTones: Record<ConsentStatus, BadgeTone> = { scheduled: 'neutral', active: 'safe', expired: 'inactive', withdrawn: 'inactive' };
const referralTones: Record<ReferralStatus, BadgeTone> = { pending: 'warning', accepted: 'safe', declined: 'inactive', revoked: 'inactive', ended: 'inactive' };

export function ConsentStatusBadge({ status }: { status: ConsentStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={consentTones[status]}>{t(`enums.consentStatus.${status}`)}</StatusBadge>;
}

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={referralTones[status]}>{t(`enums.referralStatus.${status}`)}</StatusBadge>;
}
