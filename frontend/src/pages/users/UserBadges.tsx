import { useTranslation } from 'react-i18next';
import type { User } from '../../api/users';
import { BadgeList, StatusBadge } from '../../components/StatusBadge';

/** Active or deactivated, and organisation administrator. */
export function UserBadges({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <BadgeList>
      {user.isActive ? <StatusBadge tone="active">{t('users.active')}</StatusBadge> : <StatusBadge tone="inactive">{t('users.deactivated')}</StatusBadge>}
      {user.isOrganisationAdmin && <StatusBadge tone="neutral">{t('users.organisationAdmin')}</StatusBadge>}
    </BadgeList>
  );
}
