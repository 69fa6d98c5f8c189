import { describe, expect, it } from 'vitest';
import type { Role } from './api/auth';
import { screensFor } from './screens';

const ids = (role: Role, isOrganisationAdmin = false) => screensFor({ role, isOrganisationAdmin }).map((screen) => screen.id);

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

  it.each(['desk', 'municipality', 'partner'] as const)(
    'gives an organisation administrator of a %s their contact for households, users, API keys and audit log, not organisations or jobs',
    (role) => {
      const administered = ids(role, true).filter((id) => !ids(role).includes(id));
      expect(administered).toEqual(['organisationContact', 'users', 'apiKeys', 'auditLog']);
    },
  );

  it('gives a host no administration screens, even when marked as organisation administrator', () => {
    expect(ids('host', true)).toEqual(['myOffer']);
  });

  it('gives an admin everything, including organisations, the audit log and the jobs', () => {
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
      'organisations',
      'organisationContact',
      'users',
      'apiKeys',
      'auditLog',
      'jobs',
    ]);
  });
});
