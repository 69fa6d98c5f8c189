import type { HouseholdCreate, HouseholdPublic, HouseholdUpdate, LegalStatus, NeedsInput, RelocationRequestCreate, AnchorKind, RequestReason, Urgency } from '../../client';
import { checkCoordinate, checkLanguageCodes, checkOptionalText, checkRequired, checkWholeNumber, collect, orNull, parseNumber, type Invalids } from '../../forms/validation';

export const needNames = ['wheelchair', 'medicalCare', 'pets', 'specialNeedsEducation', 'informalCare', 'informalChildcare', 'selfCatering', 'womenAndChildrenOnly'] as const;
export type NeedName = (typeof needNames)[number];

export interface HouseholdDraft {
  adults: string;
  children: string;
  languages: string[];
  preferredLanguage: string;
  legalStatus: LegalStatus;
  needs: Record<NeedName, boolean>;
  vulnerable: boolean;
}

export type HouseholdField = 'adults' | 'children' | 'languages' | 'preferredLanguage';

export function emptyHousehold(): HouseholdDraft {
  return {
    adults: '1',
    children: '0',
    languages: ['uk'],
    preferredLanguage: 'uk',
    legalStatus: 'ukrainian_tpd',
    needs: Object.fromEntries(needNames.map((need) => [need, false])) as Record<NeedName, boolean>,
    vulnerable: false,
  };
}

export function validateHousehold(draft: HouseholdDraft): Invalids<HouseholdField> {
  return collect({
    adults: checkWholeNumber(draft.adults, 1, 20),
    children: checkWholeNumber(draft.children, 0, 20),
    languages: checkLanguageCodes(draft.languages),
    preferredLanguage: checkRequired(draft.preferredLanguage, 3),
  });
}

export function householdBody(draft: HouseholdDraft): HouseholdCreate {
  const needs: NeedsInput = { ...draft.needs };
  return {
    adults: Number(draft.adults),
    children: Number(draft.children),
    languages: draft.languages,
    preferredLanguage: draft.preferredLanguage,
    legalStatus: draft.legalStatus,
    needs,
    vulnerable: draft.vulnerable,
  };
}

/**
 * Whether the caller sees everything the form changes: needs, legal status and the vulnerable flag
 * are sent whole, so a form over hidden (null) values would overwrite them.
 */
export function editableInForm(household: HouseholdPublic): boolean {
  return (
    household.restrictedFieldsShown &&
    household.legalStatus !== null &&
    household.vulnerable !== null &&
    needNames.every((need) => household.needs[need] !== null)
  );
}

/** The form's draft for a household as it is now (only when `editableInForm`). */
export function draftFromHousehold(household: HouseholdPublic): HouseholdDraft {
  return {
    adults: String(household.adults),
    children: String(household.children),
    languages: [...household.languages],
    preferredLanguage: household.preferredLanguage,
    legalStatus: household.legalStatus ?? 'other',
    needs: Object.fromEntries(needNames.map((need) => [need, household.needs[need] === true])) as Record<NeedName, boolean>,
    vulnerable: household.vulnerable === true,
  };
}

/**
 * The change: the form's fields, keeping what the form does not show (pet and other details).
 * Age bands no longer fit new counts, so they are cleared then (the form says so).
 */
export function householdUpdateBody(draft: HouseholdDraft, household: HouseholdPublic): HouseholdUpdate {
  const body: HouseholdUpdate = {
    ...householdBody(draft),
    needs: { ...draft.needs, petDetails: household.needs.petDetails, details: household.needs.details },
  };
  if (countsChanged(draft, household) && household.members.length > 0) body.members = [];
  return body;
}

export function countsChanged(draft: HouseholdDraft, household: HouseholdPublic): boolean {
  return Number(draft.adults) !== household.adults || Number(draft.children) !== household.children;
}

export const householdFieldPaths = { adults: 'adults', children: 'children', languages: 'languages', preferredLanguage: 'preferredLanguage' } as const;

export interface AnchorDraft {
  kind: AnchorKind;
  label: string;
  lat: string;
  lon: string;
  /** The municipality of the place found by the search; dropped when the coordinates are typed. */
  municipalityCode?: string | null;
}

export interface RequestDraft {
  reason: RequestReason;
  urgency: Urgency;
  mustMoveBy: string;
  anchors: AnchorDraft[];
  preferredMunicipalities: string[];
  maxDistanceKm: string;
}

export type RequestField = 'mustMoveBy' | 'maxDistanceKm' | `anchors.${number}.${'label' | 'lat' | 'lon'}`;

export function emptyRequest(): RequestDraft {
  return { reason: 'host_stay_ending', urgency: 'normal', mustMoveBy: '', anchors: [], preferredMunicipalities: [], maxDistanceKm: '' };
}

export function validateRequest(draft: RequestDraft, today: string): Invalids<RequestField> {
  const checks: Record<string, ReturnType<typeof checkRequired>> = {
    mustMoveBy: checkRequired(draft.mustMoveBy, 10) ?? (draft.mustMoveBy < today ? { code: 'notInPast' } : undefined),
    maxDistanceKm: draft.maxDistanceKm.trim() === '' ? undefined : checkWholeNumber(draft.maxDistanceKm, 1, 300),
  };
  draft.anchors.forEach((anchor, index) => {
    checks[`anchors.${index}.label`] = checkOptionalText(anchor.label, 200);
    checks[`anchors.${index}.lat`] = checkCoordinate(anchor.lat, 'latitude');
    checks[`anchors.${index}.lon`] = checkCoordinate(anchor.lon, 'longitude');
  });
  return collect(checks) as Invalids<RequestField>;
}

export function requestBody(draft: RequestDraft, householdId: string): RelocationRequestCreate {
  return {
    householdId,
    reason: draft.reason,
    urgency: draft.urgency,
    mustMoveBy: draft.mustMoveBy,
    anchors: draft.anchors.map((anchor) => ({ kind: anchor.kind, label: orNull(anchor.label), lat: parseNumber(anchor.lat) ?? 0, lon: parseNumber(anchor.lon) ?? 0, municipalityCode: anchor.municipalityCode ?? null })),
    preferredMunicipalities: draft.preferredMunicipalities,
    maxDistanceKm: draft.maxDistanceKm.trim() === '' ? null : Number(draft.maxDistanceKm),
  };
}
