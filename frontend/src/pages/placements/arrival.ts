export const maxNoShowReasonLength = 1000;

/**
 * Why a check-in or no-show date cannot be (the API's rule, explained at the field): it is empty,
 * lies before the planned move date, or in the future.
 */
export function arrivalDateProblem(on: string, moveOn: string, today: string): 'required' | 'beforeMove' | 'future' | null {
  if (!on) return 'required';
  if (on < moveOn) return 'beforeMove';
  if (on > today) return 'future';
  return null;
}
