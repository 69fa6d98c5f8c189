import { queryOptions } from '@tanstack/react-query';
import { matchingCancelRun, matchingCreateRun, matchingGetRun, matchingListRuns, type MatchingRunPublic, type ProposalPublic } from '../client';
import { unwrap } from './result';

export type MatchingRun = MatchingRunPublic;
export type Proposal = ProposalPublic;

export const matchingKeys = {
  runs: ['matching-runs'] as const,
  run: (id: string) => ['matching-runs', 'one', id] as const,
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
