import { describe, expect, it } from 'vitest';
import { emptyHostFamilyDraft, validateHostFamily, validateVetting, vettingBody, type VettingDraft } from './hostFamilyDraft';

const today = '2026-03-15';
const pending: VettingDraft = { status: 'pending', vogCheckedOn: '', homeVisitOn: '', referencesCheckedOn: '', idCheckedOn: '', expiresOn: '', note: '' };

describe('vetting rules', () => {
  it('"vetted" needs the VOG check and the home visit', () => {
    expect(validateVetting({ ...pending, status: 'vetted' }, today)).toEqual({
      vogCheckedOn: { code: 'required' },
      homeVisitOn: { code: 'required' },
    });
    expect(validateVetting({ ...pending, status: 'vetted', vogCheckedOn: '2026-03-01' }, today)).toEqual({ homeVisitOn: { code: 'required' } });
    expect(validateVetting({ ...pending, status: 'vetted', vogCheckedOn: '2026-03-01', homeVisitOn: '2026-03-10' }, today)).toEqual({});
  });

  it('references are optional, also for "vetted"', () => {
    expect(validateVetting({ ...pending, status: 'vetted', vogCheckedOn: today, homeVisitOn: today, referencesCheckedOn: '' }, today)).toEqual({});
  });

  it('other decisions need no checks', () => {
    for (const status of ['pending', 'rejected', 'suspended'] as const) expect(validateVetting({ ...pending, status }, today)).toEqual({});
  });

  it('checks cannot lie in the future', () => {
    expect(
      validateVetting({ ...pending, status: 'vetted', vogCheckedOn: '2026-03-16', homeVisitOn: today, referencesCheckedOn: '2026-04-01', idCheckedOn: '2026-03-20' }, today),
    ).toEqual({
      vogCheckedOn: { code: 'notInFuture' },
      referencesCheckedOn: { code: 'notInFuture' },
      idCheckedOn: { code: 'notInFuture' },
    });
  });

  it('the vetting cannot expire before the VOG was checked', () => {
    expect(validateVetting({ ...pending, status: 'vetted', vogCheckedOn: '2026-03-01', homeVisitOn: today, expiresOn: '2026-02-01' }, today)).toEqual({
      expiresOn: { code: 'dateOrder' },
    });
  });

  it('sends empty dates as null, so the API sets the expiry a year after the VOG check', () => {
    expect(vettingBody({ ...pending, status: 'vetted', vogCheckedOn: '2026-03-01', homeVisitOn: '2026-03-10', note: ' Paspoort gezien. ' })).toEqual({
      status: 'vetted',
      vogCheckedOn: '2026-03-01',
      homeVisitOn: '2026-03-10',
      referencesCheckedOn: null,
      idCheckedOn: null,
      expiresOn: null,
      note: 'Paspoort gezien.',
    });
  });
});

describe('host family offer', () => {
  const offer = { ...emptyHostFamilyDraft('GM0344'), displayName: 'Familie Jansen', lat: '52.1', lon: '5.1', beds: '3', availableFrom: '2026-04-01', availableUntil: '2026-09-01' };

  it('needs a name, place, beds within the limits and a window in order', () => {
    expect(validateHostFamily(offer)).toEqual({});
    expect(validateHostFamily({ ...offer, beds: '31', maxHouseholds: '6', availableUntil: '2026-03-01' })).toEqual({
      beds: { code: 'wholeNumber', min: 1, max: 30 },
      maxHouseholds: { code: 'wholeNumber', min: 1, max: 5 },
      availableUntil: { code: 'dateOrder' },
    });
  });

  it('leaves the longest window (about six months) to the API, which explains its own rule', () => {
    expect(validateHostFamily({ ...offer, availableUntil: '2027-04-01' })).toEqual({});
  });
});
