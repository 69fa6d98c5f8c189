import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { organisationsGetOrganisation, usersGetUser, usersIssuePasswordLink, usersResetTwoFactor, usersUpdateUser } from '../../client';
import { user } from '../../test/fakes';
import { renderSignedIn } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { UserPage } from './UserPage';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({
  organisationsGetOrganisation: vi.fn(),
  usersGetUser: vi.fn(),
  usersIssuePasswordLink: vi.fn(),
  usersResetTwoFactor: vi.fn(),
  usersUpdateUser: vi.fn(),
}));

const colleague = { ...user('desk'), id: 'user-7', email: 'dana@desk.nl', fullName: 'Dana Desk' };
const desk = { id: colleague.organisationId, name: 'Relocatiedesk Rotterdam', kind: 'relocation_desk', municipalityCode: 'GM0599' };

function renderPage() {
  renderSignedIn(
    <Routes>
      <Route path="/users/:userId" element={<UserPage />} />
    </Routes>,
    { role: 'desk', isOrganisationAdmin: true, route: '/users/user-7' },
  );
}

describe('UserPage', () => {
  beforeEach(() => {
    vi.mocked(usersGetUser).mockReset().mockResolvedValue(sdkOk(colleague));
    vi.mocked(organisationsGetOrganisation).mockReset().mockResolvedValue(sdkOk(desk));
    vi.mocked(usersUpdateUser).mockReset();
    vi.mocked(usersIssuePasswordLink).mockReset();
  });

  it('shows the user, and that two-factor login is off', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Desk' })).toBeDefined();
    expect(screen.getByText('dana@desk.nl')).toBeDefined();
    expect(screen.getByText('Uit')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Wat deze persoon deed (auditlog)' }).getAttribute('href')).toBe('/audit-log?actorUserId=user-7');
  });

  it('shows whether the user logs in with a second factor', async () => {
    vi.mocked(usersGetUser).mockResolvedValue(sdkOk({ ...colleague, twoFactorEnabled: true }));
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Dana Desk' });
    expect(screen.getByText('Aan')).toBeDefined();
  });

  it('makes a reset link only after a confirmation, and shows it once', async () => {
    vi.mocked(usersIssuePasswordLink).mockResolvedValue(sdkOk({ token: 'ondp_x', path: '/set-password#ondp_x', expiresAt: '2026-12-05T10:00:00Z' }, 201));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe wachtwoordlink maken' }));
    const confirmation = screen.getByRole('alert');
    expect(confirmation.textContent).toContain('Het wachtwoord van Dana Desk stopt meteen met werken');
    expect(usersIssuePasswordLink).not.toHaveBeenCalled();
    await userEvent.click(within(confirmation).getByRole('button', { name: 'Ja, maak een nieuwe link' }));
    const field = (await screen.findByLabelText('Wachtwoordlink')) as HTMLInputElement;
    expect(field.value).toMatch(/\/set-password#ondp_x$/);
    expect(vi.mocked(usersIssuePasswordLink).mock.calls).toHaveLength(1);
  });

  it('clears a lost second factor only after a confirmation', async () => {
    vi.mocked(usersGetUser).mockResolvedValue(sdkOk({ ...colleague, twoFactorEnabled: true }));
    vi.mocked(usersResetTwoFactor).mockReset().mockResolvedValue(sdkOk({ ...colleague, twoFactorEnabled: false }));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Tweede stap wissen' }));
    const confirmation = screen.getByRole('alert');
    expect(confirmation.textContent).toContain('de tweede stap van Dana Desk');
    expect(usersResetTwoFactor).not.toHaveBeenCalled();
    await userEvent.click(within(confirmation).getByRole('button', { name: 'Tweede stap wissen' }));
    expect(vi.mocked(usersResetTwoFactor).mock.calls[0]?.[0]).toMatchObject({ path: { userId: 'user-7' } });
  });

  it('switches the account off', async () => {
    vi.mocked(usersUpdateUser).mockResolvedValue(sdkOk({ ...colleague, isActive: false }));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Account uitzetten' }));
    expect(vi.mocked(usersUpdateUser).mock.lastCall?.[0]).toMatchObject({ path: { userId: 'user-7' }, body: { isActive: false } });
    expect(await screen.findByText('Het account is uitgezet. Alle sessies zijn meteen beëindigd.')).toBeDefined();
  });

  it('does not offer to switch off the own account', async () => {
    vi.mocked(usersGetUser).mockResolvedValue(sdkOk({ ...colleague, id: user('desk').id }));
    renderPage();
    expect(await screen.findByText('Je eigen account kun je hier niet uitzetten.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Account uitzetten' })).toBeNull();
  });

  it('offers only the roles that fit the organisation, and sends only what changed', async () => {
    vi.mocked(usersUpdateUser).mockResolvedValue(sdkOk({ ...colleague, isOrganisationAdmin: true }));
    renderPage();
    const role = await screen.findByLabelText('Rol');
    expect(within(role).getAllByRole('option').map((option) => option.textContent)).toEqual(['Relocatiedesk']);
    await userEvent.click(screen.getByLabelText('Beheerder van de organisatie'));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijziging is opgeslagen.')).toBeDefined();
    expect(vi.mocked(usersUpdateUser).mock.lastCall?.[0].body).toEqual({ isOrganisationAdmin: true });
  });
});
