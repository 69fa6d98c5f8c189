import type { Invalids } from '../../forms/validation';
import {
  basicsFields,
  validateBasics,
  validatePractical,
  validateUnit,
  type LocationDraft,
  type LocationField,
  type UnitDraft,
  type UnitField,
} from './locationDraft';

/** The steps of registering a location: what and where, practical matters, first units, review. */
export const steps = ['basics', 'practical', 'units', 'review'] as const;
export type Step = (typeof steps)[number];

export interface StepInvalids {
  location: Invalids<LocationField>;
  /** One entry per unit, in order. */
  units: Array<Invalids<UnitField>>;
}

/** What is wrong in the fields of one step; the review step checks everything once more. */
export function validateStep(step: Step, location: LocationDraft, units: readonly UnitDraft[]): StepInvalids {
  const none = units.map(() => ({}));
  switch (step) {
    case 'basics':
      return { location: validateBasics(location), units: none };
    case 'practical':
      return { location: validatePractical(location), units: none };
    case 'units':
      return { location: {}, units: units.map(validateUnit) };
    case 'review':
      return { location: { ...validateBasics(location), ...validatePractical(location) }, units: units.map(validateUnit) };
  }
}

export function isValid(invalids: StepInvalids): boolean {
  return Object.keys(invalids.location).length === 0 && invalids.units.every((unit) => Object.keys(unit).length === 0);
}

/** The step that shows a location field. */
export function stepOfField(field: LocationField): Step {
  return (basicsFields as readonly string[]).includes(field) ? 'basics' : 'practical';
}

/** The first step with a field that has an error: where the user is sent to fix it. */
export function firstStepWithError(location: object, units: readonly object[]): Step | undefined {
  const fields = Object.keys(location) as LocationField[];
  if (fields.some((field) => stepOfField(field) === 'basics')) return 'basics';
  if (fields.length > 0) return 'practical';
  if (units.some((unit) => Object.keys(unit).length > 0)) return 'units';
  return undefined;
}
