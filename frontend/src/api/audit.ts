import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditListAuditEvents, type AuditEventPublic, type AuditListAuditEventsData } from '../client';
import { unwrap } from './result';

export type AuditEvent = AuditEventPublic;
export type AuditEventQuery = NonNullable<AuditListAuditEventsData['query']>;

export function auditEventsQuery(query: AuditEventQuery) {
  return queryOptions({
    queryKey: ['audit-events', query],
    queryFn: () => unwrap(auditListAuditEvents({ query })),
    placeholderData: keepPreviousData,
  });
}
