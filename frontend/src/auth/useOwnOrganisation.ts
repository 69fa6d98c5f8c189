import { useQuery } from '@tanstack/react-query';
import { organisationQuery } from '../api/organisations';
import { useCurrentUser } from './AuthProvider';

/**
 * The signed-in user's organisation, e.g. for a municipality's own CBS code (which /users/me
 * does not carry). Hosts may not read organisations, so for them it stays unloaded.
 */
export function useOwnOrganisation() {
  const user = useCurrentUser();
  return useQuery({ ...organisationQuery(user.organisationId), enabled: user.role !== 'host' });
}
