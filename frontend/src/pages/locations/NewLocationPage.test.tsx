import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  municipalitiesGetMunicipality,
  organisationsGetOrganisation,
  shelterLocationsCreateLocation,
  shelterLocationsCreateUnit,
} from '../../client';
import { renderSignedIn } from '../../test/render';
import { sdkOk, sdkProblem } from '../../test/sdk';
import { NewLocationPage } from './NewLocationPage';

vi.mock('../../api/auth', () => ({ requestTokens: vi.fn(), fetchCurrentUser: vi.fn() }));
vi.mock('../../client', () => ({
  organisationsGetOrganisation: vi.fn(),
  municipalitiesGetMunicipality: vi.fn(),
  shelterLocationsCreateLocation: vi.fn(),
  shelterLocationsCreateUnit: vi.fn(),
}));

const created = { id: 'loc-1', name: 'De Linde' };

function renderForm() {
  renderSignedIn(
    <Routes>
      <Route path="/shelter-locations/new" element={<NewLocationPage />} />
      <Route path="/shelter-locations/:locationId" element={<p>Location page</p>} />
    </Routes>,
    { role: 'municipality', route: '/shelter-locations/new' },
  );
}

const next = () => userEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));

async function fillBasics() {
  await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 4: Wat en waar' });
  await userEvent.type(screen.getByLabelText('Naam van de locatie'), 'De Linde');
  await userEvent.type(screen.getByLabelText('Adres'), 'Lindelaan 4, Utrecht');
  await userEvent.click(screen.getByRole('button', { name: 'Gebruik het midden van de gemeente' }));
  await screen.findByText('Het midden van Utrecht is ingevuld.');
}

describe('NewLocationPage', () => {
  beforeEach(() => {
    vi.mocked(organisationsGetOrganisation).mockResolvedValue(sdkOk({ id: 'org', name: 'Gemeente Utrecht', kind: 'municipality', municipalityCode: 'GM0344' }));
    vi.mocked(municipalitiesGetMunicipality).mockResolvedValue(sdkOk({ code: 'GM0344', name: 'Utrecht', province: 'Utrecht', lat: 52.0907, lon: 5.1214 }));
    vi.mocked(shelterLocationsCreateLocation).mockReset();
    vi.mocked(shelterLocationsCreateUnit).mockReset();
  });

  it('registers in the municipality of the user, small-scale by default', async () => {
    renderForm();
    await screen.findByText('Utrecht (GM0344)');
    expect((screen.getByLabelText('Soort locatie') as HTMLSelectElement).value).toBe('small_scale');
  });

  it('does not go on while a required field is empty, and focuses the first', async () => {
    renderForm();
    await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 4: Wat en waar' });
    await next();
    const name = screen.getByLabelText('Naam van de locatie');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(screen.getAllByText('Dit is verplicht.')).toHaveLength(2);
    expect(screen.getByText(/Vul een breedtegraad in Nederland in, van 50,5 tot 53,7/)).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Stap 1 van 4: Wat en waar' })).toBeDefined();
  });

  it('goes through the steps, keeps what was typed, and registers the location and its units', async () => {
    vi.mocked(shelterLocationsCreateLocation).mockResolvedValue(sdkOk(created, 201));
    vi.mocked(shelterLocationsCreateUnit).mockResolvedValue(sdkOk({ id: 'unit-1' }, 201));
    renderForm();
    await fillBasics();
    await next();
    const practical = await screen.findByRole('heading', { level: 2, name: 'Stap 2 van 4: Praktische zaken' });
    expect(document.activeElement).toBe(practical);
    await userEvent.click(screen.getByLabelText('Oekraïens'));
    await userEvent.click(screen.getByRole('button', { name: 'Vorige stap' }));
    expect((await screen.findByLabelText('Naam van de locatie') as HTMLInputElement).value).toBe('De Linde');
    await next();
    await next();
    await screen.findByRole('heading', { level: 2, name: 'Stap 3 van 4: Eerste eenheden' });
    await userEvent.type(screen.getByLabelText('Naam van de eenheid'), 'Woning 1');
    await userEvent.type(screen.getByLabelText('Aantal bedden'), '4');
    await next();
    await screen.findByRole('heading', { level: 2, name: 'Stap 4 van 4: Controleren' });
    expect(screen.getByRole('rowheader', { name: 'Woning 1' })).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Locatie aanmelden' }));

    expect(await screen.findByText('Location page')).toBeDefined();
    expect(vi.mocked(shelterLocationsCreateLocation).mock.lastCall?.[0]?.body).toMatchObject({
      name: 'De Linde',
      kind: 'small_scale',
      municipalityCode: 'GM0344',
      lat: 52.0907,
      lon: 5.1214,
      languagesSpoken: ['uk'],
      arrivalInstructions: null,
    });
    expect(vi.mocked(shelterLocationsCreateUnit).mock.lastCall?.[0]).toMatchObject({
      path: { locationId: 'loc-1' },
      body: { name: 'Woning 1', beds: 4, maxHouseholds: 1, status: 'available' },
    });
  });

  it('shows a field error from the API next to its field, on the step that has it', async () => {
    vi.mocked(shelterLocationsCreateLocation).mockResolvedValue(
      sdkProblem({
        status: 400,
        detail: 'The request is not valid; see errors.',
        errors: [{ field: 'address', message: 'String should have at most 300 characters' }],
      }),
    );
    renderForm();
    await fillBasics();
    await next();
    await next();
    await screen.findByRole('heading', { level: 2, name: 'Stap 3 van 4: Eerste eenheden' });
    await userEvent.click(screen.getByRole('button', { name: 'Eenheid 1 verwijderen' }));
    await next();
    await userEvent.click(await screen.findByRole('button', { name: 'Locatie aanmelden' }));

    await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 4: Wat en waar' });
    const message = screen.getByText('Gebruik hoogstens 300 tekens.');
    expect(screen.getByLabelText('Adres').getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByRole('alert').textContent).toContain('De locatie is niet aangemeld.');
    expect(shelterLocationsCreateUnit).not.toHaveBeenCalled();
  });
});
