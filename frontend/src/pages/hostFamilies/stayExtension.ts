import type { StayExtensionCreate } from '../../client';
import { checkRequired, collect, type Invalids } from '../../forms/validation';

export interface StayExtensionDraft {
  plannedEndOn: string;
  reason: string;
}

export type StayExtensionField = keyof StayExtensionDraft;

export const maxReasonLength = 1000;

/** A longer stay: a later end than the current one, and always a reason (it goes on the timeline). */
export function validateStayExtension(draft: StayExtensionDraft, currentEnd: string | null): Invalids<StayExtensionField> {
  return collect({
    plannedEndOn: checkRequired(draft.plannedEndOn) ?? (currentEnd && draft.plannedEndOn <= currentEnd ? { code: 'dateOrder' } : undefined),
    reason: checkRequired(draft.reason, maxReasonLength),
  });
}

export function stayExtensionBody(draft: StayExtensionDraft): StayExtensionCreate {
  return { plannedEndOn: draft.plannedEndOn, reason: draft.reason.trim() };
}

export const stayExtensionFieldPaths = { plannedEndOn: 'plannedEndOn', reason: 'reason' } as const satisfies Record<string, StayExtensionField>;

export const stayExtensionCodeFields: Readonly<Record<string, StayExtensionField>> = {
  'not-an-extension': 'plannedEndOn',
  'beyond-host-availability': 'plannedEndOn',
};
