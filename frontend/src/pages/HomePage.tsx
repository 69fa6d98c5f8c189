import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/AuthProvider';
import { AppLink } from '../components/AppLink';
import { Heading } from '../components/Heading';
import { Paragraph } from '../components/Paragraph';
import { usePageTitle } from '../layout/usePageTitle';
import { screensFor } from '../screens';
import { screenPages } from './screenPages';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('screens.home'));
  return (
    <>
      <Heading level={1}>{t('home.title', { name: user.fullName })}</Heading>
      <Paragraph lead>{t('home.today', { date: new Date() })}</Paragraph>
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
