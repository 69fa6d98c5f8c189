import { describe, expect, it } from 'vitest';
import { auditEventQuery, auditFiltersFrom, auditSearchParams, describeDetails, startOfLocalDay } from './auditFilters';

describe('audit filters', () => {
  it('read the URL and leave out what is empty or malformed', () => {
    const filters = auditFiltersFrom(new URLSearchParams('action=update&from=2026-12-01&until=yesterday&subjectId=%20abc%20'));
    expect(filters).toEqual({ organisationId: '', actorUserId: '', subjectType: '', subjectId: 'abc', action: 'update', from: '2026-12-01', until: '' });
    expect(auditSearchParams(filters, 3).toString()).toBe('subjectId=abc&action=update&from=2026-12-01&page=3');
  });

  it('ask the API for whole local days, the last one included', () => {
    const query = auditEventQuery({ organisationId: 'org-1', actorUserId: '', subjectType: 'user', subjectId: '', action: '', from: '2026-12-01', until: '2026-12-03' }, 2);
    expect(query).toEqual({
      organisationId: 'org-1',
      subjectType: 'user',
      occurredFrom: startOfLocalDay('2026-12-01'),
      occurredBefore: startOfLocalDay('2026-12-04'),
      limit: 50,
      offset: 50,
    });
    expect(new Date(startOfLocalDay('2026-12-03', 1)).getTime() - new Date(startOfLocalDay('2026-12-03')).getTime()).toBe(24 * 3600_000);
    expect(startOfLocalDay('2026-12-31', 1)).toBe(new Date(2027, 0, 1).toISOString());
  });

  it('word details in one line', () => {
    expect(describeDetails({ fields: ['name', 'kind'], by: 'retention' })).toBe('fields: name, kind; by: retention');
    expect(describeDetails(null)).toBe('');
  });
});
