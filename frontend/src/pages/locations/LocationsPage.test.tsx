import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { municipalitiesGetMunicipality, shelterLocationsListLocations, type ShelterLocationPublic } from '../../client';
import { fakeSession } from '../../test/fakes';
import { renderApp } from '../../test/render';
import { sdkOk } from '../../test/sdk';
import { LocationsPage } from './LocationsPage';

vi.mock('../../client', () => ({ shelterLocationsListLocations: vi.fn(), municipalitiesGetMunicipality: vi.fn() }));

const linde: ShelterLocationPublic = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'De Linde',
  kind: 'small_scale',
  municipalityCode: 'GM0344',
  address: 'Lindelaan 4, Utrecht',
  lat: 52.09,
  lon: 5.12,
  operatorOrganisationId: null,
  status: 'open',
  opensOn: null,
  closesOn: null,
  selfCatering: true,
  hasStaff: false,
  visitingRules: 'open',
  languagesSpoken: ['uk'],
  medicalSupportNearby: false,
  specialNeedsSchoolKm: null,
  contact: null,
  arrivalInstructions: null,
  capacity: 7,
  occupied: 2,
  available: 3,
  smallScale: true,
  suspended: true,
};

const lastQuery = () => vi.mocked(shelterLocationsListLocations).mock.lastCall?.[0]?.query;

function renderPage(route = '/shelter-locations') {
  renderApp(<LocationsPage />, { session: fakeSession().session, route });
}

describe('LocationsPage', () => {
  beforeEach(() => {
    vi.mocked(shelterLocationsListLocations).mockReset();
    vi.mocked(shelterLocationsListLocations).mockResolvedValue(sdkOk({ items: [linde], total: 1 }));
    vi.mocked(municipalitiesGetMunicipality).mockResolvedValue(sdkOk({ code: 'GM0344', name: 'Utrecht', province: 'Utrecht', lat: 52, lon: 5 }));
  });

  it('names the municipality, searches by text and sorts by a column header', async () => {
    renderPage('/shelter-locations?q=utr');
    const row = await screen.findByRole('row', { name: /De Linde/ });
    await within(row).findByText('Utrecht (GM0344)');
    expect(lastQuery()).toMatchObject({ q: 'utr', sort: 'name' });
    const nameHeader = screen.getByRole('columnheader', { name: /Naam/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(within(nameHeader).getByRole('button', { name: 'Sorteer op Naam' }));
    await vi.waitFor(() => expect(lastQuery()).toMatchObject({ q: 'utr', sort: '-name', offset: 0 }));
    expect(screen.getByRole('columnheader', { name: /Naam/ }).getAttribute('aria-sort')).toBe('descending');
    await userEvent.click(screen.getByRole('button', { name: 'Sorteer op Vrij' }));
    await vi.waitFor(() => expect(lastQuery()).toMatchObject({ sort: 'freeBeds' }));
  });

  it('lists locations with capacity, occupied and free beds, and their badges', async () => {
    renderPage();
    const row = await screen.findByRole('row', { name: /De Linde/ });
    await within(row).findByText('Utrecht (GM0344)');
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Utrecht (GM0344)',
      'Kleinschalige opvang',
      'Open',
      '7',
      '2',
      '3',
      'KleinschaligGeschorst',
    ]);
    expect(within(row).getByRole('link', { name: 'De Linde' }).getAttribute('href')).toBe(`/shelter-locations/${linde.id}`);
    expect(screen.getByText('1 locatie gevonden').getAttribute('role')).toBe('status');
    expect(lastQuery()).toEqual({ sort: 'name', limit: 25, offset: 0 });
  });

  it('turns the chosen filters into API query parameters', async () => {
    renderPage();
    await screen.findByRole('table');
    const filters = screen.getByRole('form', { name: 'Locaties filteren' });
    await userEvent.selectOptions(within(filters).getByLabelText('Status'), 'open');
    await userEvent.selectOptions(within(filters).getByLabelText('Soort'), 'small_scale');
    await userEvent.selectOptions(within(filters).getByLabelText('Omvang'), 'yes');
    await userEvent.type(within(filters).getByLabelText('Minimaal aantal vrije bedden'), '2');
    await userEvent.selectOptions(within(filters).getByLabelText('Sorteren op'), '-freeBeds');
    await userEvent.click(within(filters).getByRole('button', { name: 'Filter toepassen' }));
    await vi.waitFor(() =>
      expect(lastQuery()).toEqual({ status: 'open', kind: 'small_scale', smallScale: true, minFreeBeds: 2, sort: '-freeBeds', limit: 25, offset: 0 }),
    );
  });

  it('starts from the filters in the URL and can clear them', async () => {
    vi.mocked(shelterLocationsListLocations).mockResolvedValue(sdkOk({ items: [], total: 0 }));
    renderPage('/shelter-locations?smallScale=no&page=2');
    expect(await screen.findByText('Geen locaties gevonden met deze filters.')).toBeDefined();
    expect(lastQuery()).toEqual({ smallScale: false, sort: 'name', limit: 25, offset: 25 });
    expect((screen.getByLabelText('Omvang') as HTMLSelectElement).value).toBe('no');
    await userEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await vi.waitFor(() => expect(lastQuery()).toEqual({ sort: 'name', limit: 25, offset: 0 }));
  });
});
