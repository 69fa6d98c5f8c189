import { queryOptions } from '@tanstack/react-query';
import {
  consentsListConsents,
  consentsRecordConsent,
  consentsWithdrawConsent,
  organisationsListOrganisations,
  referralsAcceptReferral,
  referralsDeclineReferral,
  referralsListReferrals,
  referralsRevokeReferral,
  referralsSendReferral,
  type ConsentCreate,
  type ConsentPublic,
  type ConsentPurpose,
  type ConsentStatus,
  type OrganisationPublic,
  type ReferralCreate,
  type ReferralKind,
  type ReferralPublic,
  type ReferralsListReferralsData,
  type ReferralStatus,
} from '../client';
import { fetchAllPages } from './paging';
import { unwrap } from './result';

export type Consent = ConsentPublic;
export type Referral = ReferralPublic;
export type Organisation = OrganisationPublic;
export type ReferralListQuery = Pick<NonNullable<ReferralsListReferralsData['query']>, 'direction' | 'status' | 'householdId'>;

export const consentPurposes = ['relocation', 'host_matching', 'reception', 'safeguarding', 'ongoing_support'] as const satisfies readonly ConsentPurpose[];
export const consentStatuses = ['scheduled', 'active', 'expired', 'withdrawn'] as const satisfies readonly ConsentStatus[];
export const referralStatuses = ['pending', 'accepted', 'declined', 'revoked', 'ended'] as const satisfies readonly ReferralStatus[];
export const referralKinds = ['referral', 'transfer'] as const satisfies readonly ReferralKind[];
/** A transfer makes the receiver the household's supporting organisation: its consent says so. */
export const transferPurpose: ConsentPurpose = 'ongoing_support';

export const referralKeys = {
  all: ['referrals'] as const,
  consents: (householdId: string) => ['referrals', 'consents', householdId] as const,
};

/** Every consent of the household the caller may read (all of them, or only its own when referred). */
export function consentsQuery(householdId: string) {
  return queryOptions({
    queryKey: referralKeys.consents(householdId),
    queryFn: () => fetchAllPages((page) => unwrap(consentsListConsents({ path: { householdId }, query: page }))),
  });
}

export function recordConsent(householdId: string, body: ConsentCreate): Promise<Consent> {
  return unwrap(consentsRecordConsent({ path: { householdId }, body }));
}

export function withdrawConsent(householdId: string, consentId: string): Promise<Consent> {
  return unwrap(consentsWithdrawConsent({ path: { householdId, consentId } }));
}

/** The referrals of the caller's organisation, newest first (the inbox, the sent list, a household's). */
export function referralsQuery(query: ReferralListQuery) {
  return queryOptions({
    queryKey: [...referralKeys.all, 'list', query],
    queryFn: () => fetchAllPages((page) => unwrap(referralsListReferrals({ query: { ...query, ...page } })), 1000),
  });
}

/** Every organisation, to choose whom a consent or referral is for. */
export function organisationsQuery() {
  return queryOptions({
    queryKey: ['organisations', 'all'],
    queryFn: () => fetchAllPages((page) => unwrap(organisationsListOrganisations({ query: page }))),
    staleTime: 10 * 60_000,
  });
}

export function sendReferral(body: ReferralCreate): Promise<Referral> {
  return unwrap(referralsSendReferral({ body }));
}

export function acceptReferral(referralId: string): Promise<Referral> {
  return unwrap(referralsAcceptReferral({ path: { referralId } }));
}

export function declineReferral(referralId: string, reason: string): Promise<Referral> {
  return unwrap(referralsDeclineReferral({ path: { referralId }, body: { reason } }));
}

export function revokeReferral(referralId: string, reason: string | null): Promise<Referral> {
  return unwrap(referralsRevokeReferral({ path: { referralId }, body: { reason } }));
}
