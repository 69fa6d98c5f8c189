import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { referralsAcceptReferral, referralsDeclineReferral, referralsListReferrals, referralsRevokeReferral } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { deskId, referral } from './fixtures';
import { ReferralsPage } from './ReferralsPage';

vi.mock('../../client', () => ({
  referralsListReferrals: vi.fn(),
  referralsAcceptReferral: vi.fn(),
  referralsDeclineReferral: vi.fn(),
  referralsRevokeReferral: vi.fn(),
}));

const waiting = referral();
const earlier = referral({ id: 'referral-0', householdReference: 'HH-OLDER234', status: 'accepted', receiverSeesHousehold: true, householdId: 'hh-0' });
const sent = referral({ id: 'referral-2', householdReference: 'HH-SENT2345', fromOrganisationName: 'Stichting Gastvrij Thuis', toOrganisationId: deskId, toOrganisationName: 'Relocatiedesk Rotterdam' });
const declined = referral({ id: 'referral-3', householdReference: 'HH-NOPE2345', status: 'declined', declineReason: 'Buiten onze regio.', toOrganisationName: 'Relocatiedesk Rotterdam' });

function list(direction: string | null | undefined) {
  return direction === 'received' ? [waiting, earlier] : [sent, declined];
}

describe('ReferralsPage', () => {
  beforeEach(() => {
    for (const call of [referralsListReferrals, referralsAcceptReferral, referralsDeclineReferral, referralsRevokeReferral]) vi.mocked(call).mockReset();
    vi.mocked(referralsListReferrals).mockImplementation((options) => {
      const items = list(options?.query?.direction);
      return Promise.resolve(sdkOk({ items, total: items.length }));
    });
    renderApp(<ReferralsPage />, { session: fakeSession().session, route: '/referrals' });
  });

  it('shows what waits with what the receiver needs to decide, and what came before', async () => {
    const card = await screen.findByRole('article', { name: 'HH-ABCD2345 van Vluchtelingenhulp Oost' });
    expect(within(card).getByText('Doorverwijzing: Verhuizing')).toBeDefined();
    expect(within(card).getByText('Zoekt een gastgezin bij Utrecht.')).toBeDefined();
    expect(within(card).getByText('3')).toBeDefined();
    const history = screen.getByRole('group', { name: 'Eerder ontvangen' });
    expect(within(history).getByRole('link', { name: 'Huishouden HH-OLDER234 bekijken' }).getAttribute('href')).toBe('/referrals/households/hh-0');
    const sentTable = screen.getByRole('group', { name: 'Verstuurd' });
    expect(within(sentTable).getByRole('row', { name: /HH-NOPE2345/ }).textContent).toContain('Afgewezen Buiten onze regio.');
  });

  it('accepts, then says so and links to the household', async () => {
    vi.mocked(referralsAcceptReferral).mockResolvedValue(sdkOk({ ...waiting, status: 'accepted', receiverSeesHousehold: true }));
    await userEvent.click(await screen.findByRole('button', { name: 'Aannemen' }));
    expect(vi.mocked(referralsAcceptReferral).mock.lastCall?.[0]).toEqual({ path: { referralId: waiting.id } });
    const note = await screen.findByText(/Je hebt HH-ABCD2345 aangenomen./);
    expect(within(note).getByRole('link', { name: 'Huishouden HH-ABCD2345 bekijken' }).getAttribute('href')).toBe('/referrals/households/hh-1');
  });

  it('declines only with a reason, and shows the API refusal', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Afwijzing versturen' }));
    expect(screen.getByLabelText('Waarom wijs je af?').getAttribute('aria-invalid')).toBe('true');
    expect(referralsDeclineReferral).not.toHaveBeenCalled();
    vi.mocked(referralsDeclineReferral).mockResolvedValue(sdkProblem({ status: 409, type: 'https://onderdak.nl/problems/referral-not-pending', detail: 'The referral is revoked, not pending any more.' }));
    await userEvent.type(screen.getByLabelText('Waarom wijs je af?'), 'Geen plek deze maand.');
    await userEvent.click(screen.getByRole('button', { name: 'Afwijzing versturen' }));
    expect(vi.mocked(referralsDeclineReferral).mock.lastCall?.[0]).toEqual({ path: { referralId: waiting.id }, body: { reason: 'Geen plek deze maand.' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Deze verwijzing wacht niet meer op een antwoord.');
  });

  it('takes back a pending referral it sent', async () => {
    vi.mocked(referralsRevokeReferral).mockResolvedValue(sdkOk({ ...sent, status: 'revoked' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Doorverwijzing van HH-SENT2345 aan Relocatiedesk Rotterdam terugtrekken' }));
    expect(vi.mocked(referralsRevokeReferral).mock.lastCall?.[0]).toEqual({ path: { referralId: sent.id }, body: { reason: null } });
    await screen.findByText('De doorverwijzing is teruggetrokken.');
    expect(screen.queryByRole('button', { name: /HH-NOPE2345/ })).toBeNull();
  });
});
