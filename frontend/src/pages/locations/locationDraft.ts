import type { TFunction } from 'i18next';
import type { FieldLabels } from '../../api/describeProblem';
import type { ShelterLocation, ShelterUnit } from '../../api/places';
import type { LocationKind, LocationStatus, ShelterLocationCreate, ShelterLocationUpdate, ShelterUnitCreate, UnitStatus, VisitingRules } from '../../client';
import { contactBody, contactDraft, contactFieldPaths, type ContactDraft } from '../../forms/ContactFields';
import {
  checkCoordinate,
  checkDateOrder,
  checkEmail,
  checkLanguageCodes,
  checkOptionalText,
  checkPhone,
  checkRequired,
  checkWholeNumber,
  collect,
  orNull,
  parseNumber,
  type Invalids,
} from '../../forms/validation';

/** A location as its form holds it: text as typed, checked only when the user goes on. */
export interface LocationDraft extends ContactDraft {
  name: string;
  kind: LocationKind;
  municipalityCode: string;
  address: string;
  lat: string;
  lon: string;
  status: LocationStatus;
  opensOn: string;
  closesOn: string;
  selfCatering: boolean;
  hasStaff: boolean;
  visitingRules: VisitingRules;
  languagesSpoken: string[];
  /** Shown to a household once it accepted a place here. */
  arrivalInstructions: string;
}

export const maxArrivalInstructionsLength = 2000;

export type LocationField = keyof LocationDraft;

export function emptyLocationDraft(municipalityCode: string): LocationDraft {
  return {
    name: '',
    kind: 'small_scale',
    municipalityCode,
    address: '',
    lat: '',
    lon: '',
    status: 'planned',
    opensOn: '',
    closesOn: '',
    selfCatering: true,
    hasStaff: false,
    visitingRules: 'open',
    languagesSpoken: [],
    arrivalInstructions: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
  };
}

export function locationDraftFrom(location: ShelterLocation): LocationDraft {
  return {
    name: location.name,
    kind: location.kind,
    municipalityCode: location.municipalityCode,
    address: location.address,
    lat: String(location.lat),
    lon: String(location.lon),
    status: location.status,
    opensOn: location.opensOn ?? '',
    closesOn: location.closesOn ?? '',
    selfCatering: location.selfCatering,
    hasStaff: location.hasStaff,
    visitingRules: location.visitingRules,
    languagesSpoken: [...location.languagesSpoken],
    arrivalInstructions: location.arrivalInstructions ?? '',
    ...contactDraft(location.contact),
  };
}

/** The fields of the first step (what and where); the others belong to the second (practical matters). */
export const basicsFields = ['name', 'kind', 'municipalityCode', 'address', 'lat', 'lon'] as const satisfies readonly LocationField[];

export function validateBasics(draft: LocationDraft): Invalids<LocationField> {
  return collect({
    name: checkRequired(draft.name, 200),
    municipalityCode: checkRequired(draft.municipalityCode),
    address: checkRequired(draft.address, 300),
    lat: checkCoordinate(draft.lat, 'latitude'),
    lon: checkCoordinate(draft.lon, 'longitude'),
  });
}

export function validatePractical(draft: LocationDraft): Invalids<LocationField> {
  return collect({
    closesOn: checkDateOrder(draft.opensOn, draft.closesOn),
    languagesSpoken: checkLanguageCodes(draft.languagesSpoken),
    arrivalInstructions: checkOptionalText(draft.arrivalInstructions, maxArrivalInstructionsLength),
    contactPhone: checkPhone(draft.contactPhone),
    contactEmail: checkEmail(draft.contactEmail),
  });
}

export function validateLocation(draft: LocationDraft): Invalids<LocationField> {
  return { ...validateBasics(draft), ...validatePractical(draft) };
}

function editableFields(draft: LocationDraft) {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    address: draft.address.trim(),
    lat: parseNumber(draft.lat) ?? 0,
    lon: parseNumber(draft.lon) ?? 0,
    status: draft.status,
    opensOn: orNull(draft.opensOn),
    closesOn: orNull(draft.closesOn),
    selfCatering: draft.selfCatering,
    hasStaff: draft.hasStaff,
    visitingRules: draft.visitingRules,
    languagesSpoken: draft.languagesSpoken,
    arrivalInstructions: orNull(draft.arrivalInstructions),
    contact: contactBody(draft),
  };
}

export function locationCreateBody(draft: LocationDraft): ShelterLocationCreate {
  return { ...editableFields(draft), municipalityCode: draft.municipalityCode };
}

/** Every editable field, so that clearing a date or the contact clears it in the API too. */
export function locationUpdateBody(draft: LocationDraft): ShelterLocationUpdate {
  return editableFields(draft);
}

/** Where the API reports a location's errors, as form fields. */
/** The location form's labels by body path, for the API's field errors to name fields as the form does. */
export function locationLabels(t: TFunction): FieldLabels {
  return {
    name: t('locationForm.name'),
    kind: t('locationForm.kind'),
    address: t('locationForm.address'),
    status: t('locationForm.status'),
    opensOn: t('locationForm.opensOn'),
    closesOn: t('locationForm.closesOn'),
    visitingRules: t('locationForm.visitingRules'),
    languagesSpoken: t('locationForm.languagesSpoken'),
    arrivalInstructions: t('locationForm.arrivalInstructions'),
  };
}

export const locationFieldPaths: Readonly<Record<string, LocationField>> = {
  name: 'name',
  kind: 'kind',
  municipalityCode: 'municipalityCode',
  address: 'address',
  lat: 'lat',
  lon: 'lon',
  status: 'status',
  opensOn: 'opensOn',
  closesOn: 'closesOn',
  selfCatering: 'selfCatering',
  hasStaff: 'hasStaff',
  visitingRules: 'visitingRules',
  languagesSpoken: 'languagesSpoken',
  arrivalInstructions: 'arrivalInstructions',
  ...contactFieldPaths,
};

/** Problems that concern one field, by their code. */
export const locationCodeFields: Readonly<Record<string, LocationField>> = {
  'unknown-municipality': 'municipalityCode',
  'invalid-dates': 'closesOn',
};

// --- units ------------------------------------------------------------------------------------

export interface UnitDraft {
  name: string;
  beds: string;
  maxHouseholds: string;
  wheelchairAccessible: boolean;
  petsAllowed: boolean;
  familiesOnly: boolean;
  womenOnly: boolean;
  status: UnitStatus;
}

export type UnitField = keyof UnitDraft;

export const maxUnitSize = 1000;

export function emptyUnitDraft(): UnitDraft {
  return {
    name: '',
    beds: '',
    maxHouseholds: '1',
    wheelchairAccessible: false,
    petsAllowed: false,
    familiesOnly: false,
    womenOnly: false,
    status: 'available',
  };
}

export function unitDraftFrom(unit: ShelterUnit): UnitDraft {
  return {
    name: unit.name,
    beds: String(unit.beds),
    maxHouseholds: String(unit.maxHouseholds),
    wheelchairAccessible: unit.wheelchairAccessible,
    petsAllowed: unit.petsAllowed,
    familiesOnly: unit.familiesOnly,
    womenOnly: unit.womenOnly,
    status: unit.status,
  };
}

export function validateUnit(draft: UnitDraft): Invalids<UnitField> {
  return collect({
    name: checkRequired(draft.name, 200),
    beds: checkWholeNumber(draft.beds, 1, maxUnitSize),
    maxHouseholds: checkWholeNumber(draft.maxHouseholds, 1, maxUnitSize),
  });
}

export function unitBody(draft: UnitDraft): ShelterUnitCreate {
  return {
    name: draft.name.trim(),
    beds: parseNumber(draft.beds) ?? 0,
    maxHouseholds: parseNumber(draft.maxHouseholds) ?? 1,
    wheelchairAccessible: draft.wheelchairAccessible,
    petsAllowed: draft.petsAllowed,
    familiesOnly: draft.familiesOnly,
    womenOnly: draft.womenOnly,
    status: draft.status,
  };
}

export const unitFieldPaths: Readonly<Record<string, UnitField>> = {
  name: 'name',
  beds: 'beds',
  maxHouseholds: 'maxHouseholds',
  status: 'status',
};

export const unitCodeFields: Readonly<Record<string, UnitField>> = { 'below-occupancy': 'beds' };
