import { queryOptions } from '@tanstack/react-query';
import {
  matchingCancelRun,
  matchingCreateRun,
  matchingGetRun,
  matchingListRuns,
  matchingListUnassigned,
  matchingOfferProposals,
  type MatchingRunPublic,
  type ProposalOfferOutcome,
  type ProposalOffersCreate,
  type ProposalOffersResult,
  type ProposalPublic,
  type UnassignedPublic,
} from '../client';
import { unwrap } from './result';

export type MatchingRun = MatchingRunPublic;
export type Proposal = ProposalPublic;
export type Unassigned = UnassignedPublic;
export type ProposalOutcome = ProposalOfferOutcome;
export type ProposalOffers = ProposalOffersResult;

export const matchingKeys = {
  runs: ['matching-runs'] as const,
  run: (id: string) => ['matching-runs', 'one', id] as const,
  unassigned: (id: string) => ['matching-runs', 'one', id, 'unassigned'] as const,
};

/** How often a run that is not finished is asked for again. */
export const RUN_POLL_MS = 1_000;

/** A run still waiting for or in the hands of a worker. */
export function isRunActive(run: Pick<MatchingRun, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'ranking' || run.status === 'solving';
}

export function matchingRunsQuery(limit = 10) {
  return queryOptions({
    queryKey: [...matchingKeys.runs, 'list', limit],
    queryFn: () => unwrap(matchingListRuns({ query: { limit, offset: 0 } })),
  });
}

/** One run; asked for again every second while a worker has it queued, ranking or solving. */
export function matchingRunQuery(runId: string) {
  return queryOptions({
    queryKey: matchingKeys.run(runId),
    queryFn: () => unwrap(matchingGetRun({ path: { runId } })),
    refetchInterval: (query) => (query.state.data && isRunActive(query.state.data) ? RUN_POLL_MS : false),
  });
}

/** Queues a batch assignment over every open request in scope; a worker executes it. */
export function startMatchingRun(): Promise<MatchingRun> {
  return unwrap(matchingCreateRun({ body: {} }));
}

export function cancelMatchingRun(runId: string): Promise<MatchingRun> {
  return unwrap(matchingCancelRun({ path: { runId } }));
}

/** How many unassigned requests of a run are shown at once. */
export const UNASSIGNED_LIMIT = 200;

/** The requests a finished run left without a proposal, each with the reason. */
export function unassignedQuery(runId: string) {
  return queryOptions({
    queryKey: matchingKeys.unassigned(runId),
    queryFn: () => unwrap(matchingListUnassigned({ path: { runId }, query: { limit: UNASSIGNED_LIMIT, offset: 0 } })),
  });
}

/** Makes the offers of a selection of the run's proposals; the answer says per request what happened. */
export function offerProposals(runId: string, body: ProposalOffersCreate): Promise<ProposalOffersResult> {
  return unwrap(matchingOfferProposals({ path: { runId }, body }));
}
