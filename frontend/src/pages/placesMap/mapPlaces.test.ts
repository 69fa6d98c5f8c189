import { describe, expect, it } from 'vitest';
import type { HostFamily } from '../../api/hostFamilies';
import type { ShelterLocation } from '../../api/places';
import { toMapPlaces } from './mapPlaces';

const location = (id: string, name: string, available: number) =>
  ({ id, name, available, municipalityCode: 'GM0344', lat: 52.1, lon: 5.1, suspended: false }) as ShelterLocation;
const host = (id: string, displayName: string, available: number) =>
  ({ id, displayName, available, municipalityCode: 'GM0363', lat: 52.37, lon: 4.89, suspended: true }) as HostFamily;

describe('toMapPlaces', () => {
  it('puts locations and host families in one list, most free beds first, then by name', () => {
    const places = toMapPlaces([location('a', 'Hotel', 2), location('b', 'Anker', 9)], [host('c', 'Familie Bos', 2)]);
    expect(places.map((place) => [place.type, place.name, place.freeBeds])).toEqual([
      ['location', 'Anker', 9],
      ['hostFamily', 'Familie Bos', 2],
      ['location', 'Hotel', 2],
    ]);
    expect(places[1]).toMatchObject({ key: 'host-c', municipalityCode: 'GM0363', suspended: true });
  });

  it('leaves out places whose beds filled up since the list was loaded', () => {
    expect(toMapPlaces([location('a', 'Vol', 0)], [])).toEqual([]);
  });
});
