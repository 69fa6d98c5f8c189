import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  hostFamiliesListHostStays,
  placementsCheckIn,
  placementsEndPlacement,
  placementsExtendStay,
  placementsListPlacementEvents,
  placementsListPlacements,
  placementsRecordNoShow,
  shelterLocationsCloseLocation,
  shelterLocationsCloseUnit,
  type ClosingCreate,
  type ClosingReport,
  type HostStayPublic,
  type PlacementCheckIn,
  type PlacementEnd,
  type PlacementNoShow,
  type PlacementPublic,
  type PlacementsListPlacementsData,
  type StayExtensionCreate,
} from '../client';
import { unwrap } from './result';

export type Placement = PlacementPublic;
export type HostStay = HostStayPublic;
export type Closing = ClosingReport;

export type PlacementListQuery = NonNullable<PlacementsListPlacementsData['query']>;

export const placementKeys = {
  all: ['placements'] as const,
  events: (placementId: string) => ['placements', 'events', placementId] as const,
  stays: (hostFamilyId: string) => ['placements', 'stays', hostFamilyId] as const,
};

/** Placements per place or household, in the caller's scope. */
export function placementsQuery(query: PlacementListQuery) {
  return queryOptions({
    queryKey: [...placementKeys.all, 'list', query],
    queryFn: () => unwrap(placementsListPlacements({ query })),
    placeholderData: keepPreviousData,
  });
}

export function placementEventsQuery(placementId: string) {
  return queryOptions({
    queryKey: placementKeys.events(placementId),
    queryFn: () => unwrap(placementsListPlacementEvents({ path: { placementId } })),
  });
}

/** Who lives with, or is coming to, a host family: nothing sensitive. */
export function hostStaysQuery(hostFamilyId: string) {
  return queryOptions({
    queryKey: placementKeys.stays(hostFamilyId),
    queryFn: () => unwrap(hostFamiliesListHostStays({ path: { hostFamilyId } })),
  });
}

export function checkIn(placementId: string, body: PlacementCheckIn): Promise<Placement> {
  return unwrap(placementsCheckIn({ path: { placementId }, body }));
}

export function recordNoShow(placementId: string, body: PlacementNoShow): Promise<Placement> {
  return unwrap(placementsRecordNoShow({ path: { placementId }, body }));
}

export function checkOut(placementId: string, body: PlacementEnd): Promise<Placement> {
  return unwrap(placementsEndPlacement({ path: { placementId }, body }));
}

export function extendStay(placementId: string, body: StayExtensionCreate): Promise<Placement> {
  return unwrap(placementsExtendStay({ path: { placementId }, body }));
}

/** Closes a location, or one unit when `unitId` is given; with `dryRun` only says what it would do. */
export function closePlace(locationId: string, unitId: string | null, body: ClosingCreate): Promise<Closing> {
  return unitId
    ? unwrap(shelterLocationsCloseUnit({ path: { locationId, unitId }, body }))
    : unwrap(shelterLocationsCloseLocation({ path: { locationId }, body }));
}
