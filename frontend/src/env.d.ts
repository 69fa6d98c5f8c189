/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Map tiles, e.g. `https://tiles.example.nl/{z}/{x}/{y}.png`; without it the map has a plain background. */
  readonly VITE_MAP_TILE_URL?: string;
  /** The attribution the tile provider requires, as HTML. */
  readonly VITE_MAP_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
