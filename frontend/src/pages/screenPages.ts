import { lazy, type ComponentType } from 'react';
import type { ScreenId } from '../screens';
import { singlePage } from './singlePage';

/**
 * The screens that are built, each rendered at its path and the paths below it (a screen with
 * several pages routes them itself). Every other screen shows the "not available yet" page.
 * Each screen's code is loaded when it is first opened, so a phone downloads only what it uses.
 */
export const screenPages: Partial<Record<ScreenId, ComponentType>> = {
  requests: lazy(() => import('./requests/RequestsScreen').then((module) => ({ default: module.RequestsScreen }))),
  matching: singlePage(lazy(() => import('./matching/MatchingPage').then((module) => ({ default: module.MatchingPage })))),
  households: lazy(() => import('./households/HouseholdsScreen').then((module) => ({ default: module.HouseholdsScreen }))),
  referrals: lazy(() => import('./referrals/ReferralsScreen').then((module) => ({ default: module.ReferralsScreen }))),
  placesMap: singlePage(lazy(() => import('./placesMap/PlacesMapPage').then((module) => ({ default: module.PlacesMapPage })))),
  locations: lazy(() => import('./locations/LocationsScreen').then((module) => ({ default: module.LocationsScreen }))),
  initiatives: lazy(() => import('./initiatives/InitiativesScreen').then((module) => ({ default: module.InitiativesScreen }))),
  hostFamilies: lazy(() => import('./hostFamilies/HostFamiliesScreen').then((module) => ({ default: module.HostFamiliesScreen }))),
  myOffer: singlePage(lazy(() => import('./myOffer/MyOfferPage').then((module) => ({ default: module.MyOfferPage })))),
  incidents: singlePage(lazy(() => import('./incidents/IncidentsPage').then((module) => ({ default: module.IncidentsPage })))),
  municipalities: singlePage(lazy(() => import('./MunicipalitiesPage').then((module) => ({ default: module.MunicipalitiesPage })))),
  organisations: lazy(() => import('./organisations/OrganisationsScreen').then((module) => ({ default: module.OrganisationsScreen }))),
  organisationContact: singlePage(lazy(() => import('./organisations/OrganisationContactPage').then((module) => ({ default: module.OrganisationContactPage })))),
  users: lazy(() => import('./users/UsersScreen').then((module) => ({ default: module.UsersScreen }))),
  apiKeys: singlePage(lazy(() => import('./apiKeys/ApiKeysPage').then((module) => ({ default: module.ApiKeysPage })))),
  auditLog: singlePage(lazy(() => import('./audit/AuditLogPage').then((module) => ({ default: module.AuditLogPage })))),
  jobs: singlePage(lazy(() => import('./jobs/JobsPage').then((module) => ({ default: module.JobsPage })))),
};
