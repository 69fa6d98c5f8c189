import { queryOptions } from '@tanstack/react-query';
import { placeSearchSearchPlaces, type PlaceFound, type PlaceSearchResult } from '../client';
import { unwrap } from './result';

export type Place = PlaceFound;
export type PlaceSearch = PlaceSearchResult;

/** The shortest text the API searches for. */
export const placeSearchMinLength = 2;

/** Places (municipalities; with PDOK also addresses, streets and towns) matching Q, with coordinates. */
export function placeSearchQuery(q: string) {
  const text = q.trim();
  return queryOptions({
    queryKey: ['place-search', text],
    queryFn: () => unwrap(placeSearchSearchPlaces({ query: { q: text, limit: 8 } })),
    enabled: text.length >= placeSearchMinLength,
    staleTime: 10 * 60_000,
  });
}
