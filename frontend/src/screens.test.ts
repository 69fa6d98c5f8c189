import { describe, expect, it } from 'vitest';
import { screensFor } from './screens';

const ids = (role: Parameters<typeof screensFor>[0]) => screensFor(role).map((screen) => screen.id);

describe('screensFor', () => {
  it('gives the desk its queue, matching, map, referrals and incident reports, and not the municipality screens', () => {
    expect(ids('desk')).toEqual(['requests', 'matching', 'placesMap', 'referrals', 'incidents', 'municipalities']);
  });

  it('gives a municipality its map, locations, initiatives and referrals', () => {
    expect(ids('municipality')).toEqual(['placesMap', 'locations', 'initiatives', 'referrals', 'municipalities']);
  });

  it('gives a partner its households, referrals and host families', () => {
    expect(ids('partner')).toEqual(['households', 'referrals', 'hostFamilies', 'municipalities']);
  });

  it('gives a host only their own offer', () => {
    expect(ids('host')).toEqual(['myOffer']);
  });

  it('gives an admin everything, including the audit log', () => {
    expect(ids('admin')).toEqual([
      'requests',
      'matching',
      'placesMap',
      'locations',
      'initiatives',
      'households',
      'referrals',
      'hostFamilies',
      'myOffer',
      'incidents',
      'municipalities',
      'auditLog',
    ]);
  });
});
