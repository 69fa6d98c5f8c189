import type { TFunction } from 'i18next';
import type { FieldLabels } from '../../api/describeProblem';
import type { HostFamily } from '../../api/hostFamilies';
import type { HostFamilyCreate, HostFamilyUpdate, VettingStatus, VettingUpdate } from '../../client';
import { contactBody, contactDraft, contactFieldPaths, type ContactDraft } from '../../forms/ContactFields';
import {
  checkCoordinate,
  checkDateOrder,
  checkEmail,
  checkLanguageCodes,
  checkNotInFuture,
  checkOptionalText,
  checkPhone,
  checkRequired,
  checkWholeNumber,
  collect,
  orNull,
  parseNumber,
  type Invalids,
} from '../../forms/validation';

/** A host family's offer as its form holds it. */
export interface HostFamilyDraft extends ContactDraft {
  displayName: string;
  municipalityCode: string;
  lat: string;
  lon: string;
  beds: string;
  rooms: string;
  maxHouseholds: string;
  petsAllowed: boolean;
  petsPresent: boolean;
  wheelchairAccessible: boolean;
  acceptsChildren: boolean;
  languages: string[];
  availableFrom: string;
  availableUntil: string;
  /** Shown to a household only once it accepted a stay here. */
  address: string;
  arrivalInstructions: string;
}

export type HostFamilyField = keyof HostFamilyDraft;

/** The API's limits on an offer. */
export const hostLimits = { beds: 30, rooms: 30, maxHouseholds: 5, address: 300, arrivalInstructions: 2000 } as const;

export function emptyHostFamilyDraft(municipalityCode: string): HostFamilyDraft {
  return {
    displayName: '',
    municipalityCode,
    lat: '',
    lon: '',
    beds: '',
    rooms: '1',
    maxHouseholds: '1',
    petsAllowed: false,
    petsPresent: false,
    wheelchairAccessible: false,
    acceptsChildren: true,
    languages: [],
    availableFrom: '',
    availableUntil: '',
    address: '',
    arrivalInstructions: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
  };
}

export function hostFamilyDraftFrom(host: HostFamily): HostFamilyDraft {
  return {
    displayName: host.displayName,
    municipalityCode: host.municipalityCode,
    lat: String(host.lat),
    lon: String(host.lon),
    beds: String(host.beds),
    rooms: String(host.rooms),
    maxHouseholds: String(host.maxHouseholds),
    petsAllowed: host.petsAllowed,
    petsPresent: host.petsPresent,
    wheelchairAccessible: host.wheelchairAccessible,
    acceptsChildren: host.acceptsChildren,
    languages: [...host.languages],
    availableFrom: host.availableFrom,
    availableUntil: host.availableUntil,
    address: host.address ?? '',
    arrivalInstructions: host.arrivalInstructions ?? '',
    ...contactDraft(host.contact),
  };
}

/**
 * The checks the form runs itself. The longest window (about 6 months) is the API's rule,
 * and its own message explains it, so it is not repeated here.
 */
export function validateHostFamily(draft: HostFamilyDraft): Invalids<HostFamilyField> {
  return collect({
    displayName: checkRequired(draft.displayName, 200),
    municipalityCode: checkRequired(draft.municipalityCode),
    lat: checkCoordinate(draft.lat, 'latitude'),
    lon: checkCoordinate(draft.lon, 'longitude'),
    beds: checkWholeNumber(draft.beds, 1, hostLimits.beds),
    rooms: checkWholeNumber(draft.rooms, 1, hostLimits.rooms),
    maxHouseholds: checkWholeNumber(draft.maxHouseholds, 1, hostLimits.maxHouseholds),
    languages: checkLanguageCodes(draft.languages),
    availableFrom: checkRequired(draft.availableFrom),
    availableUntil: checkRequired(draft.availableUntil) ?? checkDateOrder(draft.availableFrom, draft.availableUntil),
    address: checkOptionalText(draft.address, hostLimits.address),
    arrivalInstructions: checkOptionalText(draft.arrivalInstructions, hostLimits.arrivalInstructions),
    contactPhone: checkPhone(draft.contactPhone),
    contactEmail: checkEmail(draft.contactEmail),
  });
}

function offer(draft: HostFamilyDraft) {
  return {
    displayName: draft.displayName.trim(),
    lat: parseNumber(draft.lat) ?? 0,
    lon: parseNumber(draft.lon) ?? 0,
    beds: parseNumber(draft.beds) ?? 1,
    rooms: parseNumber(draft.rooms) ?? 1,
    maxHouseholds: parseNumber(draft.maxHouseholds) ?? 1,
    petsAllowed: draft.petsAllowed,
    petsPresent: draft.petsPresent,
    wheelchairAccessible: draft.wheelchairAccessible,
    acceptsChildren: draft.acceptsChildren,
    languages: draft.languages,
    availableFrom: draft.availableFrom,
    availableUntil: draft.availableUntil,
    address: orNull(draft.address),
    arrivalInstructions: orNull(draft.arrivalInstructions),
    contact: contactBody(draft),
  };
}

export function hostFamilyCreateBody(draft: HostFamilyDraft): HostFamilyCreate {
  return { ...offer(draft), municipalityCode: draft.municipalityCode };
}

/** The municipality is not in the update: the API keeps a host family where it was registered. */
export function hostFamilyUpdateBody(draft: HostFamilyDraft): HostFamilyUpdate {
  return offer(draft);
}

export const hostFamilyFieldPaths: Readonly<Record<string, HostFamilyField>> = {
  displayName: 'displayName',
  municipalityCode: 'municipalityCode',
  lat: 'lat',
  lon: 'lon',
  beds: 'beds',
  rooms: 'rooms',
  maxHouseholds: 'maxHouseholds',
  petsAllowed: 'petsAllowed',
  petsPresent: 'petsPresent',
  wheelchairAccessible: 'wheelchairAccessible',
  acceptsChildren: 'acceptsChildren',
  languages: 'languages',
  availableFrom: 'availableFrom',
  availableUntil: 'availableUntil',
  address: 'address',
  arrivalInstructions: 'arrivalInstructions',
  ...contactFieldPaths,
};

/** The host family form's labels by body path, for the API's field errors to name fields as the form does. */
export function hostFamilyLabels(t: TFunction, voice: 'host' | 'partner'): FieldLabels {
  return {
    displayName: t('hostFamilyForm.displayName'),
    availableFrom: t('hostFamilyForm.availableFrom'),
    availableUntil: t('hostFamilyForm.availableUntil'),
    beds: t('hostFamilyForm.beds'),
    rooms: t('hostFamilyForm.rooms'),
    maxHouseholds: t('hostFamilyForm.maxHouseholds'),
    languages: t(`hostFamilyForm.languages.${voice}`),
    address: t('hostFamilyForm.address'),
    arrivalInstructions: t('hostFamilyForm.arrivalInstructions'),
  };
}

export const hostFamilyCodeFields: Readonly<Record<string, HostFamilyField>> = {
  'window-too-long': 'availableUntil',
  'invalid-dates': 'availableUntil',
  'unknown-municipality': 'municipalityCode',
  'below-occupancy': 'beds',
};

// --- vetting ----------------------------------------------------------------------------------

export interface VettingDraft {
  status: VettingStatus;
  vogCheckedOn: string;
  homeVisitOn: string;
  referencesCheckedOn: string;
  idCheckedOn: string;
  expiresOn: string;
  /** What was checked: kept in the vetting history. */
  note: string;
}

export type VettingField = keyof VettingDraft;

export const maxVettingNoteLength = 2000;

export function vettingDraftFrom(host: HostFamily): VettingDraft {
  const { vetting } = host;
  return {
    status: vetting.status,
    vogCheckedOn: vetting.vogCheckedOn ?? '',
    homeVisitOn: vetting.homeVisitOn ?? '',
    referencesCheckedOn: vetting.referencesCheckedOn ?? '',
    idCheckedOn: vetting.idCheckedOn ?? '',
    expiresOn: vetting.expiresOn ?? '',
    note: '',
  };
}

/**
 * The vetting rules: "vetted" needs a certificate of conduct (VOG) check and a home visit;
 * checks cannot lie in the future; the vetting cannot expire before the VOG was checked.
 */
export function validateVetting(draft: VettingDraft, today: string): Invalids<VettingField> {
  const vetted = draft.status === 'vetted';
  return collect({
    vogCheckedOn: (vetted ? checkRequired(draft.vogCheckedOn) : undefined) ?? checkNotInFuture(draft.vogCheckedOn, today),
    homeVisitOn: (vetted ? checkRequired(draft.homeVisitOn) : undefined) ?? checkNotInFuture(draft.homeVisitOn, today),
    referencesCheckedOn: checkNotInFuture(draft.referencesCheckedOn, today),
    idCheckedOn: checkNotInFuture(draft.idCheckedOn, today),
    expiresOn: checkDateOrder(draft.vogCheckedOn, draft.expiresOn),
    note: checkOptionalText(draft.note, maxVettingNoteLength),
  });
}

export function vettingBody(draft: VettingDraft): VettingUpdate {
  return {
    status: draft.status,
    vogCheckedOn: orNull(draft.vogCheckedOn),
    homeVisitOn: orNull(draft.homeVisitOn),
    referencesCheckedOn: orNull(draft.referencesCheckedOn),
    idCheckedOn: orNull(draft.idCheckedOn),
    expiresOn: orNull(draft.expiresOn),
    note: orNull(draft.note),
  };
}

export const vettingFieldPaths: Readonly<Record<string, VettingField>> = {
  status: 'status',
  vogCheckedOn: 'vogCheckedOn',
  homeVisitOn: 'homeVisitOn',
  referencesCheckedOn: 'referencesCheckedOn',
  idCheckedOn: 'idCheckedOn',
  expiresOn: 'expiresOn',
  note: 'note',
};

export const vettingCodeFields: Readonly<Record<string, VettingField>> = {
  'vetting-incomplete': 'status',
  'invalid-dates': 'vogCheckedOn',
  'vetting-expired': 'expiresOn',
};
