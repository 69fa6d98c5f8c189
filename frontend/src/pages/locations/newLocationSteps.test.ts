import { describe, expect, it } from 'vitest';
import { emptyLocationDraft, emptyUnitDraft, locationCreateBody, type LocationDraft } from './locationDraft';
import { firstStepWithError, isValid, validateStep } from './newLocationSteps';

const filled: LocationDraft = {
  ...emptyLocationDraft('GM0344'),
  name: 'De Linde',
  address: 'Lindelaan 4, Utrecht',
  lat: '52,0907',
  lon: '5.1214',
};
const unit = { ...emptyUnitDraft(), name: 'Woning 1', beds: '4' };

describe('the steps of registering a location', () => {
  it('step 1 needs a name, address and coordinates within the Netherlands', () => {
    const found = validateStep('basics', emptyLocationDraft('GM0344'), []);
    expect(Object.keys(found.location).sort()).toEqual(['address', 'lat', 'lon', 'name']);
    expect(found.location.lat).toEqual({ code: 'latitude', min: 50.5, max: 53.7 });
    expect(validateStep('basics', { ...filled, lon: '13.4' }, []).location).toEqual({ lon: { code: 'longitude', min: 3.2, max: 7.3 } });
    expect(isValid(validateStep('basics', filled, []))).toBe(true);
  });

  it('step 1 does not judge fields of later steps', () => {
    expect(isValid(validateStep('basics', { ...filled, contactEmail: 'not-an-address' }, [emptyUnitDraft()]))).toBe(true);
  });

  it('step 2 checks the dates are in order and the contact can be reached', () => {
    const found = validateStep('practical', { ...filled, opensOn: '2026-06-01', closesOn: '2026-05-01', contactEmail: 'nope', contactPhone: '12' }, []);
    expect(found.location).toEqual({ closesOn: { code: 'dateOrder' }, contactEmail: { code: 'email' }, contactPhone: { code: 'phone' } });
  });

  it('step 3 checks each unit, and allows none', () => {
    const found = validateStep('units', filled, [unit, { ...emptyUnitDraft(), beds: '0' }]);
    expect(found.units).toEqual([{}, { name: { code: 'required' }, beds: { code: 'wholeNumber', min: 1, max: 1000 } }]);
    expect(isValid(validateStep('units', filled, []))).toBe(true);
  });

  it('the review checks everything once more and sends the user to the first step with a problem', () => {
    const found = validateStep('review', { ...filled, name: '', contactEmail: 'nope' }, [{ ...unit, beds: '' }]);
    expect(firstStepWithError(found.location, found.units)).toBe('basics');
    const later = validateStep('review', { ...filled, contactEmail: 'nope' }, [{ ...unit, beds: '' }]);
    expect(firstStepWithError(later.location, later.units)).toBe('practical');
    const unitsOnly = validateStep('review', filled, [{ ...unit, beds: '' }]);
    expect(firstStepWithError(unitsOnly.location, unitsOnly.units)).toBe('units');
    expect(firstStepWithError({}, [{}])).toBeUndefined();
  });

  it('the location is sent with numbers as numbers and empty optional fields as null', () => {
    expect(locationCreateBody(filled)).toEqual({
      name: 'De Linde',
      kind: 'small_scale',
      municipalityCode: 'GM0344',
      address: 'Lindelaan 4, Utrecht',
      lat: 52.0907,
      lon: 5.1214,
      status: 'planned',
      opensOn: null,
      closesOn: null,
      selfCatering: true,
      hasStaff: false,
      visitingRules: 'open',
      languagesSpoken: [],
      arrivalInstructions: null,
      contact: null,
    });
  });
});
