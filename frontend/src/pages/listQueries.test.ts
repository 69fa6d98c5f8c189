import { describe, expect, it } from 'vitest';
import { hostFamilyListQuery } from './hostFamilies/HostFamiliesPage';
import { householdListQuery } from './households/HouseholdsPage';
import { incidentListQuery } from './incidents/IncidentsPage';
import { initiativeListQuery } from './initiatives/InitiativesPage';

const params = (query: string) => new URLSearchParams(query);

describe('list filters in the URL become API query parameters', () => {
  it('initiatives: the stage, when it is one', () => {
    expect(initiativeListQuery(params('stage=permits&page=2'))).toEqual({ stage: 'permits', limit: 25, offset: 25 });
    expect(initiativeListQuery(params('stage=dreaming'))).toEqual({ limit: 25, offset: 0 });
  });

  it('host families: vetted or not, and the order', () => {
    expect(hostFamilyListQuery(params('vetted=yes&sort=availableUntil'))).toEqual({ vetted: true, sort: 'availableUntil', limit: 25, offset: 0 });
    expect(hostFamilyListQuery(params('vetted=no&sort=sideways&page=3'))).toEqual({ vetted: false, sort: 'displayName', limit: 25, offset: 50 });
    expect(hostFamilyListQuery(params('q=%20utrecht%20&sort=-freeBeds'))).toEqual({ q: 'utrecht', sort: '-freeBeds', limit: 25, offset: 0 });
  });

  it('households: the search and a column order, newest first otherwise', () => {
    expect(householdListQuery(params('q=hh-7&sort=-size'))).toEqual({ q: 'hh-7', sort: '-size', limit: 200, offset: 0 });
    expect(householdListQuery(params('q=%20&sort=sideways'))).toEqual({ sort: '-createdAt', limit: 200, offset: 0 });
  });

  it('incidents: open ones unless asked otherwise', () => {
    expect(incidentListQuery(params(''))).toEqual({ status: 'open', limit: 25, offset: 0 });
    expect(incidentListQuery(params('status=closed'))).toEqual({ status: 'closed', limit: 25, offset: 0 });
    expect(incidentListQuery(params('status=all'))).toEqual({ limit: 25, offset: 0 });
  });
});
