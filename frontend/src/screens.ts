import type { CurrentUser, Role } from './api/auth';

export type ScreenId =
  | 'requests'
  | 'matching'
  | 'placesMap'
  | 'locations'
  | 'initiatives'
  | 'households'
  | 'referrals'
  | 'hostFamilies'
  | 'myOffer'
  | 'incidents'
  | 'municipalities'
  | 'organisations'
  | 'organisationContact'
  | 'users'
  | 'apiKeys'
  | 'auditLog'
  | 'jobs';

export interface Screen {
  id: ScreenId;
  path: string;
  /** The roles that may use this screen, besides admin, who may use every screen. */
  roles: readonly Role[];
  /** Roles whose organisation administrators (only) may use it as well, for their own organisation. */
  organisationAdminRoles?: readonly Role[];
}

/** The organisation administrators of these roles manage their own organisation's contact, users, keys and log. */
const organisationAdmins: readonly Role[] = ['desk', 'municipality', 'partner'];

/** Who is asking: the role, and whether they administer their organisation. */
export type ScreenUser = Pick<CurrentUser, 'role' | 'isOrganisationAdmin'>;

/** Every screen of the app, in navigation order. */
export const screens: readonly Screen[] = [
  { id: 'requests', path: '/relocation-requests', roles: ['desk'] },
  { id: 'matching', path: '/matching', roles: ['desk'] },
  { id: 'placesMap', path: '/places-map', roles: ['desk', 'municipality'] },
  { id: 'locations', path: '/shelter-locations', roles: ['municipality'] },
  { id: 'initiatives', path: '/citizen-initiatives', roles: ['municipality'] },
  { id: 'households', path: '/households', roles: ['partner'] },
  { id: 'referrals', path: '/referrals', roles: ['desk', 'municipality', 'partner'] },
  { id: 'hostFamilies', path: '/host-families', roles: ['partner'] },
  { id: 'myOffer', path: '/my-offer', roles: ['host'] },
  { id: 'incidents', path: '/incidents', roles: ['desk'] },
  { id: 'municipalities', path: '/municipalities', roles: ['desk', 'municipality', 'partner'] },
  { id: 'organisations', path: '/organisations', roles: [] },
  { id: 'organisationContact', path: '/organisation-contact', roles: [], organisationAdminRoles: organisationAdmins },
  { id: 'users', path: '/users', roles: [], organisationAdminRoles: organisationAdmins },
  { id: 'apiKeys', path: '/api-keys', roles: [], organisationAdminRoles: organisationAdmins },
  { id: 'auditLog', path: '/audit-log', roles: [], organisationAdminRoles: organisationAdmins },
  { id: 'jobs', path: '/jobs', roles: [] },
];

export function canUse(user: ScreenUser, screen: Screen): boolean {
  return (
    user.role === 'admin' ||
    screen.roles.includes(user.role) ||
    (user.isOrganisationAdmin && (screen.organisationAdminRoles ?? []).includes(user.role))
  );
}

export function screensFor(user: ScreenUser): Screen[] {
  return screens.filter((screen) => canUse(user, screen));
}
