import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { incidentsQuery, type Incident } from '../../api/incidents';
import { DataTable, type Column } from '../../components/DataTable';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { useDateFormat } from '../../i18n/useDateFormat';

/** What happened to the reports the host filed (the API shows a host only its own reports). */
export function MyReports() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const reports = useQuery(incidentsQuery({ limit: 50 }));
  const columns: Column<Incident>[] = [
    { id: 'reportedAt', header: t('myReports.reportedAt'), cell: (r) => formatDate.date(r.reportedAt.slice(0, 10)), rowHeader: true },
    { id: 'severity', header: t('report.severity'), cell: (r) => t(`enums.severity.${r.severity}`) },
    {
      id: 'status',
      header: t('myReports.status'),
      cell: (r) =>
        r.status === 'open' ? (
          <StatusBadge tone="warning">{t('myReports.open')}</StatusBadge>
        ) : (
          <StatusBadge tone="inactive">
            {t('myReports.closed', { date: formatDate.date(r.closedAt?.slice(0, 10)), outcome: r.outcome ? t(`enums.outcome.${r.outcome}`) : '' })}
          </StatusBadge>
        ),
    },
    { id: 'description', header: t('report.description'), cell: (r) => <span className="app-long-text">{r.description}</span> },
  ];
  return (
    <section aria-labelledby="my-reports-heading">
      <Heading level={2} id="my-reports-heading">
        {t('myReports.title')}
      </Heading>
      {reports.isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {reports.isError && <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data && reports.data.items.length === 0 && <Paragraph>{t('myReports.none')}</Paragraph>}
      {reports.data && reports.data.items.length > 0 && (
        <>
          <Paragraph>{t('myReports.intro')}</Paragraph>
          <DataTable caption={t('myReports.title')} captionHidden columns={columns} rows={reports.data.items} rowKey={(r) => r.id} />
        </>
      )}
    </section>
  );
}
