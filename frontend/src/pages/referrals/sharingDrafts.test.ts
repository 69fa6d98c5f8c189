import { describe, expect, it } from 'vitest';
import { user } from '../../test/fakes';
import { consent, deskId, household, organisations, ownOrganisationId, partnerId } from './fixtures';
import { mayTransfer, receivers } from './SendReferralSection';
import { consentBody, emptyConsent, emptyReferral, localDay, referralBody, usableConsents, validateConsent, validateReferral } from './sharingDrafts';

describe('consent drafts', () => {
  it('start today and last ninety days', () => {
    expect(emptyConsent('2026-12-02')).toEqual({ organisationId: '', purpose: 'relocation', validFrom: '2026-12-02', validUntil: '2027-03-02' });
  });

  it('need an organisation and an end that is neither before the start nor in the past', () => {
    const draft = emptyConsent('2026-12-02');
    expect(validateConsent(draft, '2026-12-02')).toEqual({ organisationId: { code: 'required' } });
    expect(validateConsent({ ...draft, organisationId: deskId, validUntil: '2026-11-30' }, '2026-12-02')).toEqual({ validUntil: { code: 'dateOrder' } });
    expect(validateConsent({ ...draft, organisationId: deskId, validFrom: '2026-11-01', validUntil: '2026-11-30' }, '2026-12-02')).toEqual({ validUntil: { code: 'notInPast' } });
  });

  it('send whole days: today starts now (left out), a later day at its start; the last day until its end', () => {
    const today = consentBody({ ...emptyConsent('2026-12-02'), organisationId: deskId, validUntil: '2027-01-31' }, '2026-12-02');
    expect(today).toEqual({ organisationId: deskId, purpose: 'relocation', validUntil: new Date(2027, 0, 31, 23, 59, 59).toISOString() });
    const later = consentBody({ ...emptyConsent('2026-12-02'), organisationId: deskId, validFrom: '2026-12-10' }, '2026-12-02');
    expect(later.validFrom).toBe(new Date(2026, 11, 10).toISOString());
    expect(localDay(today.validUntil)).toBe('2027-01-31');
  });
});

describe('referral drafts', () => {
  it('offer only active consents for the receiver and the purpose; a transfer needs one for ongoing support', () => {
    const consents = [
      consent(),
      consent({ id: 'other-purpose', purpose: 'host_matching' }),
      consent({ id: 'withdrawn', status: 'withdrawn' }),
      consent({ id: 'other-organisation', organisationId: partnerId }),
      consent({ id: 'support', organisationId: partnerId, purpose: 'ongoing_support' }),
    ];
    expect(usableConsents(consents, { ...emptyReferral(), toOrganisationId: deskId }).map((c) => c.id)).toEqual(['consent-1']);
    expect(usableConsents(consents, { ...emptyReferral(), kind: 'transfer', toOrganisationId: partnerId }).map((c) => c.id)).toEqual(['support']);
  });

  it('need a receiver and a consent, and send a transfer for ongoing support', () => {
    expect(validateReferral(emptyReferral())).toEqual({ toOrganisationId: { code: 'required' }, consentId: { code: 'required' } });
    const body = referralBody({ kind: 'transfer', toOrganisationId: partnerId, purpose: 'relocation', consentId: 'support', message: '  ' }, household.id);
    expect(body).toEqual({ householdId: household.id, kind: 'transfer', purpose: 'ongoing_support', toOrganisationId: partnerId, consentId: 'support', message: null });
  });

  it('transfer as the API allows: the supporter, a desk when there is none, an admin', () => {
    const desk = { ...user('desk'), organisationId: deskId };
    expect(mayTransfer(user('partner'), household)).toBe(true);
    expect(mayTransfer(desk, household)).toBe(false);
    expect(mayTransfer(desk, { ...household, supportingOrganisationId: null })).toBe(true);
    expect(mayTransfer(user('admin'), household)).toBe(true);
    expect(mayTransfer({ ...user('partner'), organisationId: partnerId }, household)).toBe(false);
  });

  it('go to another organisation than the sender and the supporter; a transfer to a partner', () => {
    const desk = { ...user('desk'), organisationId: deskId };
    expect(receivers(organisations, user('partner'), household, 'referral').map((o) => o.id)).toEqual([deskId, partnerId]);
    expect(receivers(organisations, user('partner'), household, 'transfer').map((o) => o.id)).toEqual([partnerId]);
    expect(receivers(organisations, desk, household, 'referral').map((o) => o.id)).toEqual([partnerId]);
    expect(ownOrganisationId).toBe(household.supportingOrganisationId);
  });
});
