import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { Heading } from '../components/Heading';
import { Paragraph } from '../components/Paragraph';
import { usePageTitle } from '../layout/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
