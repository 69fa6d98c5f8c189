import type { Role } from './api/auth';

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
  | 'auditLog';

export interface Screen {
  id: ScreenId;
  path: string;
  /** The roles that may use this screen, besides admin, who may use every screen. */
  roles: readonly Role[];
}

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
  { id: 'auditLog', path: '/audit-log', roles: [] },
];

export function canUse(role: Role, screen: Screen): boolean {
  return role === 'admin' || screen.roles.includes(role);
}

export function screensFor(role: Role): Screen[] {
  return screens.filter((screen) => canUse(role, screen));
}
