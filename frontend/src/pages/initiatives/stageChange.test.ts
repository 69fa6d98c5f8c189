import { describe, expect, it } from 'vitest';
import { emptyStageChange, nextStageChoices, stageChangeBody, validateStageChange } from './stageChange';

describe('stage changes', () => {
  it('offer the allowed stages in pipeline order, abandoning last', () => {
    expect(nextStageChoices(['abandoned', 'permits'])).toEqual(['permits', 'abandoned']);
    expect(nextStageChoices([])).toEqual([]);
  });

  it('need only an optional note for most stages', () => {
    const draft = emptyStageChange('permits', null);
    expect(validateStageChange(draft)).toEqual({});
    expect(stageChangeBody({ ...draft, note: '  Aanvraag ingediend ' })).toEqual({ stage: 'permits', note: 'Aanvraag ingediend' });
  });

  it('opening in a new location needs an address and coordinates in the Netherlands', () => {
    const draft = emptyStageChange('open', null);
    expect(draft.openingPlace).toBe('new');
    expect(validateStageChange(draft)).toEqual({
      address: { code: 'required' },
      lat: { code: 'latitude', min: 50.5, max: 53.7 },
      lon: { code: 'longitude', min: 3.2, max: 7.3 },
    });
    expect(stageChangeBody({ ...draft, address: 'Boerderijweg 8', lat: '52,1', lon: '5.1' })).toEqual({
      stage: 'open',
      note: null,
      address: 'Boerderijweg 8',
      lat: 52.1,
      lon: 5.1,
    });
  });

  it('opening in an existing location needs that location', () => {
    const draft = { ...emptyStageChange('open', null), openingPlace: 'existing' as const };
    expect(validateStageChange(draft)).toEqual({ shelterLocationId: { code: 'required' } });
    expect(stageChangeBody({ ...draft, shelterLocationId: 'loc-1' })).toEqual({ stage: 'open', note: null, shelterLocationId: 'loc-1' });
  });

  it('opening an initiative that has its location already needs nothing more', () => {
    const draft = emptyStageChange('open', 'loc-1');
    expect(draft.openingPlace).toBe('linked');
    expect(validateStageChange(draft)).toEqual({});
    expect(stageChangeBody(draft)).toEqual({ stage: 'open', note: null });
  });
});
