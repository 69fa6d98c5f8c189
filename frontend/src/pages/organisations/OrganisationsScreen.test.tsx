import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  municipalitiesGetMunicipality,
  municipalitiesListMunicipalities,
  organisationsCreateOrganisation,
  organisationsGetOrganisation,
  organisationsListOrganisations,
  organisationsUpdateOrganisation,
  type OrganisationPublic,
} from '../../client';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { OrganisationsScreen } from './OrganisationsScreen';

vi.mock('../../api/auth', () => ({ fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({
  municipalitiesGetMunicipality: vi.fn(),
  municipalitiesListMunicipalities: vi.fn(),
  organisationsCreateOrganisation: vi.fn(),
  organisationsGetOrganisation: vi.fn(),
  organisationsListOrganisations: vi.fn(),
  organisationsUpdateOrganisation: vi.fn(),
}));

const utrecht: OrganisationPublic = { id: 'org-1', name: 'Gemeente Utrecht', kind: 'municipality', municipalityCode: 'GM0344', contact: null, twoFactorRequired: false, safetyRegionCodes: null };
const thuis: OrganisationPublic = { id: 'org-2', name: 'Stichting Thuis', kind: 'partner', municipalityCode: null, contact: null, twoFactorRequired: false, safetyRegionCodes: null };
const municipality = { code: 'GM0344', name: 'Utrecht', province: 'Utrecht', lat: 52.09, lon: 5.12 };

function renderScreen(route: string) {
  renderSignedIn(
    <Routes>
      <Route path="/organisations/*" element={<OrganisationsScreen />} />
    </Routes>,
    { role: 'admin', route },
  );
}

const lastListQuery = () => vi.mocked(organisationsListOrganisations).mock.lastCall?.[0]?.query;

describe('the organisations screen', () => {
  beforeEach(() => {
    vi.mocked(organisationsListOrganisations).mockReset().mockResolvedValue(sdkOk({ items: [utrecht, thuis], total: 2 }));
    vi.mocked(organisationsGetOrganisation).mockReset().mockResolvedValue(sdkOk(thuis));
    vi.mocked(organisationsCreateOrganisation).mockReset();
    vi.mocked(organisationsUpdateOrganisation).mockReset();
    vi.mocked(municipalitiesListMunicipalities).mockReset().mockResolvedValue(sdkOk({ items: [municipality], total: 1 }));
    vi.mocked(municipalitiesGetMunicipality).mockReset().mockResolvedValue(sdkOk(municipality));
  });

  it('lists organisations with their kind and municipality, and filters by name and kind', async () => {
    renderScreen('/organisations');
    const row = await screen.findByRole('row', { name: /Gemeente Utrecht/ });
    await vi.waitFor(() => expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Gemeente', 'Utrecht (GM0344)']));
    expect(within(screen.getByRole('row', { name: /Stichting Thuis/ })).getAllByRole('cell')[1]?.textContent).toBe('Niet ingevuld');
    await userEvent.type(screen.getByLabelText('Naam bevat'), 'thuis');
    await userEvent.selectOptions(screen.getByLabelText('Soort'), 'partner');
    await userEvent.click(screen.getByRole('button', { name: 'Filter toepassen' }));
    await vi.waitFor(() => expect(lastListQuery()).toEqual({ kind: 'partner', q: 'thuis', limit: 25, offset: 0 }));
  });

  it('registers an organisation, asking a municipality for its municipality', async () => {
    vi.mocked(organisationsCreateOrganisation).mockResolvedValue(sdkOk({ ...utrecht, id: 'org-3', name: 'Gemeente Zeist' }, 201));
    vi.mocked(organisationsGetOrganisation).mockResolvedValue(sdkOk({ ...utrecht, id: 'org-3', name: 'Gemeente Zeist' }));
    renderScreen('/organisations/new');
    await userEvent.type(await screen.findByLabelText('Naam'), 'Gemeente Zeist');
    await userEvent.selectOptions(screen.getByLabelText('Soort organisatie'), 'municipality');
    await userEvent.click(screen.getByRole('button', { name: 'Organisatie aanmelden' }));
    const field = screen.getByLabelText('Gemeente');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(organisationsCreateOrganisation).not.toHaveBeenCalled();
    await within(field).findByRole('option', { name: 'Utrecht (GM0344)' });
    await userEvent.selectOptions(field, 'GM0344');
    await userEvent.click(screen.getByRole('button', { name: 'Organisatie aanmelden' }));
    expect(await screen.findByText('De organisatie is aangemeld.')).toBeDefined();
    expect(vi.mocked(organisationsCreateOrganisation).mock.lastCall?.[0].body).toEqual({ name: 'Gemeente Zeist', kind: 'municipality', municipalityCode: 'GM0344' });
    expect(screen.getByRole('link', { name: 'Medewerkers van deze organisatie' }).getAttribute('href')).toBe('/users?organisationId=org-3');
  });

  it('explains at the kind why it cannot change, and sends only what changed', async () => {
    vi.mocked(organisationsUpdateOrganisation).mockResolvedValue(
      sdkProblem({
        status: 409,
        type: 'https://onderdak.nl/problems/kind-misfits-members',
        detail: 'Members with the role host do not belong in a operator organisation.',
      }),
    );
    renderScreen('/organisations/org-2/edit');
    const kind = await screen.findByLabelText('Soort organisatie');
    await userEvent.selectOptions(kind, 'operator');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(kind.getAttribute('aria-invalid')).toBe('true'));
    expect(kind.closest('.utrecht-form-field')?.textContent).toContain('Sommige medewerkers hebben een rol die niet past bij deze soort organisatie.');
    expect(vi.mocked(organisationsUpdateOrganisation).mock.lastCall?.[0]).toMatchObject({ path: { organisationId: 'org-2' }, body: { kind: 'operator' } });
  });
});
