import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostFamiliesInviteHost, hostFamiliesReinviteHost } from '../../client';
import { fakeSession, user } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { HostAccountPanel } from './HostAccountPanel';

vi.mock('../../client', () => ({ hostFamiliesInviteHost: vi.fn(), hostFamiliesReinviteHost: vi.fn() }));

const hostFamily = { id: 'host-1', hostUserId: null, contact: { name: 'Joke Jansen', email: null, phone: '+31 6 1234 5678' } } as never;
const invited = {
  user: { ...user('host'), id: 'user-9', fullName: 'Joke Jansen', email: 'joke@example.org' },
  passwordLink: { token: 'ondp_secret', path: '/set-password#ondp_secret', expiresAt: '2026-12-05T10:00:00Z' },
};

describe('HostAccountPanel', () => {
  beforeEach(() => {
    vi.mocked(hostFamiliesInviteHost).mockReset();
    vi.mocked(hostFamiliesReinviteHost).mockReset();
  });

  it('invites the host with a name and e-mail address, and shows the link once', async () => {
    vi.mocked(hostFamiliesInviteHost).mockResolvedValue(sdkOk(invited, 201));
    renderApp(<HostAccountPanel hostFamily={hostFamily} />, { session: fakeSession().session });
    expect(screen.getByLabelText(/Naam van de gastheer/)).toHaveProperty('value', 'Joke Jansen');
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(hostFamiliesInviteHost).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/E-mailadres/).getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'joke@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    const link = (await screen.findByLabelText('Wachtwoordlink')) as HTMLInputElement;
    expect(link.value).toMatch(/\/set-password#ondp_secret$/);
    expect(vi.mocked(hostFamiliesInviteHost).mock.calls[0]?.[0]).toEqual({ path: { hostFamilyId: 'host-1' }, body: { email: 'joke@example.org', fullName: 'Joke Jansen' } });
    expect(screen.getByText(/Joke Jansen is uitgenodigd/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nieuwe wachtwoordlink maken' })).toBeTruthy();
  });

  it('words a refusal from its code', async () => {
    vi.mocked(hostFamiliesInviteHost).mockResolvedValue(sdkProblem({ status: 409, code: 'host-account-exists', type: 'https://onderdak.nl/problems/host-account-exists', detail: 'English' }));
    renderApp(<HostAccountPanel hostFamily={hostFamily} />, { session: fakeSession().session });
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'joke@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByText(/heeft al een account/)).toBeTruthy();
    expect(screen.queryByText('English')).toBeNull();
  });

  it('makes a new link for an existing account only after a confirmation', async () => {
    vi.mocked(hostFamiliesReinviteHost).mockResolvedValue(sdkOk(invited, 201));
    renderApp(<HostAccountPanel hostFamily={{ ...(hostFamily as object), hostUserId: 'user-9' } as never} />, { session: fakeSession().session });
    expect(screen.queryByRole('button', { name: 'Uitnodigen' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe wachtwoordlink maken' }));
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Niet doen' }));
    expect(hostFamiliesReinviteHost).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe wachtwoordlink maken' }));
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Ja, maak een nieuwe link' }));
    expect(((await screen.findByLabelText('Wachtwoordlink')) as HTMLInputElement).value).toMatch(/ondp_secret$/);
  });
});
