import type { Organisation } from '../../api/organisations';
import type { OrganisationCreate, OrganisationKind, OrganisationUpdate } from '../../client';
import { checkRequired, collect, type Invalid, type Invalids } from '../../forms/validation';

/** What the organisation form holds: text as typed, an empty kind until one is chosen. */
export interface OrganisationDraft {
  name: string;
  kind: OrganisationKind | '';
  municipalityCode: string;
  /** Every member logs in with a second factor. */
  twoFactorRequired: boolean;
}

export type OrganisationField = keyof OrganisationDraft;

/** Body paths of the API's field errors → the form's fields. */
export const organisationFieldPaths: Readonly<Record<string, OrganisationField>> = {
  name: 'name',
  kind: 'kind',
  municipalityCode: 'municipalityCode',
  twoFactorRequired: 'twoFactorRequired',
};

/** Problems that concern one field, by their code. */
export const organisationCodeFields: Readonly<Record<string, OrganisationField>> = {
  conflict: 'name',
  'missing-field': 'municipalityCode',
  'unknown-municipality': 'municipalityCode',
  'kind-misfits-members': 'kind',
  'kind-misfits-api-keys': 'kind',
};

export const emptyOrganisationDraft: OrganisationDraft = { name: '', kind: '', municipalityCode: '', twoFactorRequired: false };

export function organisationDraftFrom(organisation: Organisation): OrganisationDraft {
  return {
    name: organisation.name,
    kind: organisation.kind,
    municipalityCode: organisation.municipalityCode ?? '',
    twoFactorRequired: organisation.twoFactorRequired,
  };
}

/** As the API: a name, a kind, and for a municipality its CBS code. */
export function validateOrganisation(draft: OrganisationDraft): Invalids<OrganisationField> {
  const required: Invalid = { code: 'required' };
  return collect<OrganisationField>({
    name: checkRequired(draft.name),
    kind: draft.kind === '' ? required : undefined,
    municipalityCode: draft.kind === 'municipality' && draft.municipalityCode === '' ? required : undefined,
    twoFactorRequired: undefined,
  });
}

export function organisationCreateBody(draft: OrganisationDraft): OrganisationCreate {
  return {
    name: draft.name.trim(),
    kind: draft.kind as OrganisationKind,
    municipalityCode: draft.municipalityCode === '' ? null : draft.municipalityCode,
    ...(draft.twoFactorRequired ? { twoFactorRequired: true } : {}),
  };
}

/** Only what changed, so that a change of kind is asked for only when it is meant. */
export function organisationUpdateBody(draft: OrganisationDraft, organisation: Organisation): OrganisationUpdate {
  const body = organisationCreateBody(draft);
  return {
    ...(body.name !== organisation.name ? { name: body.name } : {}),
    ...(body.kind !== organisation.kind ? { kind: body.kind } : {}),
    ...(body.municipalityCode !== organisation.municipalityCode ? { municipalityCode: body.municipalityCode } : {}),
    ...(draft.twoFactorRequired !== organisation.twoFactorRequired ? { twoFactorRequired: draft.twoFactorRequired } : {}),
  };
}
