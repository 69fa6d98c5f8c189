import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { forecastQuery, occupancyQuery } from '../../api/reports';
import { DownloadButtons } from './DownloadButtons';
import { RegionForecast } from './ForecastFigures';
import { OccupancyFigures } from './OccupancyFigures';
import { ReportSection } from './ReportSection';

const forecastWeeks = 12;

/** The national picture: occupancy and the relocation forecast per safety region. */
export function AdminDashboard() {
  const { t } = useTranslation();
  const occupancy = useQuery(occupancyQuery({ groupBy: 'safetyRegion' }));
  const forecast = useQuery(forecastQuery({ weeks: forecastWeeks, groupBy: 'safetyRegion' }));
  return (
    <>
      <ReportSection title={t('dashboard.admin.occupancy')} query={occupancy}>
        {occupancy.data && <OccupancyFigures report={occupancy.data} caption={t('dashboard.admin.occupancyTable')} />}
        <DownloadButtons what={t('dashboard.admin.occupancy')} path="/reports/occupancy" query={{ groupBy: 'safetyRegion' }} />
      </ReportSection>
      <ReportSection title={t('dashboard.admin.forecast', { weeks: forecastWeeks })} query={forecast}>
        {forecast.data && <RegionForecast forecast={forecast.data} />}
        <DownloadButtons
          what={t('dashboard.forecast.name')}
          path="/reports/relocation-forecast"
          query={{ weeks: forecastWeeks, groupBy: 'safetyRegion' }}
        />
      </ReportSection>
    </>
  );
}
