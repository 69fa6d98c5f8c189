import { useTranslation } from 'react-i18next';
import type { User } from '../../api/users';
import { StatusBadge } from '../../components/StatusBadge';

/** Whether the user logs in with a second factor (an authenticator app). */
export function TwoFactorStatus({ user }: { user: Pick<User, 'twoFactorEnabled'> }) {
  const { t } = useTranslation();
  return user.twoFactorEnabled ? <StatusBadge tone="safe">{t('users.twoFactor.on')}</StatusBadge> : <StatusBadge tone="warning">{t('users.twoFactor.off')}</StatusBadge>;
}
