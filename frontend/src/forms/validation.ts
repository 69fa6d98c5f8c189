import type { FormEvent } from 'react';

/**
 * Checks the forms run before calling the API, mirroring the API's own rules so that most
 * mistakes are explained at once, next to their field. The API stays the judge: its field
 * errors are shown the same way.
 */

export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'wholeNumber'
  | 'latitude'
  | 'longitude'
  | 'email'
  | 'phone'
  | 'dateOrder'
  | 'languageCodes'
  | 'notInFuture'
  | 'notInPast'
  | 'noticePeriod';

export interface Invalid {
  code: ValidationCode;
  min?: number;
  max?: number;
}

/** What is wrong with which field; fields that are fine are absent. */
export type Invalids<Field extends string> = Partial<Record<Field, Invalid>>;

/** The Netherlands, as the API bounds coordinates. */
export const latitudeRange = { min: 50.5, max: 53.7 } as const;
export const longitudeRange = { min: 3.2, max: 7.3 } as const;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^[+0-9 ()-]{6,40}$/;
const languageCodePattern = /^[a-z]{2,3}$/;

/** A number typed into a field, or null when it is empty or not a number. */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

export function checkRequired(value: string, maxLength = 200): Invalid | undefined {
  if (value.trim() === '') return { code: 'required' };
  if (value.trim().length > maxLength) return { code: 'tooLong', max: maxLength };
  return undefined;
}

export function checkOptionalText(value: string, maxLength: number): Invalid | undefined {
  return value.trim().length > maxLength ? { code: 'tooLong', max: maxLength } : undefined;
}

export function checkWholeNumber(value: string, min: number, max: number): Invalid | undefined {
  const number = parseNumber(value);
  if (number === null || !Number.isInteger(number) || number < min || number > max) return { code: 'wholeNumber', min, max };
  return undefined;
}

export function checkCoordinate(value: string, axis: 'latitude' | 'longitude'): Invalid | undefined {
  const range = axis === 'latitude' ? latitudeRange : longitudeRange;
  const number = parseNumber(value);
  if (number === null || number < range.min || number > range.max) return { code: axis, ...range };
  return undefined;
}

export function checkEmail(value: string): Invalid | undefined {
  return value.trim() !== '' && !emailPattern.test(value.trim()) ? { code: 'email' } : undefined;
}

export function checkPhone(value: string): Invalid | undefined {
  return value.trim() !== '' && !phonePattern.test(value.trim()) ? { code: 'phone' } : undefined;
}

/** An end date before its start date; either may be empty. */
export function checkDateOrder(start: string, end: string): Invalid | undefined {
  return start && end && end < start ? { code: 'dateOrder' } : undefined;
}

export function checkNotInFuture(value: string, today: string): Invalid | undefined {
  return value && value > today ? { code: 'notInFuture' } : undefined;
}

export function checkLanguageCodes(codes: readonly string[]): Invalid | undefined {
  return codes.every((code) => languageCodePattern.test(code)) ? undefined : { code: 'languageCodes' };
}

/** Language codes typed as free text: "pl, de" → ["pl", "de"]. */
export function splitLanguageCodes(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

/** Only the checks that found something. */
export function collect<Field extends string>(checks: Record<Field, Invalid | undefined>): Invalids<Field> {
  return Object.fromEntries(Object.entries(checks).filter(([, invalid]) => invalid !== undefined)) as Invalids<Field>;
}

export function hasInvalids(invalids: object): boolean {
  return Object.keys(invalids).length > 0;
}

/**
 * A form's submit handler: nothing while it is sending; otherwise the draft is checked in the
 * browser first, what is invalid is shown and the first such field focused, and only a valid draft
 * is sent.
 */
export function validatedSubmit<Field extends string>(
  mutation: { isPending: boolean; reset: () => void },
  validate: () => Invalids<Field>,
  setInvalids: (found: Invalids<Field>) => void,
  focusFirstInvalid: () => void,
  send: () => void,
): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validate();
    setInvalids(found);
    if (hasInvalids(found)) {
      mutation.reset();
      focusFirstInvalid();
      return;
    }
    send();
  };
}

/** An optional text for the API: trimmed, or null when empty. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
