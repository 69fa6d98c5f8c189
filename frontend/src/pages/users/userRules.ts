import type { Role } from '../../api/auth';
import type { User } from '../../api/users';
import type { OrganisationKind, UserCreate, UserUpdate } from '../../client';
import { checkEmail, checkRequired, collect, type Invalid, type Invalids } from '../../forms/validation';

/** Which roles belong in which kind of organisation, as the API has it (a platform admin fits any). */
const kindRoles: Record<OrganisationKind, readonly Role[]> = {
  municipality: ['municipality'],
  relocation_desk: ['desk'],
  partner: ['partner', 'host'],
  operator: ['partner'],
};

/** The roles a caller may give a user of an organisation of this kind: only a platform admin grants admin. */
export function assignableRoles(kind: OrganisationKind, callerIsPlatformAdmin: boolean): Role[] {
  return callerIsPlatformAdmin ? [...kindRoles[kind], 'admin'] : [...kindRoles[kind]];
}

/** What the invitation form holds. */
export interface InviteDraft {
  email: string;
  fullName: string;
  organisationId: string;
  role: Role | '';
  isOrganisationAdmin: boolean;
}

export type InviteField = keyof InviteDraft;

export const inviteFieldPaths: Readonly<Record<string, InviteField>> = {
  email: 'email',
  fullName: 'fullName',
  organisationId: 'organisationId',
  role: 'role',
  isOrganisationAdmin: 'isOrganisationAdmin',
};

/** Problems that concern one field, by their code. */
export const userCodeFields: Readonly<Record<string, InviteField>> = {
  conflict: 'email',
  'unknown-organisation': 'organisationId',
  'role-mismatch': 'role',
};

export function emptyInviteDraft(organisationId: string): InviteDraft {
  return { email: '', fullName: '', organisationId, role: '', isOrganisationAdmin: false };
}

export function validateInvite(draft: InviteDraft): Invalids<InviteField> {
  const required: Invalid = { code: 'required' };
  return collect<InviteField>({
    email: checkRequired(draft.email, 320) ?? checkEmail(draft.email),
    fullName: checkRequired(draft.fullName),
    organisationId: draft.organisationId === '' ? required : undefined,
    role: draft.role === '' ? required : undefined,
    isOrganisationAdmin: undefined,
  });
}

/** A new user without a password: they choose their own through the invitation link. */
export function inviteBody(draft: InviteDraft): Omit<UserCreate, 'password'> {
  return {
    email: draft.email.trim(),
    fullName: draft.fullName.trim(),
    organisationId: draft.organisationId,
    role: draft.role as Role,
    isOrganisationAdmin: draft.isOrganisationAdmin,
  };
}

/** What the change form on a user's page holds. */
export interface UserChangeDraft {
  fullName: string;
  role: Role;
  isOrganisationAdmin: boolean;
}

export type UserChangeField = keyof UserChangeDraft;

export function userChangeDraftFrom(user: User): UserChangeDraft {
  return { fullName: user.fullName, role: user.role, isOrganisationAdmin: user.isOrganisationAdmin };
}

export function validateUserChange(draft: UserChangeDraft): Invalids<UserChangeField> {
  return collect<UserChangeField>({ fullName: checkRequired(draft.fullName), role: undefined, isOrganisationAdmin: undefined });
}

/** Only what changed. */
export function userChangeBody(draft: UserChangeDraft, user: User): UserUpdate {
  const fullName = draft.fullName.trim();
  return {
    ...(fullName !== user.fullName ? { fullName } : {}),
    ...(draft.role !== user.role ? { role: draft.role } : {}),
    ...(draft.isOrganisationAdmin !== user.isOrganisationAdmin ? { isOrganisationAdmin: draft.isOrganisationAdmin } : {}),
  };
}
