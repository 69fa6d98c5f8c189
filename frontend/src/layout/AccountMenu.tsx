import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CurrentUser } from '../api/auth';
import { useAuth } from '../auth/AuthProvider';
import { AppLink } from '../components/AppLink';
import { Button } from '../components/Button';

export function AccountMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function handleLogout() {
    setBusy(true);
    await logout();
    void navigate('/login', { replace: true });
  }

  return (
    <div className="app-account" role="group" aria-label={t('app.account')}>
      <span className="app-account__user">{t('auth.signedInAs', { name: user.fullName, role: t(`roles.${user.role}`) })}</span>
      <AppLink to="/account/two-factor">{t('twoFactor.accountLink')}</AppLink>
      <Button appearance="secondary-action" busy={busy} onClick={() => void handleLogout()}>
        {t('auth.logout')}
      </Button>
    </div>
  );
}
