import type { ComponentType } from 'react';
import type { ScreenId } from '../screens';
import { MunicipalitiesPage } from './MunicipalitiesPage';

/** The screens that are built. Every other screen shows the "not available yet" page. */
export const screenPages: Partial<Record<ScreenId, ComponentType>> = {
  municipalities: MunicipalitiesPage,
};
