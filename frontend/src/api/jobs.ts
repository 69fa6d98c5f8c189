import { queryOptions } from '@tanstack/react-query';
import { operationsListJobs, type JobsOverview, type ScheduledJobPublic, type WorkQueuePublic } from '../client';
import { unwrap } from './result';

/** One scheduled job: when it ran, how that went, how often in a row it failed, when it runs next. */
export type ScheduledJob = ScheduledJobPublic;

/** One queue of background work (the notification outbox, webhook deliveries, matching runs, …). */
export type WorkQueue = WorkQueuePublic;

export type { JobsOverview };

/** The worker's jobs and queues (GET /operations/jobs, platform administrators). */
export function jobsOverviewQuery() {
  return queryOptions({
    queryKey: ['operations', 'jobs'],
    queryFn: () => unwrap(operationsListJobs()),
    refetchInterval: 30_000,
  });
}
