/** The tile server is configured per deployment; without one the markers sit on a plain background. */
export const tileUrl = import.meta.env.VITE_MAP_TILE_URL?.trim() || null;
export const tileAttribution = import.meta.env.VITE_MAP_TILE_ATTRIBUTION ?? '';
