import { queryOptions } from '@tanstack/react-query';
import { mapSettingsGetMapSettings, type MapSettings } from '../client';
import { unwrap } from './result';

export type { MapSettings };

/** The map background the server is configured with (it also decides the CSP's image origin). */
export function mapSettingsQuery() {
  return queryOptions({
    queryKey: ['map-settings'],
    queryFn: () => unwrap(mapSettingsGetMapSettings()),
    // A deployment's setting: it changes with a restart, not during a working day.
    staleTime: Infinity,
  });
}
