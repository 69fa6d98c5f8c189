import { useTranslation } from 'react-i18next';
import { Paragraph } from '../components/Paragraph';
import { PageLayout } from '../layout/PageLayout';

/** Shown while a reloaded tab restores its session. */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <PageLayout>
      <Paragraph role="status">{t('app.loading')}</Paragraph>
    </PageLayout>
  );
}
