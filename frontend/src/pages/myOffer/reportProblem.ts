import type { IncidentCreate, Severity } from '../../client';
import { checkRequired, collect, type Invalids } from '../../forms/validation';

export interface ReportDraft {
  severity: Severity | '';
  description: string;
}

export type ReportField = keyof ReportDraft;

export const maxDescriptionLength = 4000;

/** A report needs to say how serious it is and what happened. */
export function validateReport(draft: ReportDraft): Invalids<ReportField> {
  return collect({
    severity: draft.severity === '' ? { code: 'required' } : undefined,
    description: checkRequired(draft.description, maxDescriptionLength),
  });
}

/** A host reports about their own offer: the subject is their host family. */
export function reportBody(draft: ReportDraft, hostFamilyId: string): IncidentCreate {
  return {
    subjectType: 'host_family',
    subjectId: hostFamilyId,
    severity: draft.severity === '' ? 'medium' : draft.severity,
    description: draft.description.trim(),
  };
}

export const reportFieldPaths = { severity: 'severity', description: 'description' } as const satisfies Record<string, ReportField>;
