import { queryOptions } from '@tanstack/react-query';
import { client } from '../client/client.gen';
import { ApiError } from './problem';
import { unwrap } from './result';

/*
 * GET /operations/jobs comes with the worker (issue #12, part 1), which is not merged yet: the
 * generated client has no function for it, so these types follow the agreed response shape and
 * the call goes through the generated client's generic `get`. Once the spec carries the endpoint,
 * use its generated function and types instead of these.
 */

/** One scheduled job: when it ran, how that went, and when it runs next. */
export interface ScheduledJob {
  name: string;
  schedule: string;
  lastRunAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  nextRunAt: string | null;
}

/** One queue of background work (the notification outbox, webhook deliveries, matching runs, …). */
export interface WorkQueue {
  kind: string;
  queued: number;
  running: number;
  failed: number;
  oldestQueuedAt: string | null;
}

export interface JobsOverview {
  jobs: ScheduledJob[];
  queues: WorkQueue[];
}

/** The worker's jobs and queues, or null when this API has no such endpoint (it answers 404). */
export async function fetchJobsOverview(): Promise<JobsOverview | null> {
  try {
    return await unwrap(client.get<{ 200: JobsOverview }, unknown, false>({ url: '/operations/jobs', security: [{ scheme: 'bearer', type: 'http' }] }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function jobsOverviewQuery() {
  return queryOptions({
    queryKey: ['operations', 'jobs'],
    queryFn: fetchJobsOverview,
    refetchInterval: 30_000,
  });
}
