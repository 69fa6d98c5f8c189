import { describe, expect, it } from 'vitest';
import { addDays, emptyOffer, offerBody, validateOffer } from './offerDraft';

describe('offer draft', () => {
  it('defaults the move date to the earliest the notice period allows', () => {
    expect(emptyOffer('2026-03-30').moveOn).toBe('2026-04-06');
    expect(emptyOffer('2026-03-30', '2026-04-10').moveOn).toBe('2026-04-10');
    expect(emptyOffer('2026-03-30', '2026-03-31').moveOn).toBe('2026-04-06');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('refuses a move inside the notice period unless an emergency overrides it with a reason', () => {
    const soon = { moveOn: '2026-04-01', overrideNotice: false, noticeOverrideReason: '' };
    expect(validateOffer(soon, 'normal', '2026-03-30')).toEqual({ moveOn: { code: 'noticePeriod', min: 7 } });
    expect(validateOffer({ ...soon, overrideNotice: true }, 'normal', '2026-03-30')).toEqual({ moveOn: { code: 'noticePeriod', min: 7 } });
    expect(validateOffer({ ...soon, overrideNotice: true }, 'emergency', '2026-03-30')).toEqual({ noticeOverrideReason: { code: 'required' } });
    expect(validateOffer({ ...soon, overrideNotice: true, noticeOverrideReason: 'Onveilig' }, 'emergency', '2026-03-30')).toEqual({});
    expect(validateOffer({ ...soon, moveOn: '2026-03-29' }, 'emergency', '2026-03-30')).toEqual({ moveOn: { code: 'notInPast' } });
    expect(validateOffer({ ...soon, moveOn: '' }, 'normal', '2026-03-30')).toEqual({ moveOn: { code: 'required' } });
  });

  it('sends the override reason only for an emergency that overrides', () => {
    const draft = { moveOn: '2026-04-01', overrideNotice: true, noticeOverrideReason: ' Onveilig ' };
    expect(offerBody(draft, 'host_family', 'h-1', 'emergency')).toEqual({ placeType: 'host_family', placeId: 'h-1', moveOn: '2026-04-01', noticeOverrideReason: 'Onveilig' });
    expect(offerBody(draft, 'host_family', 'h-1', 'high')).toEqual({ placeType: 'host_family', placeId: 'h-1', moveOn: '2026-04-01' });
  });
});
