import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { municipalitiesListMunicipalities, type MunicipalityPublic } from '../client';
import { unwrap } from './result';

export type Municipality = MunicipalityPublic;

export interface MunicipalityFilter {
  q: string;
  limit: number;
  offset: number;
}

export function municipalitiesQuery({ q, limit, offset }: MunicipalityFilter) {
  return queryOptions({
    queryKey: ['municipalities', { q, limit, offset }],
    queryFn: () => unwrap(municipalitiesListMunicipalities({ query: { limit, offset, ...(q ? { q } : {}) } })),
    placeholderData: keepPreviousData,
    // Reference data: it changes when CBS merges municipalities, not during a working day.
    staleTime: 10 * 60_000,
  });
}
