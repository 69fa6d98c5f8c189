import type { HostFamily } from '../../api/hostFamilies';
import type { ShelterLocation } from '../../api/places';

/** A place with free beds, as the map and its table show it. */
export interface MapPlace {
  /** Unique across both kinds of place. */
  key: string;
  type: 'location' | 'hostFamily';
  id: string;
  name: string;
  municipalityCode: string;
  lat: number;
  lon: number;
  freeBeds: number;
  suspended: boolean;
  location?: ShelterLocation;
  hostFamily?: HostFamily;
}

/** Shelter locations and host families as one list of places, most free beds first. */
export function toMapPlaces(locations: readonly ShelterLocation[], hostFamilies: readonly HostFamily[]): MapPlace[] {
  const places: MapPlace[] = [
    ...locations.map((location) => ({
      key: `location-${location.id}`,
      type: 'location' as const,
      id: location.id,
      name: location.name,
      municipalityCode: location.municipalityCode,
      lat: location.lat,
      lon: location.lon,
      freeBeds: location.available,
      suspended: location.suspended,
      location,
    })),
    ...hostFamilies.map((hostFamily) => ({
      key: `host-${hostFamily.id}`,
      type: 'hostFamily' as const,
      id: hostFamily.id,
      name: hostFamily.displayName,
      municipalityCode: hostFamily.municipalityCode,
      lat: hostFamily.lat,
      lon: hostFamily.lon,
      freeBeds: hostFamily.available,
      suspended: hostFamily.suspended,
      hostFamily,
    })),
  ];
  return places.filter((place) => place.freeBeds > 0).sort((a, b) => b.freeBeds - a.freeBeds || a.name.localeCompare(b.name));
}
