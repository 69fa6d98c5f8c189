import type { RelocationRequest } from '../../api/relocationRequests';
import type { RequestStatus, Urgency } from '../../client';
import { parseDate } from '../../i18n/dates';

/** Whether a transition needs a note: cancelling always says why. */
export function needsNote(target: RequestStatus): boolean {
  return target === 'cancelled';
}

/** Whole days from `today` to a `YYYY-MM-DD` date; negative when it has passed. */
export function daysUntil(date: string, today: string): number {
  return Math.round((parseDate(date).getTime() - parseDate(today).getTime()) / 86_400_000);
}

export const openStatuses: readonly RequestStatus[] = ['submitted', 'triaged', 'matching', 'offered', 'accepted'];

export interface QueueFilter {
  status?: RequestStatus | undefined;
  urgency?: Urgency | undefined;
  /** Only requests that must move on or before this date. */
  mustMoveBefore?: string | undefined;
  /** A CBS code: where the household lives now, has an anchor, or would like to live. */
  municipalityCode?: string | undefined;
  /** Part of the household's reference. */
  q?: string | undefined;
  /** Only the requests the signed-in person follows. */
  mine?: boolean;
  overdue?: boolean;
  /** An API sort key; a leading `-` reverses it. */
  sort?: string;
}

/** The municipalities a request concerns: where the household lives now and where it wants to go. */
export function requestMunicipalities(request: RelocationRequest): string[] {
  const codes = [
    request.currentPlacement?.municipalityCode,
    ...request.anchors.map((anchor) => anchor.municipalityCode),
    ...request.preferredMunicipalities,
  ];
  return [...new Set(codes.filter((code): code is string => Boolean(code)))];
}

