import { queryOptions } from '@tanstack/react-query';
import {
  reportsGetOccupancy,
  reportsGetRelocationForecast,
  reportsGetRequestsReport,
  type OccupancyReport,
  type RelocationForecast,
  type ReportsGetOccupancyData,
  type ReportsGetRelocationForecastData,
  type ReportsGetRequestsReportData,
  type RequestsReport,
} from '../client';
import { client } from '../client/client.gen';
import { ApiError, toProblem } from './problem';
import { unwrap } from './result';

export type { OccupancyReport, RelocationForecast, RequestsReport };
export type OccupancyQuery = NonNullable<ReportsGetOccupancyData['query']>;
export type ForecastQuery = NonNullable<ReportsGetRelocationForecastData['query']>;
export type RequestsQuery = NonNullable<ReportsGetRequestsReportData['query']>;

export const reportKeys = {
  all: ['reports'] as const,
  occupancy: (query: OccupancyQuery) => ['reports', 'occupancy', query] as const,
  forecast: (query: ForecastQuery) => ['reports', 'forecast', query] as const,
  requests: (query: RequestsQuery) => ['reports', 'requests', query] as const,
};

export function occupancyQuery(query: OccupancyQuery) {
  return queryOptions({
    queryKey: reportKeys.occupancy(query),
    queryFn: () => unwrap(reportsGetOccupancy({ query })),
  });
}

export function forecastQuery(query: ForecastQuery) {
  return queryOptions({
    queryKey: reportKeys.forecast(query),
    queryFn: () => unwrap(reportsGetRelocationForecast({ query })),
  });
}

export function requestsReportQuery(query: RequestsQuery) {
  return queryOptions({
    queryKey: reportKeys.requests(query),
    queryFn: () => unwrap(reportsGetRequestsReport({ query })),
  });
}

export type ReportPath = '/reports/occupancy' | '/reports/relocation-forecast' | '/reports/requests' | '/reports/locations';
export type DownloadFormat = 'csv' | 'xlsx';

/** The report as a file (headers in the interface language, sent as Accept-Language). */
export async function downloadReport(
  path: ReportPath,
  query: Record<string, string | number | undefined>,
  format: DownloadFormat,
): Promise<{ blob: Blob; filename: string }> {
  const result = await client.get({ url: path, query: { ...query, format }, parseAs: 'blob' });
  if (result.error !== undefined || !result.response?.ok) {
    throw new ApiError(toProblem(result.error, result.response?.status));
  }
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `report.${format}`;
  return { blob: result.data as Blob, filename };
}
