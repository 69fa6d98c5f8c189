import { describe, expect, it } from 'vitest';
import { locationFilterFromParams, locationFilterToParams, locationListQuery } from './places';

const params = (query: string) => new URLSearchParams(query);

describe('location filters', () => {
  it('read from the URL, with name order and page 1 by default', () => {
    expect(locationFilterFromParams(params(''))).toEqual({ sort: 'name', page: 1 });
  });

  it('read every filter from the URL', () => {
    expect(locationFilterFromParams(params('status=open&kind=small_scale&smallScale=yes&minFreeBeds=2&sort=-freeBeds&page=3'))).toEqual({
      status: 'open',
      kind: 'small_scale',
      smallScale: true,
      minFreeBeds: 2,
      sort: '-freeBeds',
      page: 3,
    });
  });

  it('ignore values that are not valid choices', () => {
    expect(locationFilterFromParams(params('status=gone&kind=castle&smallScale=maybe&minFreeBeds=-1&sort=random&page=0'))).toEqual({
      sort: 'name',
      page: 1,
    });
  });

  it('read "large-scale only" as smallScale false, and 0 free beds as no filter', () => {
    expect(locationFilterFromParams(params('smallScale=no&minFreeBeds=0'))).toEqual({ smallScale: false, sort: 'name', page: 1 });
  });

  it('write only what differs from the defaults into the URL, and read back the same', () => {
    const filter = locationFilterFromParams(params('kind=hotel&smallScale=no&sort=capacity&page=2'));
    expect(locationFilterToParams(filter).toString()).toBe('kind=hotel&smallScale=no&sort=capacity&page=2');
    expect(locationFilterToParams({ sort: 'name', page: 1 }).toString()).toBe('');
  });

  it('become the API query parameters, with the page as limit and offset', () => {
    expect(locationListQuery(locationFilterFromParams(params('status=open&smallScale=yes&minFreeBeds=1&sort=-capacity&page=3')), 25)).toEqual({
      status: 'open',
      smallScale: true,
      minFreeBeds: 1,
      sort: '-capacity',
      limit: 25,
      offset: 50,
    });
    expect(locationListQuery(locationFilterFromParams(params('smallScale=no')), 25)).toEqual({ smallScale: false, sort: 'name', limit: 25, offset: 0 });
  });
});
