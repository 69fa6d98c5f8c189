import { describe, expect, it } from 'vitest';
import { arrivalDateProblem } from './arrival';

describe('arrival dates', () => {
  it('lie on or after the move date and not in the future', () => {
    expect(arrivalDateProblem('', '2026-04-06', '2026-04-10')).toBe('required');
    expect(arrivalDateProblem('2026-04-05', '2026-04-06', '2026-04-10')).toBe('beforeMove');
    expect(arrivalDateProblem('2026-04-11', '2026-04-06', '2026-04-10')).toBe('future');
    expect(arrivalDateProblem('2026-04-06', '2026-04-06', '2026-04-10')).toBeNull();
    expect(arrivalDateProblem('2026-04-10', '2026-04-06', '2026-04-10')).toBeNull();
  });
});
