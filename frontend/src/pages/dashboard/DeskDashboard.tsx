import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { urgencies } from '../../api/relocationRequests';
import { requestsReportQuery } from '../../api/reports';
import { BarChart } from '../../components/BarChart';
import { DataList } from '../../components/DataList';
import { DataTable } from '../../components/DataTable';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { DownloadButtons } from './DownloadButtons';
import { ReportSection } from './ReportSection';

const integer: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const days: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
const openStatuses = ['submitted', 'triaged', 'matching', 'offered', 'accepted'] as const;

/** A desk's numbers first: its queue by status and urgency, what is overdue, offers and moves. */
export function DeskDashboard() {
  const { t } = useTranslation();
  const number = useNumberFormat(integer);
  const dayNumber = useNumberFormat(days);
  const query = useQuery(requestsReportQuery({}));
  const report = query.data;

  const series = useMemo(
    () =>
      urgencies.map((urgency) => ({
        label: t(`enums.urgency.${urgency}`),
        values: openStatuses.map((status) => report?.byStatusAndUrgency[status]?.[urgency] ?? 0),
      })),
    [report, t],
  );
  const categories = useMemo(() => openStatuses.map((s) => t(`enums.requestStatus.${s}`)), [t]);

  return (
    <>
      <ReportSection title={t('dashboard.desk.today')} query={query}>
        {report && (
          <DataList
            items={[
              { key: 'open', label: t('dashboard.figures.open'), value: number.format(report.total.open) },
              { key: 'overdue', label: t('dashboard.figures.overdue'), value: number.format(report.total.overdue) },
              { key: 'offersOpen', label: t('dashboard.figures.offersOpen'), value: number.format(report.total.offersOpen) },
              { key: 'moves', label: t('dashboard.figures.movesThisWeek'), value: number.format(report.movesThisWeek) },
              {
                key: 'median',
                label: t('dashboard.figures.medianDaysToMove'),
                value: report.total.medianDaysToMove === null ? t('dashboard.none') : dayNumber.format(report.total.medianDaysToMove),
              },
            ]}
          />
        )}
      </ReportSection>
      <ReportSection title={t('dashboard.desk.queue')} query={query}>
        {report && (
          <>
            <BarChart label={t('dashboard.desk.queue')} categories={categories} series={series} stacked />
            <DataTable
              caption={t('dashboard.desk.queueTable')}
              columns={[
                { id: 'status', header: t('dashboard.columns.status'), cell: (row) => t(`enums.requestStatus.${row}`), rowHeader: true },
                ...urgencies.map((urgency) => ({
                  id: urgency,
                  header: t(`enums.urgency.${urgency}`),
                  cell: (row: (typeof openStatuses)[number]) => number.format(report.byStatusAndUrgency[row]?.[urgency] ?? 0),
                  numeric: true,
                })),
              ]}
              rows={openStatuses}
              rowKey={(row) => row}
            />
            <DownloadButtons what={t('dashboard.desk.requestsReport')} path="/reports/requests" query={{}} />
          </>
        )}
      </ReportSection>
    </>
  );
}
