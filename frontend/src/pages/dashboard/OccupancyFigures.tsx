import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccupancyReport } from '../../api/reports';
import { BarChart } from '../../components/BarChart';
import { DataTable, type Column } from '../../components/DataTable';
import { useNumberFormat } from '../../i18n/useNumberFormat';

const integer: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const oneDecimal: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
const percent: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

type Row = OccupancyReport['groups'][number];

/** Occupied and free beds per group, as a stacked bar chart and a table (with the total). */
export function OccupancyFigures({ report, caption }: { report: OccupancyReport; caption: string }) {
  const { t } = useTranslation();
  const number = useNumberFormat(integer);
  const decimal = useNumberFormat(oneDecimal);
  const share = useNumberFormat(percent);
  const scale = report.groupBy === 'scale';
  const nameOf = (row: Row): string =>
    row === report.total
      ? t('dashboard.total')
      : scale
        ? t(row.key === 'small' ? 'dashboard.scale.small' : 'dashboard.scale.large')
        : (row.name ?? t('dashboard.unknown'));
  const categories = useMemo(() => report.groups.map(nameOf), [report]); // eslint-disable-line react-hooks/exhaustive-deps
  const series = useMemo(
    () => [
      { label: t('dashboard.columns.occupied'), values: report.groups.map((g) => g.occupied) },
      { label: t('dashboard.columns.free'), values: report.groups.map((g) => g.free) },
      { label: t('dashboard.columns.blocked'), values: report.groups.map((g) => g.blocked) },
    ],
    [report, t],
  );
  const optional = (value: number | null | undefined, format: Intl.NumberFormat) =>
    value === null || value === undefined ? '—' : format.format(value);
  const columns: Array<Column<Row>> = [
    { id: 'name', header: t('dashboard.columns.group'), cell: nameOf, rowHeader: true },
    { id: 'locations', header: t('dashboard.columns.locations'), cell: (r) => number.format(r.locations), numeric: true },
    { id: 'beds', header: t('dashboard.columns.beds'), cell: (r) => number.format(r.beds), numeric: true },
    { id: 'occupied', header: t('dashboard.columns.occupied'), cell: (r) => number.format(r.occupied), numeric: true },
    { id: 'free', header: t('dashboard.columns.free'), cell: (r) => number.format(r.free), numeric: true },
    { id: 'blocked', header: t('dashboard.columns.blocked'), cell: (r) => number.format(r.blocked), numeric: true },
    { id: 'households', header: t('dashboard.columns.households'), cell: (r) => number.format(r.households), numeric: true },
    ...(scale
      ? [
          { id: 'rate', header: t('dashboard.columns.occupancyRate'), cell: (r: Row) => optional(r.scale?.occupancyRate, share), numeric: true },
          { id: 'stay', header: t('dashboard.columns.averageStay'), cell: (r: Row) => optional(r.scale?.averageStayDays, decimal), numeric: true },
          { id: 'moves', header: t('dashboard.columns.movesOut'), cell: (r: Row) => optional(r.scale?.movesOut, number), numeric: true },
          {
            id: 'incidents',
            header: t('dashboard.columns.incidentsPer100'),
            cell: (r: Row) => optional(r.scale?.incidentsPer100Residents, decimal),
            numeric: true,
          },
          { id: 'declines', header: t('dashboard.columns.declines'), cell: (r: Row) => optional(r.scale?.offersDeclined, number), numeric: true },
        ]
      : [{ id: 'hostBeds', header: t('dashboard.columns.hostFamilyBeds'), cell: (r: Row) => number.format(r.hostFamilyBeds), numeric: true }]),
  ];
  return (
    <>
      <BarChart label={caption} categories={categories} series={series} stacked horizontal={report.groups.length > 4} />
      <DataTable caption={caption} columns={columns} rows={[...report.groups, report.total]} rowKey={(r) => r.key ?? 'total'} />
    </>
  );
}
