import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { municipalitiesGetMunicipality, municipalitiesListMunicipalities, type MunicipalityPublic } from '../client';
import { fetchAllPages } from './paging';
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

export function municipalityQuery(code: string) {
  return queryOptions({
    queryKey: ['municipalities', 'one', code],
    queryFn: () => unwrap(municipalitiesGetMunicipality({ path: { code } })),
    staleTime: 10 * 60_000,
  });
}

/** Every municipality, for a form's choice of municipality (342 in all). */
export function allMunicipalitiesQuery() {
  return queryOptions({
    queryKey: ['municipalities', 'all'],
    queryFn: () => fetchAllPages((query) => unwrap(municipalitiesListMunicipalities({ query }))),
    staleTime: 10 * 60_000,
  });
}
