import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addTileBackground, escapeHtml, failedTilesBeforeFallback, showsGrid, tilesUnreachable } from './mapBackground';

const tiles = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

function tileLayerOf(map: L.Map): L.TileLayer | undefined {
  let found: L.TileLayer | undefined;
  map.eachLayer((layer) => {
    if (layer instanceof L.TileLayer) found = layer;
  });
  return found;
}

describe('tilesUnreachable', () => {
  it('gives up after several failed tiles when none loaded', () => {
    expect(tilesUnreachable(0, failedTilesBeforeFallback - 1)).toBe(false);
    expect(tilesUnreachable(0, failedTilesBeforeFallback)).toBe(true);
  });

  it('keeps a tile source that loaded tiles before some failed (a slow or patchy connection)', () => {
    expect(tilesUnreachable(1, 20)).toBe(false);
  });
});

describe('addTileBackground', () => {
  let map: L.Map;
  afterEach(() => map.remove());

  function newMap() {
    const container = document.createElement('div');
    document.body.append(container);
    map = L.map(container, { attributionControl: false, center: [52.1, 5.1], zoom: 7 });
    return map;
  }

  it('draws the tiles with their attribution, as text', () => {
    newMap();
    addTileBackground(map, tiles, 'Kaartgegevens © <b>Kadaster</b>', vi.fn());
    expect(tileLayerOf(map)?.getAttribution?.()).toBe(escapeHtml('Kaartgegevens © <b>Kadaster</b>'));
    const credits = map.getContainer().querySelector('.leaflet-control-attribution');
    expect(credits?.textContent).toBe('Kaartgegevens © <b>Kadaster</b>');
  });

  it('falls back to the grid once, when tiles keep failing', () => {
    newMap();
    const onUnreachable = vi.fn();
    addTileBackground(map, tiles, 'Kaartgegevens © Kadaster', onUnreachable);
    const layer = tileLayerOf(map)!;
    for (let i = 1; i < failedTilesBeforeFallback; i++) layer.fire('tileerror');
    expect(onUnreachable).not.toHaveBeenCalled();
    expect(map.hasLayer(layer)).toBe(true);

    layer.fire('tileerror');
    expect(onUnreachable).toHaveBeenCalledTimes(1);
    expect(map.hasLayer(layer)).toBe(false);
    expect(map.getContainer().querySelector('.leaflet-control-attribution')).toBeNull();
    layer.fire('tileerror');
    expect(onUnreachable).toHaveBeenCalledTimes(1);
  });

  it('keeps the tiles when one loaded before others failed', () => {
    newMap();
    const onUnreachable = vi.fn();
    addTileBackground(map, tiles, 'Kaartgegevens © Kadaster', onUnreachable);
    const layer = tileLayerOf(map)!;
    layer.fire('tileload');
    for (let i = 0; i < 10; i++) layer.fire('tileerror');
    expect(onUnreachable).not.toHaveBeenCalled();
    expect(map.hasLayer(layer)).toBe(true);
  });

  it('removes the tiles and attribution when the map no longer wants them', () => {
    newMap();
    const remove = addTileBackground(map, tiles, 'Kaartgegevens © Kadaster', vi.fn());
    remove();
    expect(tileLayerOf(map)).toBeUndefined();
    expect(map.getContainer().querySelector('.leaflet-control-attribution')).toBeNull();
  });
});

describe('showsGrid', () => {
  it('shows the grid until tiles have loaded, and without them', () => {
    expect(showsGrid('tiles')).toBe(false);
    expect(showsGrid('unreachable')).toBe(true);
    expect(showsGrid('none')).toBe(true);
    expect(showsGrid('pending')).toBe(true);
  });
});
