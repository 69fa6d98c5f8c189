import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { organisationsGetOrganisation, usersCreateUser, usersIssuePasswordLink } from '../../client';
import { user } from '../../test/fakes';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { NewUserPage } from './NewUserPage';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({
  organisationsGetOrganisation: vi.fn(),
  organisationsListOrganisations: vi.fn(),
  usersCreateUser: vi.fn(),
  usersIssuePasswordLink: vi.fn(),
}));

const ownOrganisationId = user('municipality').organisationId;
const utrecht = { id: ownOrganisationId, name: 'Gemeente Utrecht', kind: 'municipality', municipalityCode: 'GM0344' };
const invited = { ...user('municipality'), id: 'user-9', email: 'nina@utrecht.nl', fullName: 'Nina Nieuw', isOrganisationAdmin: false };
const link = { token: 'ondp_secret', path: '/set-password#ondp_secret', expiresAt: '2026-12-05T10:00:00Z' };

async function fillIn() {
  await userEvent.type(screen.getByLabelText('E-mailadres'), 'nina@utrecht.nl');
  await userEvent.type(screen.getByLabelText('Volledige naam'), 'Nina Nieuw');
  const role = screen.getByLabelText('Rol');
  await within(role).findByRole('option', { name: 'Gemeente' });
  await userEvent.selectOptions(role, 'municipality');
}

describe('NewUserPage', () => {
  beforeEach(() => {
    vi.mocked(organisationsGetOrganisation).mockReset().mockResolvedValue(sdkOk(utrecht));
    vi.mocked(usersCreateUser).mockReset().mockResolvedValue(sdkOk(invited, 201));
    vi.mocked(usersIssuePasswordLink).mockReset().mockResolvedValue(sdkOk(link, 201));
  });

  it("invites into the organisation admin's own organisation, as the roles that fit it", async () => {
    renderSignedIn(<NewUserPage />, { role: 'municipality', isOrganisationAdmin: true, route: '/users/new' });
    expect(await screen.findByText('Gemeente Utrecht')).toBeDefined();
    expect(screen.queryByRole('combobox', { name: 'Organisatie' })).toBeNull();
    const role = screen.getByLabelText('Rol');
    await within(role).findByRole('option', { name: 'Gemeente' });
    expect(within(role).getAllByRole('option').map((option) => option.textContent)).toEqual(['Kies een rol', 'Gemeente']);
  });

  it('makes the account without a password and shows the invitation link once, to copy', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderSignedIn(<NewUserPage />, { role: 'municipality', isOrganisationAdmin: true, route: '/users/new' });
    await screen.findByText('Gemeente Utrecht');
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Nina Nieuw is uitgenodigd' })).toBeDefined();
    expect(vi.mocked(usersCreateUser).mock.lastCall?.[0].body).toEqual({
      email: 'nina@utrecht.nl',
      fullName: 'Nina Nieuw',
      organisationId: ownOrganisationId,
      role: 'municipality',
      isOrganisationAdmin: false,
    });
    expect(vi.mocked(usersIssuePasswordLink).mock.lastCall?.[0].path).toEqual({ userId: 'user-9' });
    const field = screen.getByLabelText('Wachtwoordlink') as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}/set-password#ondp_secret`);
    expect(field.readOnly).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Link kopiëren' }));
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(await screen.findByText('De link is gekopieerd.')).toBeDefined();
  });

  it('checks the form before sending it', async () => {
    renderSignedIn(<NewUserPage />, { role: 'municipality', isOrganisationAdmin: true, route: '/users/new' });
    await screen.findByText('Gemeente Utrecht');
    await userEvent.type(screen.getByLabelText('E-mailadres'), 'geen adres');
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByText('Vul een e-mailadres in zoals naam@voorbeeld.nl.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByLabelText('E-mailadres'));
    expect(usersCreateUser).not.toHaveBeenCalled();
  });

  it('puts a taken e-mail address at its field', async () => {
    vi.mocked(usersCreateUser).mockResolvedValue(
      sdkProblem({ status: 409, type: 'https://onderdak.nl/problems/conflict', detail: 'A user with this e-mail address exists already.' }),
    );
    renderSignedIn(<NewUserPage />, { role: 'municipality', isOrganisationAdmin: true, route: '/users/new' });
    await screen.findByText('Gemeente Utrecht');
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    const email = screen.getByLabelText('E-mailadres');
    await vi.waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(email.getAttribute('aria-describedby')).toContain('error');
    expect(usersIssuePasswordLink).not.toHaveBeenCalled();
  });

  it('offers a platform admin the admin role too', async () => {
    renderSignedIn(<NewUserPage />, { role: 'admin', route: `/users/new?organisationId=${ownOrganisationId}` });
    const role = await screen.findByLabelText('Rol');
    await within(role).findByRole('option', { name: 'Beheerder' });
    expect(within(role).getAllByRole('option').map((option) => option.textContent)).toEqual(['Kies een rol', 'Gemeente', 'Beheerder']);
  });
});
