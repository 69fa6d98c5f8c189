import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';

interface ReportSectionProps {
  title: string;
  /** Loading and error state of the figures this section shows. */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  children: ReactNode;
}

/** One part of a dashboard: a heading, the figures (chart, table or text) and their downloads. */
export function ReportSection({ title, query, children }: ReportSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="app-dashboard__section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {query.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!query.isPending && !query.isError && children}
    </section>
  );
}
