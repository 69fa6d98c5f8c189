import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  householdsCreateHousehold,
  householdsGetHousehold,
  householdsListHouseholds,
  householdsUpdateHousehold,
  type AgeBand,
  type HouseholdCreate,
  type HouseholdPublic,
  type HouseholdsListHouseholdsData,
  type HouseholdUpdate,
  type LegalStatus,
} from '../client';
import { unwrap } from './result';

export type Household = HouseholdPublic;
export type HouseholdListQuery = NonNullable<HouseholdsListHouseholdsData['query']>;

export const ageBands = ['age_0_3', 'age_4_11', 'age_12_17', 'age_18_29', 'age_30_49', 'age_50_64', 'age_65_plus'] as const satisfies readonly AgeBand[];
export const legalStatuses = ['ukrainian_tpd', 'third_country_tpd', 'third_country_no_tpd', 'other'] as const satisfies readonly LegalStatus[];

export const householdKeys = {
  all: ['households'] as const,
  one: (id: string) => ['households', 'one', id] as const,
};

export function householdsQuery(query: HouseholdListQuery) {
  return queryOptions({
    queryKey: [...householdKeys.all, 'list', query],
    queryFn: () => unwrap(householdsListHouseholds({ query })),
    placeholderData: keepPreviousData,
  });
}

/** One household; the API shows (and audits) its restricted fields only to those who may read them. */
export function householdQuery(householdId: string) {
  return queryOptions({
    queryKey: householdKeys.one(householdId),
    queryFn: () => unwrap(householdsGetHousehold({ path: { householdId } })),
  });
}

export function createHousehold(body: HouseholdCreate): Promise<Household> {
  return unwrap(householdsCreateHousehold({ body }));
}

/** Changes a household; the API audits which fields changed (never their values). */
export function updateHousehold(householdId: string, body: HouseholdUpdate): Promise<Household> {
  return unwrap(householdsUpdateHousehold({ path: { householdId }, body }));
}
