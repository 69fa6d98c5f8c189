import { useTranslation } from 'react-i18next';
import type { User } from '../../api/users';
import { StatusBadge } from '../../components/StatusBadge';

/**
 * SLOT for two-factor login (issue #11, being built by the "security" work at the same time):
 * today the user resource does not say whether a user has two-factor login, so this shows
 * "not known yet". It reads `twoFactorEnabled` when the resource carries a boolean of that name;
 * once the generated `UserPublic` has the field (under whatever name), read it from the type here
 * and drop the lookup by name.
 */
function twoFactorEnabled(user: User): boolean | undefined {
  const value: unknown = (user as unknown as Record<string, unknown>).twoFactorEnabled;
  return typeof value === 'boolean' ? value : undefined;
}

/** Whether the user logs in with a second factor. */
export function TwoFactorStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  const enabled = twoFactorEnabled(user);
  if (enabled === undefined) return <StatusBadge tone="neutral">{t('users.twoFactor.unknown')}</StatusBadge>;
  return enabled ? <StatusBadge tone="safe">{t('users.twoFactor.on')}</StatusBadge> : <StatusBadge tone="warning">{t('users.twoFactor.off')}</StatusBadge>;
}
