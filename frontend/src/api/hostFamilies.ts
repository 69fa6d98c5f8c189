import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  hostFamiliesCreateHostFamily,
  hostFamiliesGetHostFamily,
  hostFamiliesInviteHost,
  hostFamiliesListHostFamilies,
  hostFamiliesListVettingDecisions,
  hostFamiliesReinviteHost,
  hostFamiliesReviewVettingDecision,
  hostFamiliesSetVetting,
  hostFamiliesUpdateHostFamily,
  type HostAccountCreate,
  type HostAccountInvited,
  type HostFamiliesListHostFamiliesData,
  type HostFamilyCreate,
  type HostFamilyPublic,
  type HostFamilyUpdate,
  type VettingDecisionPublic,
  type VettingPublic,
  type VettingReviewCreate,
  type VettingStatus,
  type VettingUpdate,
} from '../client';
import { nextOffset } from './paging';
import { unwrap } from './result';

export type HostFamily = HostFamilyPublic;
export type Vetting = VettingPublic;
export type VettingDecision = VettingDecisionPublic;

export const vettingStatuses = ['pending', 'vetted', 'rejected', 'suspended'] as const satisfies readonly VettingStatus[];

export type HostFamilyListQuery = NonNullable<HostFamiliesListHostFamiliesData['query']>;

export const hostFamilyKeys = {
  all: ['host-families'] as const,
  one: (id: string) => ['host-families', 'one', id] as const,
  vettingDecisions: (id: string) => ['host-families', 'vetting-decisions', id] as const,
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

/** Every vetting decision on a host, newest first: who checked what, when. */
export function vettingDecisionsQuery(hostFamilyId: string) {
  return queryOptions({
    queryKey: hostFamilyKeys.vettingDecisions(hostFamilyId),
    queryFn: () => unwrap(hostFamiliesListVettingDecisions({ path: { hostFamilyId } })),
  });
}

/** The second check (four-eyes) of a vetting decision. */
export function reviewVetting(hostFamilyId: string, decisionId: string, body: VettingReviewCreate): Promise<HostFamily> {
  return unwrap(hostFamiliesReviewVettingDecision({ path: { hostFamilyId, decisionId }, body }));
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

/** An account with role host for the host family, and the password link its host chooses a password through. */
export function inviteHost(hostFamilyId: string, body: HostAccountCreate): Promise<HostAccountInvited> {
  return unwrap(hostFamiliesInviteHost({ path: { hostFamilyId }, body }));
}

/** A new password link for the host family's account (the old link and password stop working). */
export function reinviteHost(hostFamilyId: string): Promise<HostAccountInvited> {
  return unwrap(hostFamiliesReinviteHost({ path: { hostFamilyId } }));
}
