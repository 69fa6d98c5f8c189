import { queryOptions } from '@tanstack/react-query';
import { organisationsGetOrganisation } from '../client';
import { unwrap } from './result';

export function organisationQuery(organisationId: string) {
  return queryOptions({
    queryKey: ['organisations', organisationId],
    queryFn: () => unwrap(organisationsGetOrganisation({ path: { organisationId } })),
    staleTime: 10 * 60_000,
  });
}
