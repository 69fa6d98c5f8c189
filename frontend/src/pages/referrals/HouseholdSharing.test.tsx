import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { consentsListConsents, consentsRecordConsent, consentsWithdrawConsent, organisationsListOrganisations, referralsListReferrals, referralsSendReferral } from '../../client';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { ConsentsSection } from './ConsentsSection';
import { consent, deskId, household, organisations, partnerId, referral } from './fixtures';
import { SendReferralSection } from './SendReferralSection';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({
  consentsListConsents: vi.fn(),
  consentsRecordConsent: vi.fn(),
  consentsWithdrawConsent: vi.fn(),
  organisationsListOrganisations: vi.fn(),
  referralsListReferrals: vi.fn(),
  referralsSendReferral: vi.fn(),
}));

const consents = [consent(), consent({ id: 'consent-2', organisationId: partnerId, organisationName: 'Vluchtelingenhulp Oost', purpose: 'host_matching', status: 'withdrawn' })];

beforeEach(() => {
  for (const call of [consentsListConsents, consentsRecordConsent, consentsWithdrawConsent, organisationsListOrganisations, referralsListReferrals, referralsSendReferral]) vi.mocked(call).mockReset();
  vi.mocked(consentsListConsents).mockResolvedValue(sdkOk({ items: consents, total: consents.length }));
  vi.mocked(organisationsListOrganisations).mockResolvedValue(sdkOk({ items: organisations, total: organisations.length }));
  vi.mocked(referralsListReferrals).mockResolvedValue(sdkOk({ items: [], total: 0 }));
});

describe('ConsentsSection', () => {
  it('lists the consents and withdraws one that is still valid', async () => {
    vi.mocked(consentsWithdrawConsent).mockResolvedValue(sdkOk({ ...consents[0], status: 'withdrawn' }));
    renderSignedIn(<ConsentsSection household={household} />, { role: 'partner' });
    const row = await screen.findByRole('row', { name: /Relocatiedesk Rotterdam/ });
    expect(within(row).getByText('Geldig')).toBeDefined();
    expect(within(screen.getByRole('row', { name: /Vluchtelingenhulp Oost/ })).queryByRole('button')).toBeNull();
    await userEvent.click(within(row).getByRole('button', { name: 'Toestemming voor Relocatiedesk Rotterdam (Verhuizing) intrekken' }));
    expect(vi.mocked(consentsWithdrawConsent).mock.lastCall?.[0]).toEqual({ path: { householdId: household.id, consentId: 'consent-1' } });
    await screen.findByText('De toestemming is ingetrokken; de toegang die erop rustte is beëindigd.');
  });

  it('records a consent and places the API refusal at its field', async () => {
    vi.mocked(consentsRecordConsent).mockResolvedValue(
      sdkProblem({ status: 422, type: 'https://onderdak.nl/problems/consent-too-long', detail: 'A consent lasts at most 730 days; record a new one when it ends.' }),
    );
    renderSignedIn(<ConsentsSection household={household} />, { role: 'partner' });
    const form = await screen.findByRole('form', { name: 'Toestemming vastleggen' });
    await userEvent.click(within(form).getByRole('button', { name: 'Toestemming vastleggen' }));
    expect(within(form).getByLabelText('Organisatie').getAttribute('aria-invalid')).toBe('true');
    expect(consentsRecordConsent).not.toHaveBeenCalled();
    await userEvent.selectOptions(within(form).getByLabelText('Organisatie'), 'Relocatiedesk Rotterdam');
    await userEvent.selectOptions(within(form).getByLabelText('Waarvoor'), 'Koppelen aan een gastgezin');
    await userEvent.click(within(form).getByRole('button', { name: 'Toestemming vastleggen' }));
    const body = vi.mocked(consentsRecordConsent).mock.lastCall?.[0]?.body;
    expect(body).toMatchObject({ organisationId: deskId, purpose: 'host_matching' });
    const untilField = within(form).getByLabelText('Geldig tot en met');
    await vi.waitFor(() => expect(untilField.getAttribute('aria-invalid')).toBe('true'));
  });

  it('shows an organisation the household is referred to only its own consent, and no form', async () => {
    renderSignedIn(<ConsentsSection household={{ ...household, access: 'referral' }} />, { role: 'partner' });
    await screen.findByText('Je ziet alleen de toestemming voor je eigen organisatie.');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('SendReferralSection', () => {
  it('asks for a consent first when there is none for the receiver and purpose', async () => {
    renderSignedIn(<SendReferralSection household={household} />, { role: 'partner' });
    await screen.findByText('Dit huishouden is nog niet doorverwezen.');
    await screen.findByRole('option', { name: 'Vluchtelingenhulp Oost' });
    await userEvent.selectOptions(screen.getByLabelText('Naar organisatie'), 'Vluchtelingenhulp Oost');
    expect(screen.getByText('Er is geen geldige toestemming van het huishouden voor deze organisatie en dit doel. Leg die eerst vast.')).toBeDefined();
    expect(screen.queryByLabelText('Toestemming van het huishouden')).toBeNull();
  });

  it('sends a referral citing the consent, and lists it', async () => {
    const sent = referral({ fromOrganisationName: 'Stichting Gastvrij Thuis', toOrganisationId: deskId, toOrganisationName: 'Relocatiedesk Rotterdam' });
    vi.mocked(referralsSendReferral).mockImplementation(() => {
      vi.mocked(referralsListReferrals).mockResolvedValue(sdkOk({ items: [sent], total: 1 }));
      return Promise.resolve(sdkOk(sent, 201));
    });
    renderSignedIn(<SendReferralSection household={household} />, { role: 'partner' });
    await screen.findByRole('option', { name: 'Relocatiedesk Rotterdam' });
    expect(screen.getByRole('radio', { name: /Overdragen/ })).toBeDefined(); // its supporter may transfer it
    await userEvent.selectOptions(screen.getByLabelText('Naar organisatie'), 'Relocatiedesk Rotterdam');
    await userEvent.selectOptions(screen.getByLabelText('Toestemming van het huishouden'), 'consent-1');
    await userEvent.type(screen.getByLabelText('Bericht voor de ontvanger'), 'Moet voor 1 maart verhuizen.');
    await userEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(vi.mocked(referralsSendReferral).mock.lastCall?.[0]).toEqual({
      body: { householdId: household.id, kind: 'referral', purpose: 'relocation', toOrganisationId: deskId, consentId: 'consent-1', message: 'Moet voor 1 maart verhuizen.' },
    });
    await screen.findByText('De doorverwijzing is verstuurd; de ontvanger ziet het huishouden pas als hij aanneemt.');
    expect(await screen.findByRole('row', { name: /HH-ABCD2345/ })).toBeDefined();
  });

  it('offers a transfer only to whoever may make one', async () => {
    renderSignedIn(<SendReferralSection household={{ ...household, supportingOrganisationId: partnerId }} />, { role: 'partner' });
    await screen.findByRole('option', { name: 'Relocatiedesk Rotterdam' });
    expect(screen.queryByRole('radio', { name: /Overdragen/ })).toBeNull();
  });
});
