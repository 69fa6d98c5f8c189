import { queryOptions } from '@tanstack/react-query';
import {
  statusAcceptFromStatusPage,
  statusDeclineFromStatusPage,
  statusReadStatus,
  statusReportConcern,
  type StatusConcernReceived,
  type StatusLanguage,
  type StatusPage,
} from '../client';
import { unwrap } from './result';

export type HouseholdStatus = StatusPage;
export type { StatusLanguage };

export const statusKeys = {
  token: (token: string) => ['status-page', token] as const,
  page: (token: string, language: StatusLanguage | null) => ['status-page', token, language] as const,
};

/** The household's status page; without a language the API uses the household's own. */
export function statusPageQuery(token: string, language: StatusLanguage | null) {
  return queryOptions({
    queryKey: statusKeys.page(token, language),
    queryFn: () => unwrap(statusReadStatus({ path: { token }, query: language ? { lang: language } : {} })),
  });
}

export function acceptFromStatusPage(token: string, offerId: string, language: StatusLanguage): Promise<HouseholdStatus> {
  return unwrap(statusAcceptFromStatusPage({ path: { token, offerId }, query: { lang: language } }));
}

/** "Something is not right where we live": an anonymous report on the household's place. */
export function reportConcern(token: string, language: StatusLanguage, description: string, urgent: boolean): Promise<StatusConcernReceived> {
  return unwrap(statusReportConcern({ path: { token }, query: { lang: language }, body: { description, urgent } }));
}

export function declineFromStatusPage(token: string, offerId: string, language: StatusLanguage, reason: string): Promise<HouseholdStatus> {
  return unwrap(statusDeclineFromStatusPage({ path: { token, offerId }, query: { lang: language }, body: { reason } }));
}
