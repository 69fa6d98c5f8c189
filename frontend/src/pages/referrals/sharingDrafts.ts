import type { ConsentCreate, ConsentPurpose, ReferralCreate, ReferralKind } from '../../client';
import { parseDate, today as calendarDate } from '../../i18n/dates';
import { checkDateOrder, checkOptionalText, checkRequired, collect, orNull, type Invalids } from '../../forms/validation';
import { transferPurpose, type Consent } from '../../api/referrals';

/** A consent as typed: whole days in the browser's time zone, from the start of the first to the end of the last. */
export interface ConsentDraft {
  organisationId: string;
  purpose: ConsentPurpose;
  validFrom: string;
  validUntil: string;
}

export type ConsentField = 'organisationId' | 'validFrom' | 'validUntil';

/** Ninety days unless told otherwise: long enough for a move, short enough to ask again. */
export function emptyConsent(today: string): ConsentDraft {
  const until = parseDate(today);
  until.setDate(until.getDate() + 90);
  return { organisationId: '', purpose: 'relocation', validFrom: today, validUntil: calendarDate(until) };
}

export function validateConsent(draft: ConsentDraft, today: string): Invalids<ConsentField> {
  return collect({
    organisationId: checkRequired(draft.organisationId, 36),
    validFrom: checkRequired(draft.validFrom, 10),
    validUntil:
      checkRequired(draft.validUntil, 10) ??
      checkDateOrder(draft.validFrom, draft.validUntil) ??
      (draft.validUntil < today ? { code: 'notInPast' } : undefined),
  });
}

/** Today's consent starts now (the API's default); a later one at the start of its first day. */
export function consentBody(draft: ConsentDraft, today: string): ConsentCreate {
  const until = parseDate(draft.validUntil);
  until.setHours(23, 59, 59);
  return {
    organisationId: draft.organisationId,
    purpose: draft.purpose,
    ...(draft.validFrom > today ? { validFrom: parseDate(draft.validFrom).toISOString() } : {}),
    validUntil: until.toISOString(),
  };
}

export const consentFieldPaths = { organisationId: 'organisationId', validFrom: 'validFrom', validUntil: 'validUntil' } as const;
/** The API's refusals that belong to one field of the consent form. */
export const consentCodeFields = { 'invalid-window': 'validUntil', 'consent-too-long': 'validUntil', 'unknown-organisation': 'organisationId' } as const;

/** The calendar day (`YYYY-MM-DD`, the browser's time zone) of an RFC 3339 moment. */
export function localDay(moment: string): string {
  return calendarDate(new Date(moment));
}

export interface ReferralDraft {
  kind: ReferralKind;
  toOrganisationId: string;
  purpose: ConsentPurpose;
  consentId: string;
  message: string;
}

export type ReferralField = 'toOrganisationId' | 'consentId' | 'message';

export function emptyReferral(): ReferralDraft {
  return { kind: 'referral', toOrganisationId: '', purpose: 'relocation', consentId: '', message: '' };
}

/** A transfer is always for ongoing support. */
export function referralPurpose(draft: ReferralDraft): ConsentPurpose {
  return draft.kind === 'transfer' ? transferPurpose : draft.purpose;
}

/** The consents a referral may cite: active, for the receiver and the purpose. */
export function usableConsents(consents: readonly Consent[], draft: ReferralDraft): Consent[] {
  const purpose = referralPurpose(draft);
  return consents.filter((consent) => consent.status === 'active' && consent.organisationId === draft.toOrganisationId && consent.purpose === purpose);
}

export function validateReferral(draft: ReferralDraft): Invalids<ReferralField> {
  return collect({
    toOrganisationId: checkRequired(draft.toOrganisationId, 36),
    consentId: checkRequired(draft.consentId, 36),
    message: checkOptionalText(draft.message, 1000),
  });
}

export function referralBody(draft: ReferralDraft, householdId: string): ReferralCreate {
  return {
    householdId,
    kind: draft.kind,
    purpose: referralPurpose(draft),
    toOrganisationId: draft.toOrganisationId,
    consentId: draft.consentId,
    message: orNull(draft.message),
  };
}

export const referralFieldPaths = { toOrganisationId: 'toOrganisationId', consentId: 'consentId', message: 'message' } as const;
export const referralCodeFields = {
  'unknown-organisation': 'toOrganisationId',
  'referral-to-self': 'toOrganisationId',
  'receiver-supports-household': 'toOrganisationId',
  'receiver-cannot-support': 'toOrganisationId',
  'unknown-consent': 'consentId',
  'consent-organisation-mismatch': 'consentId',
  'consent-purpose-mismatch': 'consentId',
  'consent-not-valid': 'consentId',
} as const;

