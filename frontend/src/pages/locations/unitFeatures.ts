import type { TFunction } from 'i18next';

interface UnitSuitability {
  wheelchairAccessible: boolean;
  petsAllowed: boolean;
  familiesOnly: boolean;
  womenOnly: boolean;
}

/** Who a unit suits, as words: "wheelchair accessible, pets allowed"; a dash when nothing special. */
export function unitFeatures(unit: UnitSuitability, t: TFunction): string {
  const features = [
    unit.wheelchairAccessible && t('unitForm.wheelchairAccessible'),
    unit.petsAllowed && t('unitForm.petsAllowed'),
    unit.familiesOnly && t('unitForm.familiesOnly'),
    unit.womenOnly && t('unitForm.womenOnly'),
  ].filter(Boolean);
  return features.length > 0 ? features.join(', ') : t('common.none');
}
