import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { organisationsGetOrganisation, organisationsSetOrganisationContact, type OrganisationPublic } from '../../client';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { OrganisationContactPage } from './OrganisationContactPage';
import { contactBody, validateContact } from './organisationContactDraft';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({ organisationsGetOrganisation: vi.fn(), organisationsSetOrganisationContact: vi.fn() }));

const ownId = '00000000-0000-4000-8000-000000000002';
const thuis: OrganisationPublic = { id: ownId, name: 'Stichting Thuis', kind: 'partner', municipalityCode: null, contact: null, twoFactorRequired: false, safetyRegionCodes: null };

describe('the contact for households', () => {
  beforeEach(() => {
    vi.mocked(organisationsGetOrganisation).mockReset().mockResolvedValue(sdkOk(thuis));
    vi.mocked(organisationsSetOrganisationContact).mockReset();
  });

  it('lets an organisation administrator set the contact of their own organisation', async () => {
    const saved = { ...thuis, contact: { name: 'Loket Oekraïne', phone: '030 123 45 67', email: null, visitingAddress: 'Stadsplateau 1, Utrecht', openingHours: 'ma–vr 9.00–17.00' } };
    vi.mocked(organisationsSetOrganisationContact).mockResolvedValue(sdkOk(saved));
    renderSignedIn(<OrganisationContactPage />, { role: 'partner', isOrganisationAdmin: true });
    expect(await screen.findByText(/Er staat nog geen contact/)).toBeTruthy();
    expect(vi.mocked(organisationsGetOrganisation).mock.lastCall?.[0]).toMatchObject({ path: { organisationId: ownId } });
    await userEvent.type(screen.getByLabelText('Naam (persoon of loket)'), 'Loket Oekraïne');
    await userEvent.type(screen.getByLabelText('Telefoonnummer'), '030 123 45 67');
    await userEvent.type(screen.getByLabelText('Bezoekadres'), 'Stadsplateau 1, Utrecht');
    await userEvent.type(screen.getByLabelText('Openingstijden'), 'ma–vr 9.00–17.00');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Het contact is opgeslagen. Huishoudens zien het meteen op hun statuspagina.')).toBeTruthy();
    expect(vi.mocked(organisationsSetOrganisationContact).mock.lastCall?.[0]).toEqual({
      path: { organisationId: ownId },
      body: { name: 'Loket Oekraïne', phone: '030 123 45 67', email: null, visitingAddress: 'Stadsplateau 1, Utrecht', openingHours: 'ma–vr 9.00–17.00' },
    });
    expect(screen.getByText('Stadsplateau 1, Utrecht', { selector: '.app-contact span' })).toBeDefined();
    expect(screen.getByRole('link', { name: '030 123 45 67' }).getAttribute('href')).toBe('tel:0301234567');
    expect(screen.queryByText(/Er staat nog geen contact/)).toBeNull();
  });

  it('explains a wrong phone number at its field before sending', async () => {
    renderSignedIn(<OrganisationContactPage />, { role: 'desk', isOrganisationAdmin: true });
    await userEvent.type(await screen.findByLabelText('Telefoonnummer'), 'bel ons');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const field = screen.getByLabelText('Telefoonnummer');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(organisationsSetOrganisationContact).not.toHaveBeenCalled();
  });

  it('says so when the server refuses', async () => {
    vi.mocked(organisationsSetOrganisationContact).mockResolvedValue(sdkProblem({ status: 403, type: 'https://onderdak.nl/problems/forbidden', detail: 'Only an administrator…' }));
    renderSignedIn(<OrganisationContactPage />, { role: 'municipality', isOrganisationAdmin: true });
    await userEvent.type(await screen.findByLabelText('E-mailadres'), 'loket@thuis.example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Het contact is niet opgeslagen.')).toBeTruthy();
    expect(screen.queryByText('Only an administrator…')).toBeNull();
  });
});

describe('the contact draft', () => {
  it('sends the whole contact, an empty field as cleared', () => {
    expect(contactBody({ name: '  ', phone: ' +31 30 123 ', email: 'a@b.nl ', visitingAddress: ' Stadsplateau 1 ', openingHours: '' })).toEqual({
      name: null,
      phone: '+31 30 123',
      email: 'a@b.nl',
      visitingAddress: 'Stadsplateau 1',
      openingHours: null,
    });
  });

  it('checks as the API does', () => {
    expect(validateContact({ name: 'x'.repeat(201), phone: '12', email: 'geen', visitingAddress: 'x'.repeat(301), openingHours: '' })).toEqual({
      name: { code: 'tooLong', max: 200 },
      phone: { code: 'phone' },
      email: { code: 'email' },
      visitingAddress: { code: 'tooLong', max: 300 },
    });
    expect(validateContact({ name: '', phone: '', email: '', visitingAddress: '', openingHours: '' })).toEqual({});
  });
});
