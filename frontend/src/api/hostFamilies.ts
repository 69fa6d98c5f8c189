import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  hostFamiliesCreateHostFamily,
  hostFamiliesGetHostFamily,
  hostFamiliesListHostFamilies,
  hostFamiliesSetVetting,
  hostFamiliesUpdateHostFamily,
  type HostFamiliesListHostFamiliesData,
  type HostFamilyCreate,
  type HostFamilyPublic,
  type HostFamilyUpdate,
  type VettingPublic,
  type VettingStatus,
  type VettingUpdate,
} from '../client';
import { nextOffset } from './paging';
import { unwrap } from './result';

export type HostFamily = HostFamilyPublic;
export type Vetting = VettingPublic;

export const vettingStatuses = ['pending', 'vetted', 'rejected', 'suspended'] as const satisfies readonly VettingStatus[];

export type HostFamilyListQuery = NonNullable<HostFamiliesListHostFamiliesData['query']>;

export const hostFamilyKeys = {
  all: ['host-families'] as const,
  one: (id: string) => ['host-families', 'one', id] as const,
};

export function hostFamiliesQuery(query: HostFamilyListQuery) {
  return queryOptions({
    queryKey: [...hostFamilyKeys.all, 'list', query],
    queryFn: () => unwrap(hostFamiliesListHostFamilies({ query })),
    placeholderData: keepPreviousData,
  });
}

export function hostFamilyQuery(hostFamilyId: string) {
  return queryOptions({
    queryKey: hostFamilyKeys.one(hostFamilyId),
    queryFn: () => unwrap(hostFamiliesGetHostFamily({ path: { hostFamilyId } })),
  });
}

export function createHostFamily(body: HostFamilyCreate): Promise<HostFamily> {
  return unwrap(hostFamiliesCreateHostFamily({ body }));
}

export function updateHostFamily(hostFamilyId: string, body: HostFamilyUpdate): Promise<HostFamily> {
  return unwrap(hostFamiliesUpdateHostFamily({ path: { hostFamilyId }, body }));
}

export function setVetting(hostFamilyId: string, body: VettingUpdate): Promise<HostFamily> {
  return unwrap(hostFamiliesSetVetting({ path: { hostFamilyId }, body }));
}

/** Host families with at least one free bed that the caller may see, loaded a page at a time. */
export function freeHostFamiliesQuery(pageSize: number) {
  return infiniteQueryOptions({
    queryKey: [...hostFamilyKeys.all, 'free', pageSize],
    queryFn: ({ pageParam }) => unwrap(hostFamiliesListHostFamilies({ query: { minFreeBeds: 1, limit: pageSize, offset: pageParam } })),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
  });
}
