import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { mapSettingsGetMapSettings } from '../../client';
import { sdkOk, sdkProblem } from '../../test/sdk';
import PlacesMap from './PlacesMap';
import { failedTilesBeforeFallback } from './mapBackground';
import type { MapPlace } from './mapPlaces';

vi.mock('../../client', () => ({ mapSettingsGetMapSettings: vi.fn() }));

const pdok = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
const place: MapPlace = { key: 'location-1', type: 'location', id: '1', name: 'Hotel De Linde', municipalityCode: 'GM0344', lat: 52.09, lon: 5.12, freeBeds: 4, suspended: false };

function renderMap() {
  const tileLayers: L.TileLayer[] = [];
  const original = L.TileLayer.prototype.onAdd;
  vi.spyOn(L.TileLayer.prototype, 'onAdd').mockImplementation(function (this: L.TileLayer, map: L.Map) {
    tileLayers.push(this);
    return original.call(this, map);
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <PlacesMap places={[place]} label="Kaart van plekken met vrije bedden" describe={(p) => `${p.name}: ${p.freeBeds} vrije bedden`} />
    </QueryClientProvider>,
  );
  return tileLayers;
}

describe('PlacesMap', () => {
  it('draws on the configured tiles and says nothing while they load', async () => {
    vi.mocked(mapSettingsGetMapSettings).mockResolvedValue(sdkOk({ tileUrl: pdok, attribution: 'Kaartgegevens © Kadaster' }));
    const tileLayers = renderMap();
    const map = screen.getByRole('region', { name: 'Kaart van plekken met vrije bedden' });
    await vi.waitFor(() => expect(tileLayers).toHaveLength(1));
    expect(map.className).not.toContain('app-map--plain');
    expect(await screen.findByText('Kaartgegevens © Kadaster')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Hotel De Linde: 4 vrije bedden' })).toBeTruthy();
  });

  it('falls back to the grid, and says so, when the tile server cannot be reached', async () => {
    vi.mocked(mapSettingsGetMapSettings).mockResolvedValue(sdkOk({ tileUrl: pdok, attribution: 'Kaartgegevens © Kadaster' }));
    const tileLayers = renderMap();
    await vi.waitFor(() => expect(tileLayers).toHaveLength(1));
    const [layer] = tileLayers;
    act(() => {
      for (let i = 0; i < failedTilesBeforeFallback; i++) layer?.fire('tileerror');
    });
    expect(screen.getByRole('status').textContent).toContain('De kaartachtergrond kon niet worden geladen');
    expect(screen.getByRole('region', { name: 'Kaart van plekken met vrije bedden' }).className).toContain('app-map--plain');
    expect(screen.queryByText('Kaartgegevens © Kadaster')).toBeNull();
    expect(screen.getByRole('button', { name: 'Hotel De Linde: 4 vrije bedden' })).toBeTruthy();
  });

  it('shows the grid without a tile source', async () => {
    vi.mocked(mapSettingsGetMapSettings).mockResolvedValue(sdkOk({ tileUrl: null, attribution: '' }));
    const tileLayers = renderMap();
    expect(await screen.findByText(/Er is geen kaartachtergrond ingesteld/)).toBeTruthy();
    expect(tileLayers).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Kaart van plekken met vrije bedden' }).className).toContain('app-map--plain');
  });

  it('shows the grid when the setting cannot be read', async () => {
    vi.mocked(mapSettingsGetMapSettings).mockResolvedValue(sdkProblem({ status: 503 }));
    renderMap();
    expect(await screen.findByText(/De kaartachtergrond kon niet worden geladen/)).toBeTruthy();
  });
});
