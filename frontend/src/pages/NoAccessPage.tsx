import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { Heading } from '../components/Heading';
import { Paragraph } from '../components/Paragraph';
import { usePageTitle } from '../layout/usePageTitle';

/** For a screen that exists but that the user's role may not use. */
export function NoAccessPage() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return (
    <>
      <Heading level={1}>{t('noAccess.title')}</Heading>
      <Paragraph>{t('noAccess.body')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
