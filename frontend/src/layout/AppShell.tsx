import { Outlet } from 'react-router';
import { useCurrentUser } from '../auth/AuthProvider';
import { screensFor } from '../screens';
import { AccountMenu } from './AccountMenu';
import { MainNavigation } from './MainNavigation';
import { PageLayout } from './PageLayout';

/** The frame around every screen for a signed-in user. */
export function AppShell() {
  const user = useCurrentUser();
  return (
    <PageLayout account={<AccountMenu user={user} />} navigation={<MainNavigation screens={screensFor(user)} />}>
      <Outlet />
    </PageLayout>
  );
}
