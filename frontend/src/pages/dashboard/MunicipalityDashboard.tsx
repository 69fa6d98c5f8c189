import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { citizenInitiativesListInitiatives } from '../../client';
import { stages } from '../../api/initiatives';
import { fetchAllPages } from '../../api/paging';
import { forecastQuery, occupancyQuery } from '../../api/reports';
import { unwrap } from '../../api/result';
import { BarChart } from '../../components/BarChart';
import { DataTable } from '../../components/DataTable';
import { useNumberFormat } from '../../i18n/useNumberFormat';
import { DownloadButtons } from './DownloadButtons';
import { TerritoryForecast } from './ForecastFigures';
import { OccupancyFigures } from './OccupancyFigures';
import { ReportSection } from './ReportSection';

const integer: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const forecastWeeks = 12;

/** A municipality's numbers first: its locations, small against large, the forecast, initiatives. */
export function MunicipalityDashboard() {
  const { t } = useTranslation();
  const number = useNumberFormat(integer);
  const occupancy = useQuery(occupancyQuery({ groupBy: 'scale' }));
  const forecast = useQuery(forecastQuery({ weeks: forecastWeeks, groupBy: 'municipality' }));
  const initiatives = useQuery({
    queryKey: ['initiatives', 'all-for-dashboard'],
    queryFn: () => fetchAllPages((page) => unwrap(citizenInitiativesListInitiatives({ query: page }))),
  });
  const byStage = useMemo(
    () => stages.map((stage) => ({ stage, count: initiatives.data?.items.filter((i) => i.stage === stage).length ?? 0 })),
    [initiatives.data],
  );
  const stageNames = useMemo(() => stages.map((s) => t(`enums.stage.${s}`)), [t]);
  const stageSeries = useMemo(() => [{ label: t('dashboard.municipality.initiatives'), values: byStage.map((s) => s.count) }], [byStage, t]);

  return (
    <>
      <ReportSection title={t('dashboard.municipality.occupancy')} query={occupancy}>
        {occupancy.data && <OccupancyFigures report={occupancy.data} caption={t('dashboard.municipality.occupancyTable')} />}
        <DownloadButtons what={t('dashboard.municipality.occupancy')} path="/reports/occupancy" query={{ groupBy: 'scale' }} />
        <DownloadButtons what={t('dashboard.municipality.locationList')} path="/reports/locations" query={{}} />
      </ReportSection>
      <ReportSection title={t('dashboard.municipality.forecast', { weeks: forecastWeeks })} query={forecast}>
        {forecast.data && <TerritoryForecast forecast={forecast.data} />}
        <DownloadButtons
          what={t('dashboard.forecast.name')}
          path="/reports/relocation-forecast"
          query={{ weeks: forecastWeeks, groupBy: 'municipality' }}
        />
      </ReportSection>
      <ReportSection title={t('dashboard.municipality.initiatives')} query={initiatives}>
        <BarChart label={t('dashboard.municipality.initiatives')} categories={stageNames} series={stageSeries} />
        <DataTable
          caption={t('dashboard.municipality.initiativesTable')}
          columns={[
            { id: 'stage', header: t('dashboard.columns.stage'), cell: (row) => t(`enums.stage.${row.stage}`), rowHeader: true },
            { id: 'count', header: t('dashboard.columns.count'), cell: (row) => number.format(row.count), numeric: true },
          ]}
          rows={byStage}
          rowKey={(row) => row.stage}
        />
      </ReportSection>
    </>
  );
}
