import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  incidentsCloseIncident,
  incidentsListIncidents,
  incidentsReportIncident,
  type IncidentClose,
  type IncidentCreate,
  type IncidentPublic,
  type IncidentsListIncidentsData,
  type Outcome,
  type Severity,
} from '../client';
import { unwrap } from './result';

export type Incident = IncidentPublic;

export const severities = ['low', 'medium', 'high', 'critical'] as const satisfies readonly Severity[];
export const outcomes = ['resolved', 'unfounded', 'subject_removed'] as const satisfies readonly Outcome[];

export type IncidentListQuery = NonNullable<IncidentsListIncidentsData['query']>;

export const incidentKeys = { all: ['incidents'] as const };

export function incidentsQuery(query: IncidentListQuery) {
  return queryOptions({
    queryKey: [...incidentKeys.all, 'list', query],
    queryFn: () => unwrap(incidentsListIncidents({ query })),
    placeholderData: keepPreviousData,
  });
}

export function reportIncident(body: IncidentCreate): Promise<Incident> {
  return unwrap(incidentsReportIncident({ body }));
}

export function closeIncident(incidentId: string, body: IncidentClose): Promise<Incident> {
  return unwrap(incidentsCloseIncident({ path: { incidentId }, body }));
}
