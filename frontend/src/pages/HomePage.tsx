import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/AuthProvider';
import { AppLink } from '../components/AppLink';
import { Heading } from '../components/Heading';
import { Paragraph } from '../components/Paragraph';
import { usePageTitle } from '../layout/usePageTitle';
import { screensFor } from '../screens';
import { screenPages } from './screenPages';

/** The dashboards and their chart library load only on the home page, after the app itself. */
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((module) => ({ default: module.Dashboard })));

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('screens.home'));
  return (
    <>
      <Heading level={1}>{t('home.title', { name: user.fullName })}</Heading>
      <Paragraph lead>{t('home.today', { date: new Date() })}</Paragraph>
      <Suspense fallback={<Paragraph role="status">{t('app.loading')}</Paragraph>}>
        <Dashboard role={user.role} />
      </Suspense>
      <Heading level={2}>{t('home.screensTitle')}</Heading>
      <Paragraph>{t('home.screensIntro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {screensFor(user).map((screen) => (
          <li key={screen.id} className="utrecht-unordered-list__item">
            <AppLink to={screen.path}>{t(`screens.${screen.id}`)}</AppLink>
            {!screenPages[screen.id] && ` (${t('home.notYetAvailable')})`}
          </li>
        ))}
      </ul>
    </>
  );
}
