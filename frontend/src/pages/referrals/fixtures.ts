import type { Household } from '../../api/households';
import type { Consent, Organisation, Referral } from '../../api/referrals';
import { user } from '../../test/fakes';

/** Test data for the consent and referral screens. */
export const ownOrganisationId = user('partner').organisationId;
export const deskId = '00000000-0000-4000-8000-0000000000d1';
export const partnerId = '00000000-0000-4000-8000-0000000000b2';

export const organisations: Organisation[] = [
  { id: ownOrganisationId, name: 'Stichting Gastvrij Thuis', kind: 'partner', municipalityCode: 'GM0344', contact: null, twoFactorRequired: false, safetyRegionCodes: null },
  { id: deskId, name: 'Relocatiedesk Rotterdam', kind: 'relocation_desk', municipalityCode: 'GM0599', contact: null, twoFactorRequired: false, safetyRegionCodes: null },
  { id: partnerId, name: 'Vluchtelingenhulp Oost', kind: 'partner', municipalityCode: 'GM0363', contact: null, twoFactorRequired: false, safetyRegionCodes: null },
];

export const household: Household = {
  id: 'hh-1',
  reference: 'HH-ABCD2345',
  adults: 2,
  children: 1,
  size: 3,
  members: [],
  languages: ['uk'],
  preferredLanguage: 'uk',
  legalStatus: 'ukrainian_tpd',
  needs: {
    wheelchair: false,
    medicalCare: false,
    pets: false,
    petDetails: null,
    specialNeedsEducation: false,
    informalCare: false,
    informalChildcare: false,
    selfCatering: false,
    womenAndChildrenOnly: false,
    details: null,
  },
  vulnerable: null,
  notes: null,
  contact: null,
  supportingOrganisationId: ownOrganisationId,
  restrictedFieldsShown: false,
  access: 'own_scope',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

export function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: 'consent-1',
    householdId: household.id,
    organisationId: deskId,
    organisationName: 'Relocatiedesk Rotterdam',
    purpose: 'relocation',
    validFrom: '2026-11-01T10:00:00Z',
    validUntil: '2027-01-31T22:59:59Z',
    status: 'active',
    recordedAt: '2026-11-01T10:00:00Z',
    recordedByOrganisationId: ownOrganisationId,
    recordedByUserId: null,
    withdrawnAt: null,
    withdrawnByOrganisationId: null,
    withdrawnByUserId: null,
    ...overrides,
  };
}

export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'referral-1',
    kind: 'referral',
    purpose: 'relocation',
    status: 'pending',
    householdId: household.id,
    householdReference: household.reference,
    householdSize: 3,
    fromOrganisationId: partnerId,
    fromOrganisationName: 'Vluchtelingenhulp Oost',
    toOrganisationId: ownOrganisationId,
    toOrganisationName: 'Stichting Gastvrij Thuis',
    consentId: 'consent-1',
    consentValidUntil: '2027-01-31T22:59:59Z',
    message: 'Zoekt een gastgezin bij Utrecht.',
    receiverSeesHousehold: false,
    sentAt: '2026-11-20T09:30:00Z',
    sentByUserId: null,
    respondedAt: null,
    respondedByUserId: null,
    declineReason: null,
    revokedAt: null,
    revokedByUserId: null,
    revokeReason: null,
    endedAt: null,
    endReason: null,
    ...overrides,
  };
}
