import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { municipalitiesListMunicipalities, type MunicipalityPublic } from '../client';
import { fakeSession } from '../test/fakes';
import { renderApp } from '../test/render';
import { MunicipalitiesPage } from './MunicipalitiesPage';

vi.mock('../client', () => ({ municipalitiesListMunicipalities: vi.fn() }));

type ListResult = Awaited<ReturnType<typeof municipalitiesListMunicipalities>>;

function respond(items: MunicipalityPublic[], total: number) {
  vi.mocked(municipalitiesListMunicipalities).mockResolvedValue({
    data: { items, total },
    error: undefined,
    request: new Request('http://onderdak.test/api/v1/municipalities'),
    response: new Response(null, { status: 200 }),
  } as ListResult);
}

const amsterdam = { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', safetyRegionCode: 'VR13', lat: 52.3676, lon: 4.9041 };
const rotterdam = { code: 'GM0599', name: 'Rotterdam', province: 'Zuid-Holland', safetyRegionCode: 'VR17', lat: 51.9225, lon: 4.47917 };

function renderPage(route = '/municipalities') {
  renderApp(<MunicipalitiesPage />, { session: fakeSession().session, route });
}

const lastQuery = () => vi.mocked(municipalitiesListMunicipalities).mock.lastCall?.[0]?.query;

describe('MunicipalitiesPage', () => {
  beforeEach(() => {
    vi.mocked(municipalitiesListMunicipalities).mockReset();
  });

  it('lists municipalities in a table with Dutch number formatting', async () => {
    respond([amsterdam, rotterdam], 2);
    renderPage();
    const table = await screen.findByRole('table', { name: 'Gemeenten, pagina 1 van 1' });
    const row = within(table).getByRole('row', { name: /Amsterdam/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Amsterdam');
    expect(row.textContent).toContain('52,3676');
    expect(screen.getByRole('status').textContent).toBe('2 gemeenten gevonden');
    expect(lastQuery()).toEqual({ limit: 25, offset: 0 });
  });

  it('searches by name', async () => {
    respond([amsterdam], 1);
    renderPage();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek op naam' }), 'Amster');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await vi.waitFor(() => expect(lastQuery()).toEqual({ limit: 25, offset: 0, q: 'Amster' }));
    expect((await screen.findByRole('status')).textContent).toBe('1 gemeente gevonden');
  });

  it('says when a search finds nothing', async () => {
    respond([], 0);
    renderPage('/municipalities?q=Atlantis');
    expect((await screen.findByText('Geen gemeenten gevonden voor “Atlantis”.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages through the list', async () => {
    respond([amsterdam], 60);
    renderPage();
    const pagination = await screen.findByRole('navigation', { name: 'Paginering' });
    expect(within(pagination).getByText('Pagina 1 van 3')).toBeDefined();
    const previous = within(pagination).getByRole('button', { name: 'Vorige' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(previous);
    expect(lastQuery()).toEqual({ limit: 25, offset: 0 });
    await userEvent.click(within(pagination).getByRole('button', { name: 'Volgende' }));
    await vi.waitFor(() => expect(lastQuery()).toEqual({ limit: 25, offset: 25 }));
    expect(await within(pagination).findByText('Pagina 2 van 3')).toBeDefined();
  });

  it('words a failure of the API in the interface language, with the request id', async () => {
    vi.mocked(municipalitiesListMunicipalities).mockResolvedValue({
      data: undefined,
      error: {
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The database is being upgraded.',
        requestId: 'req-42',
      },
      request: new Request('http://onderdak.test/api/v1/municipalities'),
      response: new Response(null, { status: 503 }),
    } as ListResult);
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De server is tijdelijk niet beschikbaar.');
    expect(alert.textContent).not.toContain('The database is being upgraded.');
    expect(alert.textContent).toContain('Noem bij een melding deze code: req-42');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeDefined();
  });
});
