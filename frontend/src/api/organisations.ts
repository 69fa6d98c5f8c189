import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  organisationsCreateOrganisation,
  organisationsGetOrganisation,
  organisationsListOrganisations,
  organisationsSetOrganisationContact,
  organisationsUpdateOrganisation,
  type OrganisationContact,
  type OrganisationCreate,
  type OrganisationKind,
  type OrganisationPublic,
  type OrganisationsListOrganisationsData,
  type OrganisationUpdate,
} from '../client';
import { fetchAllPages } from './paging';
import { unwrap } from './result';

export type Organisation = OrganisationPublic;
export type OrganisationListQuery = NonNullable<OrganisationsListOrganisationsData['query']>;

export const organisationKinds = ['municipality', 'relocation_desk', 'partner', 'operator'] as const satisfies readonly OrganisationKind[];

export const organisationKeys = {
  all: ['organisations'] as const,
  one: (organisationId: string) => ['organisations', organisationId] as const,
};

export function organisationQuery(organisationId: string) {
  return queryOptions({
    queryKey: organisationKeys.one(organisationId),
    queryFn: () => unwrap(organisationsGetOrganisation({ path: { organisationId } })),
    staleTime: 10 * 60_000,
  });
}

export function organisationsQuery(query: OrganisationListQuery) {
  return queryOptions({
    queryKey: [...organisationKeys.all, 'list', query],
    queryFn: () => unwrap(organisationsListOrganisations({ query })),
    placeholderData: keepPreviousData,
  });
}

/** Every organisation, for a platform admin's choice of organisation. */
export function allOrganisationsQuery() {
  return queryOptions({
    queryKey: [...organisationKeys.all, 'all'],
    queryFn: () => fetchAllPages((query) => unwrap(organisationsListOrganisations({ query }))),
  });
}

export function createOrganisation(body: OrganisationCreate): Promise<Organisation> {
  return unwrap(organisationsCreateOrganisation({ body }));
}

export function updateOrganisation(organisationId: string, body: OrganisationUpdate): Promise<Organisation> {
  return unwrap(organisationsUpdateOrganisation({ path: { organisationId }, body }));
}

/** How households reach the organisation (its administrators set it); replaced as a whole. */
export function setOrganisationContact(organisationId: string, body: OrganisationContact): Promise<Organisation> {
  return unwrap(organisationsSetOrganisationContact({ path: { organisationId }, body }));
}
