import type { FormEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { checkCoordinate, checkDateOrder, checkLanguageCodes, checkPhone, checkWholeNumber, parseNumber, splitLanguageCodes, validatedSubmit, type Invalids } from './validation';

describe('form checks', () => {
  it('read numbers with a decimal comma or point, and nothing else', () => {
    expect(parseNumber('52,0907')).toBe(52.0907);
    expect(parseNumber(' 5.12 ')).toBe(5.12);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('vijf')).toBeNull();
  });

  it('want whole numbers within bounds', () => {
    expect(checkWholeNumber('4', 1, 1000)).toBeUndefined();
    expect(checkWholeNumber('2.5', 1, 1000)).toEqual({ code: 'wholeNumber', min: 1, max: 1000 });
    expect(checkWholeNumber('0', 1, 1000)).toEqual({ code: 'wholeNumber', min: 1, max: 1000 });
  });

  it('keep coordinates within the Netherlands, as the API does', () => {
    expect(checkCoordinate('52.09', 'latitude')).toBeUndefined();
    expect(checkCoordinate('48.85', 'latitude')).toEqual({ code: 'latitude', min: 50.5, max: 53.7 });
    expect(checkCoordinate('', 'longitude')).toEqual({ code: 'longitude', min: 3.2, max: 7.3 });
  });

  it('accept the phone numbers and language codes the API accepts', () => {
    expect(checkPhone('+31 (0)30-123 4567')).toBeUndefined();
    expect(checkPhone('call me')).toEqual({ code: 'phone' });
    expect(splitLanguageCodes('PL, de;  ar')).toEqual(['pl', 'de', 'ar']);
    expect(checkLanguageCodes(['uk', 'nl'])).toBeUndefined();
    expect(checkLanguageCodes(['polish'])).toEqual({ code: 'languageCodes' });
  });

  it('compare dates only when both are given', () => {
    expect(checkDateOrder('2026-05-01', '')).toBeUndefined();
    expect(checkDateOrder('2026-05-01', '2026-05-01')).toBeUndefined();
    expect(checkDateOrder('2026-05-01', '2026-04-30')).toEqual({ code: 'dateOrder' });
  });
});

describe('validatedSubmit', () => {
  function submit(busy: boolean, found: Invalids<'name'>) {
    const calls: string[] = [];
    const handler = validatedSubmit(
      { isPending: busy, reset: () => calls.push('reset') },
      () => found,
      (invalids) => calls.push(`invalids:${Object.keys(invalids).join(',')}`),
      () => calls.push('focus'),
      () => calls.push('send'),
    );
    let prevented = false;
    handler({ preventDefault: () => (prevented = true) } as unknown as FormEvent<HTMLFormElement>);
    return { calls, prevented };
  }

  it('sends a valid draft, never while sending, and focuses the first invalid field instead', () => {
    expect(submit(false, {})).toEqual({ calls: ['invalids:', 'send'], prevented: true });
    expect(submit(true, {})).toEqual({ calls: [], prevented: true });
    expect(submit(false, { name: { code: 'required' } })).toEqual({ calls: ['invalids:name', 'reset', 'focus'], prevented: true });
  });
});
