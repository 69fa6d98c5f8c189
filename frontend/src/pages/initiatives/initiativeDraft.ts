import type { Initiative } from '../../api/initiatives';
import type { CitizenInitiativeCreate, CitizenInitiativeUpdate, InitiativeKind, PermitStatus, RiskOwner } from '../../client';
import { contactBody, contactDraft, type ContactDraft } from '../../forms/ContactFields';
import { checkDateOrder, checkEmail, checkOptionalText, checkPhone, checkRequired, checkWholeNumber, collect, orNull, parseNumber, type Invalid, type Invalids } from '../../forms/validation';

let lastRowKey = 0;
/** A key for a row the user adds to a list, so React keeps each row's fields apart. */
export function rowKey(): number {
  lastRowKey += 1;
  return lastRowKey;
}

export interface PermitDraft {
  key: number;
  kind: string;
  status: PermitStatus;
  requestedOn: string;
  decidedOn: string;
}

export interface StakeholderDraft {
  key: number;
  role: string;
  organisation: string;
  contact: string;
}

export interface RiskDraft {
  key: number;
  description: string;
  owner: RiskOwner;
}

export interface SupportNeedDraft {
  key: number;
  text: string;
}

/** An initiative's dossier as its form holds it; the initiator is the contact. */
export interface InitiativeDraft extends ContactDraft {
  name: string;
  kind: InitiativeKind;
  municipalityCode: string;
  description: string;
  plannedPlaces: string;
  startsOn: string;
  endsOn: string;
  permits: PermitDraft[];
  stakeholders: StakeholderDraft[];
  risks: RiskDraft[];
  supportNeeds: SupportNeedDraft[];
}

export const maxPlannedPlaces = 500;

export const emptyPermit = (): PermitDraft => ({ key: rowKey(), kind: '', status: 'not_requested', requestedOn: '', decidedOn: '' });
export const emptyStakeholder = (): StakeholderDraft => ({ key: rowKey(), role: '', organisation: '', contact: '' });
export const emptyRisk = (): RiskDraft => ({ key: rowKey(), description: '', owner: 'initiator' });
export const emptySupportNeed = (): SupportNeedDraft => ({ key: rowKey(), text: '' });

export function emptyInitiativeDraft(municipalityCode: string): InitiativeDraft {
  return {
    name: '',
    kind: 'care_homes',
    municipalityCode,
    description: '',
    plannedPlaces: '',
    startsOn: '',
    endsOn: '',
    permits: [],
    stakeholders: [],
    risks: [],
    supportNeeds: [],
    contactName: '',
    contactPhone: '',
    contactEmail: '',
  };
}

export function initiativeDraftFrom(initiative: Initiative): InitiativeDraft {
  return {
    name: initiative.name,
    kind: initiative.kind,
    municipalityCode: initiative.municipalityCode,
    description: initiative.description ?? '',
    plannedPlaces: String(initiative.plannedPlaces),
    startsOn: initiative.startsOn ?? '',
    endsOn: initiative.endsOn ?? '',
    permits: initiative.permits.map((permit) => ({
      key: rowKey(),
      kind: permit.kind,
      status: permit.status,
      requestedOn: permit.requestedOn ?? '',
      decidedOn: permit.decidedOn ?? '',
    })),
    stakeholders: initiative.stakeholders.map((stakeholder) => ({
      key: rowKey(),
      role: stakeholder.role,
      organisation: stakeholder.organisation ?? '',
      contact: stakeholder.contact ?? '',
    })),
    risks: initiative.risks.map((risk) => ({ key: rowKey(), description: risk.description, owner: risk.owner })),
    supportNeeds: initiative.supportNeeds.map((text) => ({ key: rowKey(), text })),
    ...contactDraft(initiative.initiator),
  };
}

/**
 * What is wrong, keyed by the form's field names. Rows are named as the API names them
 * (`permits.0.kind`), so the API's own field errors land on the same fields.
 */
export function validateInitiative(draft: InitiativeDraft): Invalids<string> {
  const rows: Record<string, Invalid | undefined> = {};
  draft.permits.forEach((permit, index) => {
    rows[`permits.${index}.kind`] = checkRequired(permit.kind, 200);
    rows[`permits.${index}.decidedOn`] = checkDateOrder(permit.requestedOn, permit.decidedOn);
  });
  draft.stakeholders.forEach((stakeholder, index) => {
    rows[`stakeholders.${index}.role`] = checkRequired(stakeholder.role, 200);
    rows[`stakeholders.${index}.organisation`] = checkOptionalText(stakeholder.organisation, 200);
    rows[`stakeholders.${index}.contact`] = checkOptionalText(stakeholder.contact, 200);
  });
  draft.risks.forEach((risk, index) => {
    rows[`risks.${index}.description`] = checkRequired(risk.description, 2000);
  });
  draft.supportNeeds.forEach((need, index) => {
    rows[`supportNeeds.${index}`] = checkRequired(need.text, 200);
  });
  return collect({
    name: checkRequired(draft.name, 200),
    municipalityCode: checkRequired(draft.municipalityCode),
    plannedPlaces: checkWholeNumber(draft.plannedPlaces, 1, maxPlannedPlaces),
    description: checkOptionalText(draft.description, 2000),
    endsOn: checkDateOrder(draft.startsOn, draft.endsOn),
    contactPhone: checkPhone(draft.contactPhone),
    contactEmail: checkEmail(draft.contactEmail),
    ...rows,
  });
}

function dossier(draft: InitiativeDraft) {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    description: orNull(draft.description),
    plannedPlaces: parseNumber(draft.plannedPlaces) ?? 0,
    startsOn: orNull(draft.startsOn),
    endsOn: orNull(draft.endsOn),
    permits: draft.permits.map((permit) => ({
      kind: permit.kind.trim(),
      status: permit.status,
      requestedOn: orNull(permit.requestedOn),
      decidedOn: orNull(permit.decidedOn),
    })),
    stakeholders: draft.stakeholders.map((stakeholder) => ({
      role: stakeholder.role.trim(),
      organisation: orNull(stakeholder.organisation),
      contact: orNull(stakeholder.contact),
    })),
    risks: draft.risks.map((risk) => ({ description: risk.description.trim(), owner: risk.owner })),
    supportNeeds: draft.supportNeeds.map((need) => need.text.trim()),
    initiator: contactBody(draft),
  };
}

export function initiativeCreateBody(draft: InitiativeDraft): CitizenInitiativeCreate {
  return { ...dossier(draft), municipalityCode: draft.municipalityCode };
}

export function initiativeUpdateBody(draft: InitiativeDraft): CitizenInitiativeUpdate {
  return dossier(draft);
}

/** Where the API reports errors, as the form's fields: plain fields and every row's fields. */
export function initiativeFieldPaths(draft: InitiativeDraft): Record<string, string> {
  const paths: Record<string, string> = {
    name: 'name',
    kind: 'kind',
    municipalityCode: 'municipalityCode',
    description: 'description',
    plannedPlaces: 'plannedPlaces',
    startsOn: 'startsOn',
    endsOn: 'endsOn',
    'initiator.name': 'contactName',
    'initiator.phone': 'contactPhone',
    'initiator.email': 'contactEmail',
  };
  const rows = (list: string, count: number, fields: readonly string[]) => {
    for (let index = 0; index < count; index += 1) {
      for (const field of fields) paths[`${list}.${index}.${field}`] = `${list}.${index}.${field}`;
    }
  };
  rows('permits', draft.permits.length, ['kind', 'status', 'requestedOn', 'decidedOn']);
  rows('stakeholders', draft.stakeholders.length, ['role', 'organisation', 'contact']);
  rows('risks', draft.risks.length, ['description', 'owner']);
  draft.supportNeeds.forEach((_, index) => {
    paths[`supportNeeds.${index}`] = `supportNeeds.${index}`;
  });
  return paths;
}

export const initiativeCodeFields = { 'unknown-municipality': 'municipalityCode', 'invalid-dates': 'endsOn' } as const;
