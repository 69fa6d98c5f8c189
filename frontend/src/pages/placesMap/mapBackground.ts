import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { mapSettingsQuery } from '../../api/mapSettings';

/**
 * What a map is drawn on: `pending` while the setting loads, `none` without a tile source, `tiles`
 * while tiles load, `unreachable` once the tile source failed: the last two fall back to the plain grid.
 */
export type MapBackground = 'pending' | 'none' | 'tiles' | 'unreachable';

/** Several failed tiles and not one loaded: the tile server cannot be reached (offline, blocked). */
export const failedTilesBeforeFallback = 3;

export function tilesUnreachable(loaded: number, failed: number): boolean {
  return loaded === 0 && failed >= failedTilesBeforeFallback;
}

/** Leaflet writes attributions as HTML; a configured text is shown as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Puts the tiles (and their attribution) under the map. When tiles keep failing before any loaded,
 * takes them away again and calls `onUnreachable` once. Returns the function that removes them.
 */
export function addTileBackground(map: L.Map, tileUrl: string, attribution: string, onUnreachable: () => void): () => void {
  const credits = L.control.attribution({ prefix: false }).addTo(map);
  const layer = L.tileLayer(tileUrl, { attribution: escapeHtml(attribution), maxZoom: 19 });
  let loaded = 0;
  let failed = 0;
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    layer.remove();
    credits.remove();
  };
  layer.on('tileload', () => {
    loaded += 1;
  });
  layer.on('tileerror', () => {
    failed += 1;
    if (!removed && tilesUnreachable(loaded, failed)) {
      remove();
      onUnreachable();
    }
  });
  layer.addTo(map);
  return remove;
}

/** The configured tiles under `map` (once it exists), and what the map is drawn on. */
export function useTileBackground(map: L.Map | null): MapBackground {
  const settings = useQuery(mapSettingsQuery());
  const tileUrl = settings.data?.tileUrl ?? null;
  const attribution = settings.data?.attribution ?? '';
  const [failedUrl, setFailedUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!map || !tileUrl) return;
    return addTileBackground(map, tileUrl, attribution, () => setFailedUrl(tileUrl));
  }, [map, tileUrl, attribution]);

  if (settings.isPending) return 'pending';
  if (settings.isError) return 'unreachable';
  if (!tileUrl) return 'none';
  return failedUrl === tileUrl ? 'unreachable' : 'tiles';
}

/** The plain grid shows while there are no tiles (and while they are being fetched). */
export function showsGrid(background: MapBackground): boolean {
  return background !== 'tiles';
}
