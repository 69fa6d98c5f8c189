import type { IncidentClose, Outcome } from '../../client';
import { checkRequired, collect, type Invalids } from '../../forms/validation';

export interface CloseDraft {
  outcome: Outcome | '';
  note: string;
}

export type CloseField = keyof CloseDraft;

/** Closing needs an outcome and a note that says what was found or done. */
export function validateClose(draft: CloseDraft): Invalids<CloseField> {
  return collect({
    outcome: draft.outcome === '' ? { code: 'required' } : undefined,
    note: checkRequired(draft.note, 4000),
  });
}

export function closeBody(draft: CloseDraft): IncidentClose {
  return { outcome: draft.outcome === '' ? 'resolved' : draft.outcome, note: draft.note.trim() };
}

export const closeFieldPaths = { outcome: 'outcome', note: 'note' } as const satisfies Record<string, CloseField>;
