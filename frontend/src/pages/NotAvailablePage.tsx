import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert';
import { AppLink } from '../components/AppLink';
import { Heading } from '../components/Heading';
import { Paragraph } from '../components/Paragraph';
import { usePageTitle } from '../layout/usePageTitle';
import type { Screen } from '../screens';

/** Stands in for a screen that is planned but not built: it says so, and shows no data. */
export function NotAvailablePage({ screen }: { screen: Screen }) {
  const { t } = useTranslation();
  const title = t(`screens.${screen.id}`);
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Alert type="info" role="status">
        <Paragraph>
          <strong>{t('notAvailable.notice')}</strong>
        </Paragraph>
        <Paragraph>{t('notAvailable.body')}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}
