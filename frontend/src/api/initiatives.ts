import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  citizenInitiativesChangeStage,
  citizenInitiativesCreateInitiative,
  citizenInitiativesGetInitiative,
  citizenInitiativesListInitiatives,
  citizenInitiativesListStageChanges,
  citizenInitiativesUpdateInitiative,
  type CitizenInitiativeCreate,
  type CitizenInitiativePublic,
  type CitizenInitiativesListInitiativesData,
  type CitizenInitiativeUpdate,
  type InitiativeKind,
  type PermitStatus,
  type RiskOwner,
  type Stage,
  type StageChange,
  type StageEventPublic,
} from '../client';
import { unwrap } from './result';

export type Initiative = CitizenInitiativePublic;
export type StageEvent = StageEventPublic;

/** The pipeline in order; `abandoned` is the way out before `closed`. */
export const stages = ['idea', 'permits', 'preparing', 'open', 'closed', 'abandoned'] as const satisfies readonly Stage[];
export const initiativeKinds = ['care_homes', 'private_land', 'building_conversion', 'shared_housing', 'other'] as const satisfies readonly InitiativeKind[];
export const permitStatuses = ['not_requested', 'requested', 'granted', 'refused', 'not_needed'] as const satisfies readonly PermitStatus[];
export const riskOwners = ['initiator', 'municipality', 'partner', 'landlord', 'other'] as const satisfies readonly RiskOwner[];

export type InitiativeListQuery = NonNullable<CitizenInitiativesListInitiativesData['query']>;

export const initiativeKeys = {
  all: ['citizen-initiatives'] as const,
  one: (id: string) => ['citizen-initiatives', 'one', id] as const,
  history: (id: string) => ['citizen-initiatives', 'one', id, 'stage-changes'] as const,
};

export function initiativesQuery(query: InitiativeListQuery) {
  return queryOptions({
    queryKey: [...initiativeKeys.all, 'list', query],
    queryFn: () => unwrap(citizenInitiativesListInitiatives({ query })),
    placeholderData: keepPreviousData,
  });
}

export function initiativeQuery(initiativeId: string) {
  return queryOptions({
    queryKey: initiativeKeys.one(initiativeId),
    queryFn: () => unwrap(citizenInitiativesGetInitiative({ path: { initiativeId } })),
  });
}

export function stageHistoryQuery(initiativeId: string) {
  return queryOptions({
    queryKey: initiativeKeys.history(initiativeId),
    queryFn: () => unwrap(citizenInitiativesListStageChanges({ path: { initiativeId } })),
  });
}

export function createInitiative(body: CitizenInitiativeCreate): Promise<Initiative> {
  return unwrap(citizenInitiativesCreateInitiative({ body }));
}

export function updateInitiative(initiativeId: string, body: CitizenInitiativeUpdate): Promise<Initiative> {
  return unwrap(citizenInitiativesUpdateInitiative({ path: { initiativeId }, body }));
}

export function changeStage(initiativeId: string, body: StageChange): Promise<Initiative> {
  return unwrap(citizenInitiativesChangeStage({ path: { initiativeId }, body }));
}
