import { queryOptions } from '@tanstack/react-query';
import { matchingCreateRun, matchingGetRun, matchingListRuns, type MatchingRunPublic, type ProposalPublic } from '../client';
import { unwrap } from './result';

export type MatchingRun = MatchingRunPublic;
export type Proposal = ProposalPublic;

export const matchingKeys = {
  runs: ['matching-runs'] as const,
  run: (id: string) => ['matching-runs', 'one', id] as const,
};

export function matchingRunsQuery(limit = 10) {
  return queryOptions({
    queryKey: [...matchingKeys.runs, 'list', limit],
    queryFn: () => unwrap(matchingListRuns({ query: { limit, offset: 0 } })),
  });
}

export function matchingRunQuery(runId: string) {
  return queryOptions({
    queryKey: matchingKeys.run(runId),
    queryFn: () => unwrap(matchingGetRun({ path: { runId } })),
  });
}

/** Runs a batch assignment over every open request in scope; the API answers when it is done. */
export function startMatchingRun(): Promise<MatchingRun> {
  return unwrap(matchingCreateRun({ body: {} }));
}
