import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  shelterLocationsCreateLocation,
  shelterLocationsCreateUnit,
  shelterLocationsGetLocation,
  shelterLocationsListLocations,
  shelterLocationsListUnits,
  shelterLocationsUpdateLocation,
  shelterLocationsUpdateUnit,
  type LocationKind,
  type LocationSort,
  type LocationStatus,
  type ShelterLocationCreate,
  type ShelterLocationPublic,
  type ShelterLocationsListLocationsData,
  type ShelterLocationUpdate,
  type ShelterUnitCreate,
  type ShelterUnitPublic,
  type ShelterUnitUpdate,
  type UnitStatus,
  type VisitingRules,
} from '../client';
import { oneOf } from './enums';
import { fetchAllPages, nextOffset } from './paging';
import { unwrap } from './result';

export type ShelterLocation = ShelterLocationPublic;
export type ShelterUnit = ShelterUnitPublic;

export const locationKinds = [
  'small_scale',
  'municipal',
  'hotel',
  'holiday_park',
  'office_building',
  'container_homes',
  'boat',
  'other',
] as const satisfies readonly LocationKind[];
export const locationStatuses = ['planned', 'open', 'closing', 'closed'] as const satisfies readonly LocationStatus[];
export const visitingRules = ['open', 'daytime', 'restricted'] as const satisfies readonly VisitingRules[];
export const unitStatuses = ['available', 'blocked', 'closed'] as const satisfies readonly UnitStatus[];
export const locationSorts = ['name', '-name', '-freeBeds', 'freeBeds', '-capacity', 'capacity', '-createdAt', 'createdAt'] as const satisfies readonly LocationSort[];

/** The filters of the locations list, as they live in the page's URL. */
export interface LocationFilter {
  status?: LocationStatus;
  kind?: LocationKind;
  smallScale?: boolean;
  minFreeBeds?: number;
  /** Part of the name or of the municipality's name. */
  q?: string;
  sort: LocationSort;
  page: number;
}

function positiveInteger(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}

function yesNo(value: string | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** Reads the filters from the URL, ignoring anything that is not a valid choice. */
export function locationFilterFromParams(params: URLSearchParams): LocationFilter {
  const page = positiveInteger(params.get('page'));
  const minFreeBeds = positiveInteger(params.get('minFreeBeds'));
  const status = oneOf(locationStatuses, params.get('status'));
  const kind = oneOf(locationKinds, params.get('kind'));
  const smallScale = yesNo(params.get('smallScale'));
  const q = (params.get('q') ?? '').trim().slice(0, 100);
  return {
    ...(q ? { q } : {}),
    ...(status ? { status } : {}),
    ...(kind ? { kind } : {}),
    ...(smallScale !== undefined ? { smallScale } : {}),
    ...(minFreeBeds !== undefined && minFreeBeds > 0 ? { minFreeBeds } : {}),
    sort: oneOf(locationSorts, params.get('sort')) ?? 'name',
    page: page && page > 0 ? page : 1,
  };
}

/** The filters as URL parameters: only what differs from the defaults, so links stay short. */
export function locationFilterToParams(filter: LocationFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.smallScale !== undefined) params.set('smallScale', filter.smallScale ? 'yes' : 'no');
  if (filter.minFreeBeds) params.set('minFreeBeds', String(filter.minFreeBeds));
  if (filter.q) params.set('q', filter.q);
  if (filter.sort !== 'name') params.set('sort', filter.sort);
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

type LocationListQuery = NonNullable<ShelterLocationsListLocationsData['query']>;

/** The API's query parameters for one page of the filtered list. */
export function locationListQuery(filter: LocationFilter, pageSize: number): LocationListQuery {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.smallScale !== undefined ? { smallScale: filter.smallScale } : {}),
    ...(filter.minFreeBeds ? { minFreeBeds: filter.minFreeBeds } : {}),
    ...(filter.q ? { q: filter.q } : {}),
    sort: filter.sort,
    limit: pageSize,
    offset: (filter.page - 1) * pageSize,
  };
}

export const placesKeys = {
  locations: ['shelter-locations'] as const,
  location: (id: string) => ['shelter-locations', 'one', id] as const,
  units: (id: string) => ['shelter-locations', 'one', id, 'units'] as const,
};

export function locationsQuery(query: LocationListQuery) {
  return queryOptions({
    queryKey: [...placesKeys.locations, 'list', query],
    queryFn: () => unwrap(shelterLocationsListLocations({ query })),
    placeholderData: keepPreviousData,
  });
}

export function locationQuery(locationId: string) {
  return queryOptions({
    queryKey: placesKeys.location(locationId),
    queryFn: () => unwrap(shelterLocationsGetLocation({ path: { locationId } })),
  });
}

export function unitsQuery(locationId: string) {
  return queryOptions({
    queryKey: placesKeys.units(locationId),
    queryFn: () => unwrap(shelterLocationsListUnits({ path: { locationId } })),
  });
}

export function createLocation(body: ShelterLocationCreate): Promise<ShelterLocation> {
  return unwrap(shelterLocationsCreateLocation({ body }));
}

export function updateLocation(locationId: string, body: ShelterLocationUpdate): Promise<ShelterLocation> {
  return unwrap(shelterLocationsUpdateLocation({ path: { locationId }, body }));
}

export function createUnit(locationId: string, body: ShelterUnitCreate): Promise<ShelterUnit> {
  return unwrap(shelterLocationsCreateUnit({ path: { locationId }, body }));
}

export function updateUnit(locationId: string, unitId: string, body: ShelterUnitUpdate): Promise<ShelterUnit> {
  return unwrap(shelterLocationsUpdateUnit({ path: { locationId, unitId }, body }));
}

/** Every location in a municipality, by name: the choices when an initiative opens in one. */
export function municipalityLocationsQuery(municipalityCode: string) {
  return queryOptions({
    queryKey: [...placesKeys.locations, 'municipality', municipalityCode],
    queryFn: () =>
      fetchAllPages((page) => unwrap(shelterLocationsListLocations({ query: { municipalityCode, sort: 'name', ...page } }))),
  });
}

/** Locations with at least one free bed, most free beds first, loaded a page at a time. */
export function freeLocationsQuery(pageSize: number) {
  return infiniteQueryOptions({
    queryKey: [...placesKeys.locations, 'free', pageSize],
    queryFn: ({ pageParam }) =>
      unwrap(shelterLocationsListLocations({ query: { minFreeBeds: 1, sort: '-freeBeds', limit: pageSize, offset: pageParam } })),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
  });
}
