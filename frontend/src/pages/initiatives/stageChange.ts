import type { Stage, StageChange } from '../../client';
import { checkCoordinate, checkOptionalText, checkRequired, collect, orNull, parseNumber, type Invalids } from '../../forms/validation';

/**
 * Where an opening initiative will run: the location it is linked to already, another
 * existing location, or a new small-scale location the API creates from an address.
 */
export type OpeningPlace = 'linked' | 'existing' | 'new';

export interface StageChangeDraft {
  stage: Stage;
  note: string;
  openingPlace: OpeningPlace;
  shelterLocationId: string;
  address: string;
  lat: string;
  lon: string;
}

export type StageChangeField = 'note' | 'openingPlace' | 'shelterLocationId' | 'address' | 'lat' | 'lon';

export function emptyStageChange(stage: Stage, linkedLocationId: string | null): StageChangeDraft {
  return {
    stage,
    note: '',
    openingPlace: linkedLocationId ? 'linked' : 'new',
    shelterLocationId: '',
    address: '',
    lat: '',
    lon: '',
  };
}

/** The stages to offer as buttons: what the API allows next, in pipeline order, abandoning last. */
export function nextStageChoices(allowed: readonly Stage[]): Stage[] {
  const order: readonly Stage[] = ['idea', 'permits', 'preparing', 'open', 'closed', 'abandoned'];
  return order.filter((stage) => allowed.includes(stage));
}

/** Opening needs a place to run as; the other stages need nothing but an optional note. */
export function validateStageChange(draft: StageChangeDraft): Invalids<StageChangeField> {
  const opening = draft.stage === 'open';
  return collect({
    note: checkOptionalText(draft.note, 2000),
    openingPlace: undefined,
    shelterLocationId: opening && draft.openingPlace === 'existing' ? checkRequired(draft.shelterLocationId) : undefined,
    address: opening && draft.openingPlace === 'new' ? checkRequired(draft.address, 300) : undefined,
    lat: opening && draft.openingPlace === 'new' ? checkCoordinate(draft.lat, 'latitude') : undefined,
    lon: opening && draft.openingPlace === 'new' ? checkCoordinate(draft.lon, 'longitude') : undefined,
  });
}

export function stageChangeBody(draft: StageChangeDraft): StageChange {
  const body: StageChange = { stage: draft.stage, note: orNull(draft.note) };
  if (draft.stage !== 'open' || draft.openingPlace === 'linked') return body;
  if (draft.openingPlace === 'existing') return { ...body, shelterLocationId: draft.shelterLocationId };
  return { ...body, address: draft.address.trim(), lat: parseNumber(draft.lat), lon: parseNumber(draft.lon) };
}

export const stageChangeFieldPaths = {
  note: 'note',
  shelterLocationId: 'shelterLocationId',
  address: 'address',
  lat: 'lat',
  lon: 'lon',
} as const satisfies Record<string, StageChangeField>;

/** "To open, give a location or an address": the API's message belongs next to the address. */
export const stageChangeCodeFields = { 'missing-field': 'address', 'unknown-location': 'shelterLocationId' } as const;
