import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  matchingListCandidates,
  relocationRequestsAssignRequest,
  offersAcceptOffer,
  offersDeclineOffer,
  offersWithdrawOffer,
  relocationRequestsCancelRequest,
  relocationRequestsCreateRequest,
  relocationRequestsGetRequest,
  relocationRequestsListEvents,
  relocationRequestsListOffers,
  relocationRequestsListRequestNotifications,
  relocationRequestsListRequests,
  relocationRequestsMakeOffer,
  relocationRequestsRotateStatusLink,
  relocationRequestsSendStatusLink,
  relocationRequestsTransition,
  type AnchorKind,
  type ContactChannel,
  type CandidateList,
  type CandidatePublic,
  type ExplanationPublic,
  type NextStep,
  type OfferCreate,
  type OfferPublic,
  type OfferStatus,
  type RelocationEventPublic,
  type RelocationRequestCreate,
  type RelocationRequestPublic,
  type RelocationRequestsListRequestsData,
  type RequestNotificationPublic,
  type RequestReason,
  type RequestStatus,
  type StatusLinkCreated,
  type Urgency,
} from '../client';
import { fetchAllPages } from './paging';
import { unwrap } from './result';

export type RelocationRequest = RelocationRequestPublic;
export type RelocationEvent = RelocationEventPublic;
export type Candidate = CandidatePublic;
export type Candidates = CandidateList;
export type Explanation = ExplanationPublic;
export type Offer = OfferPublic;
export type StatusLink = StatusLinkCreated;
export type RequestNotification = RequestNotificationPublic;

export const requestStatuses = ['submitted', 'triaged', 'matching', 'offered', 'accepted', 'moved', 'closed', 'cancelled'] as const satisfies readonly RequestStatus[];
export const urgencies = ['emergency', 'high', 'normal'] as const satisfies readonly Urgency[];
export const requestReasons = ['host_stay_ending', 'location_closing', 'safety', 'conflict', 'family_reunification', 'work', 'other'] as const satisfies readonly RequestReason[];
export const anchorKinds = ['work', 'school', 'carer', 'current_home', 'other'] as const satisfies readonly AnchorKind[];
export const nextSteps = ['triage', 'start_search', 'make_offer', 'respond_to_offer', 'move', 'close_request'] as const satisfies readonly NextStep[];
export const offerStatuses = ['open', 'accepted', 'declined', 'withdrawn'] as const satisfies readonly OfferStatus[];

export type RequestListQuery = NonNullable<RelocationRequestsListRequestsData['query']>;

export const requestKeys = {
  all: ['relocation-requests'] as const,
  one: (id: string) => ['relocation-requests', 'one', id] as const,
};

/**
 * Every request for a status and urgency, sorted by must-move-by (the API's order). The API has no
 * filter for the deadline or the municipality, so the queue filters those in the browser.
 */
export function requestQueueQuery(
  query: Pick<RequestListQuery, 'status' | 'urgency' | 'householdId' | 'mustMoveBefore' | 'municipalityCode' | 'q' | 'assignee' | 'overdue' | 'sort'>,
) {
  return queryOptions({
    queryKey: [...requestKeys.all, 'queue', query],
    queryFn: () => fetchAllPages((page) => unwrap(relocationRequestsListRequests({ query: { ...query, ...page } }))),
    placeholderData: keepPreviousData,
  });
}

export function requestQuery(requestId: string) {
  return queryOptions({
    queryKey: requestKeys.one(requestId),
    queryFn: () => unwrap(relocationRequestsGetRequest({ path: { requestId } })),
  });
}

/** The request's timeline with the version the API gave it (its ETag), to poll for changes. */
export interface TimelinePage {
  items: RelocationEvent[];
  total: number;
  etag: string | null;
}

/**
 * The request's timeline. A refetch sends the ETag it has as If-None-Match: while nothing
 * happened the API answers 304 without a body and the timeline stays the same object, so
 * polling it is cheap and re-renders nothing.
 */
export function eventsQuery(requestId: string) {
  const queryKey = [...requestKeys.one(requestId), 'events'] as const;
  return queryOptions({
    queryKey,
    queryFn: async ({ client, signal }): Promise<TimelinePage> => {
      const previous = client.getQueryData<TimelinePage>(queryKey);
      const headers = previous?.etag ? { 'If-None-Match': previous.etag } : undefined;
      const call = relocationRequestsListEvents({ path: { requestId }, headers, signal });
      const result = await call;
      if (previous && result.response?.status === 304) return previous;
      const page = await unwrap(Promise.resolve(result));
      return { ...page, etag: result.response?.headers.get('ETag') ?? null };
    },
  });
}

/** The newest messages about the request, each with its delivery attempts (newest first). */
export function notificationsQuery(requestId: string, limit = 50) {
  return queryOptions({
    queryKey: [...requestKeys.one(requestId), 'notifications', limit],
    queryFn: () => unwrap(relocationRequestsListRequestNotifications({ path: { requestId }, query: { limit } })),
  });
}

export function candidatesQuery(requestId: string, limit = 10) {
  return queryOptions({
    queryKey: [...requestKeys.one(requestId), 'candidates', limit],
    queryFn: () => unwrap(matchingListCandidates({ path: { requestId }, query: { limit } })),
  });
}

export function offersQuery(requestId: string) {
  return queryOptions({
    queryKey: [...requestKeys.one(requestId), 'offers'],
    queryFn: () => unwrap(relocationRequestsListOffers({ path: { requestId } })),
  });
}

export function createRequest(body: RelocationRequestCreate): Promise<RelocationRequest> {
  return unwrap(relocationRequestsCreateRequest({ body }));
}

export function transitionRequest(requestId: string, status: RequestStatus, note: string | null): Promise<RelocationRequest> {
  return unwrap(relocationRequestsTransition({ path: { requestId }, body: { status, note } }));
}

export function cancelRequest(requestId: string, reason: string): Promise<RelocationRequest> {
  return unwrap(relocationRequestsCancelRequest({ path: { requestId }, body: { reason } }));
}

export function makeOffer(requestId: string, body: OfferCreate): Promise<Offer> {
  return unwrap(relocationRequestsMakeOffer({ path: { requestId }, body }));
}

export function acceptOffer(offerId: string): Promise<Offer> {
  return unwrap(offersAcceptOffer({ path: { offerId } }));
}

export function declineOffer(offerId: string, reason: string): Promise<Offer> {
  return unwrap(offersDeclineOffer({ path: { offerId }, body: { reason } }));
}

export function withdrawOffer(offerId: string, reason: string): Promise<Offer> {
  return unwrap(offersWithdrawOffer({ path: { offerId }, body: { reason } }));
}

/** Who follows the request: a user of the caller's organisation, or nobody (null). */
export function assignRequest(requestId: string, userId: string | null): Promise<RelocationRequest> {
  return unwrap(relocationRequestsAssignRequest({ path: { requestId }, body: { userId } }));
}

export function rotateStatusLink(requestId: string): Promise<StatusLink> {
  return unwrap(relocationRequestsRotateStatusLink({ path: { requestId } }));
}

/** Queues a message to the household with a status link of its own (the links it has keep working). */
export function sendStatusLink(requestId: string, channel: ContactChannel): Promise<RequestNotification> {
  return unwrap(relocationRequestsSendStatusLink({ path: { requestId }, body: { channel } }));
}
