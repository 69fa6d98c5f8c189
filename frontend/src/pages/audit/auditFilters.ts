import type { AuditEventQuery } from '../../api/audit';

export const auditPageSize = 50;

/** The subjects and actions the API records today; others still show (by their code) and filter from a link. */
export const auditSubjectTypes = [
  'api_key',
  'citizen_initiative',
  'host_family',
  'household',
  'incident',
  'matching_run',
  'offer',
  'organisation',
  'placement',
  'relocation_request',
  'shelter_location',
  'shelter_unit',
  'user',
] as const;

export const auditActions = [
  'accept',
  'anonymise',
  'close',
  'create',
  'decline',
  'end',
  'erase',
  'export',
  'issue_password_link',
  'login',
  'logout',
  'read_contact',
  'read_sensitive',
  'report',
  'revoke',
  'rotate_status_link',
  'run',
  'set_password',
  'stage_change',
  'transition',
  'update',
  'vet',
  'withdraw',
] as const;

/** The filters as the URL keeps them; dates are whole days in the browser's time zone, both included. */
export interface AuditFilters {
  organisationId: string;
  actorUserId: string;
  subjectType: string;
  subjectId: string;
  action: string;
  from: string;
  until: string;
}

const filterNames = ['organisationId', 'actorUserId', 'subjectType', 'subjectId', 'action', 'from', 'until'] as const satisfies ReadonlyArray<keyof AuditFilters>;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const value = (name: keyof AuditFilters) => params.get(name)?.trim() ?? '';
  const date = (name: 'from' | 'until') => (datePattern.test(value(name)) ? value(name) : '');
  return {
    organisationId: value('organisationId'),
    actorUserId: value('actorUserId'),
    subjectType: value('subjectType'),
    subjectId: value('subjectId'),
    action: value('action'),
    from: date('from'),
    until: date('until'),
  };
}

export function auditSearchParams(filters: AuditFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filters[name]) params.set(name, filters[name]);
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The start of a `YYYY-MM-DD` day (plus some days) in the browser's time zone, as an RFC 3339 moment. */
export function startOfLocalDay(date: string, plusDays = 0): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day + plusDays).toISOString();
}

/** The API query: `until` includes its whole day, so the query asks for events before the next one. */
export function auditEventQuery(filters: AuditFilters, page: number): AuditEventQuery {
  return {
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
    ...(filters.actorUserId ? { actorUserId: filters.actorUserId } : {}),
    ...(filters.subjectType ? { subjectType: filters.subjectType } : {}),
    ...(filters.subjectId ? { subjectId: filters.subjectId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from ? { occurredFrom: startOfLocalDay(filters.from) } : {}),
    ...(filters.until ? { occurredBefore: startOfLocalDay(filters.until, 1) } : {}),
    limit: auditPageSize,
    offset: (page - 1) * auditPageSize,
  };
}

/** An event's details in one line: `{fields: ['name', 'kind']}` → "fields: name, kind". */
export function describeDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`)
    .join('; ');
}
