import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFamiliesListHostFamilies, householdsListHouseholds } from '../../client';
import { vettingStatuses } from '../../api/hostFamilies';
import { fetchAllPages } from '../../api/paging';
import { requestsReportQuery } from '../../api/reports';
import { unwrap } from '../../api/result';
import { BarChart } from '../../components/BarChart';
import { DataList } from '../../components/DataList';
import { DataTable } from '../../components/DataTable';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { DownloadButtons } from './DownloadButtons';
import { ReportSection } from './ReportSection';

const integer: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const openStatuses = ['submitted', 'triaged', 'matching', 'offered', 'accepted'] as const;
const soonDays = 30;

function withinDays(date: string | null | undefined, days: number): boolean {
  if (!date) return false;
  const limit = new Date();
  limit.setDate(limit.getDate() + days);
  return date <= limit.toISOString().slice(0, 10);
}

/** A partner's numbers first: its households and their requests, its host families' vetting. */
export function PartnerDashboard() {
  const { t } = useTranslation();
  const number = useNumberFormat(integer);
  const requests = useQuery(requestsReportQuery({}));
  const households = useQuery({
    queryKey: ['households', 'count-for-dashboard'],
    queryFn: () => unwrap(householdsListHouseholds({ query: { limit: 1 } })),
  });
  const hosts = useQuery({
    queryKey: ['host-families', 'all-for-dashboard'],
    queryFn: () => fetchAllPages((page) => unwrap(hostFamiliesListHostFamilies({ query: page }))),
  });
  const byStatus = useMemo(
    () =>
      openStatuses.map((status) => ({
        status,
        count: Object.values(requests.data?.byStatusAndUrgency[status] ?? {}).reduce((sum, n) => sum + n, 0),
      })),
    [requests.data],
  );
  const vetting = useMemo(
    () =>
      vettingStatuses.map((status) => {
        const inStatus = hosts.data?.items.filter((h) => h.vetting.status === status) ?? [];
        return {
          status,
          count: inStatus.length,
          vettingExpiresSoon: inStatus.filter((h) => withinDays(h.vetting.expiresOn, soonDays)).length,
          windowEndsSoon: inStatus.filter((h) => withinDays(h.availableUntil, soonDays)).length,
        };
      }),
    [hosts.data],
  );
  const statusNames = useMemo(() => openStatuses.map((s) => t(`enums.requestStatus.${s}`)), [t]);
  const requestSeries = useMemo(() => [{ label: t('dashboard.partner.requests'), values: byStatus.map((r) => r.count) }], [byStatus, t]);
  const vettingNames = useMemo(() => vettingStatuses.map((s) => t(`enums.vettingStatus.${s}`)), [t]);
  const vettingSeries = useMemo(() => [{ label: t('dashboard.partner.hostFamilies'), values: vetting.map((v) => v.count) }], [vetting, t]);

  return (
    <>
      <ReportSection title={t('dashboard.partner.requests')} query={requests}>
        {requests.data && (
          <>
            <DataList
              items={[
                { key: 'households', label: t('dashboard.figures.households'), value: households.data ? number.format(households.data.total) : '…' },
                { key: 'open', label: t('dashboard.figures.open'), value: number.format(requests.data.total.open) },
                { key: 'overdue', label: t('dashboard.figures.overdue'), value: number.format(requests.data.total.overdue) },
                { key: 'offersOpen', label: t('dashboard.figures.offersOpen'), value: number.format(requests.data.total.offersOpen) },
              ]}
            />
            <BarChart label={t('dashboard.partner.requests')} categories={statusNames} series={requestSeries} />
            <DataTable
              caption={t('dashboard.partner.requestsTable')}
              columns={[
                { id: 'status', header: t('dashboard.columns.status'), cell: (r) => t(`enums.requestStatus.${r.status}`), rowHeader: true },
                { id: 'count', header: t('dashboard.columns.count'), cell: (r) => number.format(r.count), numeric: true },
              ]}
              rows={byStatus}
              rowKey={(r) => r.status}
            />
            <DownloadButtons what={t('dashboard.desk.requestsReport')} path="/reports/requests" query={{}} />
          </>
        )}
      </ReportSection>
      <ReportSection title={t('dashboard.partner.hostFamilies')} query={hosts}>
        <BarChart label={t('dashboard.partner.hostFamilies')} categories={vettingNames} series={vettingSeries} />
        <DataTable
          caption={t('dashboard.partner.hostFamiliesTable', { days: soonDays })}
          columns={[
            { id: 'status', header: t('dashboard.columns.vetting'), cell: (v) => t(`enums.vettingStatus.${v.status}`), rowHeader: true },
            { id: 'count', header: t('dashboard.columns.count'), cell: (v) => number.format(v.count), numeric: true },
            { id: 'expires', header: t('dashboard.columns.vettingExpiresSoon', { days: soonDays }), cell: (v) => number.format(v.vettingExpiresSoon), numeric: true },
            { id: 'window', header: t('dashboard.columns.windowEndsSoon', { days: soonDays }), cell: (v) => number.format(v.windowEndsSoon), numeric: true },
          ]}
          rows={vetting}
          rowKey={(v) => v.status}
        />
      </ReportSection>
    </>
  );
}
