import type { TFunction } from 'i18next';
import type { SeparationPublic, TermPublic } from '../../client';

/** The hard constraints the matching engine checks (api/matching/scoring.py), in its order. */
export const constraintNames = [
  'accepting_households',
  'not_suspended',
  'beds',
  'wheelchair',
  'pets',
  'safeguarding',
  'children',
  'families_only',
  'women_only',
  'available_on_move_date',
  'max_distance',
  'not_declined_before',
] as const;
export type ConstraintName = (typeof constraintNames)[number];

/** The terms a score is made of. */
export const termNames = [
  'work',
  'school',
  'carer',
  'municipality',
  'language',
  'small_scale',
  'bed_fit',
  'women_only_unit',
  'medical_support',
  'special_needs_school',
  'care_fit',
  'self_catering',
  'urgency',
] as const;
export type TermName = (typeof termNames)[number];

export function isConstraintName(name: string): name is ConstraintName {
  return (constraintNames as readonly string[]).includes(name);
}

export function isTermName(name: string): name is TermName {
  return (termNames as readonly string[]).includes(name);
}

/** The terms whose value falls with distance from 0 km on (api/matching/scoring.py `proximity`). */
export const proximityTerms: readonly TermName[] = ['work', 'school', 'carer', 'special_needs_school'];

/** A term's name in the interface's language; an unknown name (a newer API) as it is. */
export function termLabel(name: string, t: TFunction): string {
  return isTermName(name) ? t(`explanation.terms.${name}`) : name;
}

/** A term's share of the score, in points: weight × value, e.g. 3 × 0.5 = 1.5. */
export function termPoints(weight: number, value: number): number {
  return Math.round(weight * value * 100) / 100;
}

/** What a term's detail says, from its facts, in the interface's language (`null`: not known). */
export function termDetail(
  term: Pick<TermPublic, 'name' | 'facts'>,
  t: TFunction,
  formatNumber: (value: number) => string,
  languageName: (code: string) => string,
): string | null {
  const facts = term.facts ?? {};
  switch (term.name) {
    case 'work':
    case 'school':
    case 'carer':
      return facts.km == null || facts.anchor == null ? null : t('explanation.details.anchor', { km: formatNumber(facts.km), anchor: facts.anchor });
    case 'municipality':
      return facts.inWantedMunicipality == null ? null : t(facts.inWantedMunicipality ? 'explanation.details.inWantedMunicipality' : 'explanation.details.otherMunicipality');
    case 'language':
      if (facts.languages == null) return null;
      return facts.languages.length ? t('explanation.details.sharedLanguages', { languages: facts.languages.map(languageName).join(', ') }) : t('explanation.details.noSharedLanguage');
    case 'small_scale':
      return facts.smallScale == null ? null : t(facts.smallScale ? 'explanation.details.smallScale' : 'explanation.details.largeLocation');
    case 'bed_fit':
      return facts.size == null || facts.freeBeds == null ? null : t('explanation.details.bedFit', { count: facts.freeBeds, size: facts.size });
    case 'women_only_unit':
      return facts.womenOnly == null ? null : t(facts.womenOnly ? 'explanation.details.womenOnly' : 'explanation.details.notWomenOnly');
    case 'medical_support':
      return facts.medicalSupportNearby == null ? null : t(facts.medicalSupportNearby ? 'explanation.details.medicalSupport' : 'explanation.details.noMedicalSupport');
    case 'special_needs_school':
      // The API leaves km out when no such school is recorded near the place.
      return facts.km == null ? t('explanation.details.noSpecialNeedsSchool') : t('explanation.details.specialNeedsSchool', { km: formatNumber(facts.km) });
    case 'care_fit':
      return facts.visitingRules == null || facts.selfCatering == null
        ? null
        : t('explanation.details.careFit', { visiting: t(`enums.visitingRules.${facts.visitingRules}`), meals: t(facts.selfCatering ? 'explanation.details.selfCatering' : 'explanation.details.mealsProvided') });
    case 'self_catering':
      return facts.selfCatering == null ? null : t(facts.selfCatering ? 'explanation.details.selfCatering' : 'explanation.details.noKitchen');
    case 'urgency':
      if (facts.emergency) return t('explanation.details.emergency');
      return facts.daysUntilDeadline == null ? null : t('explanation.details.mustMoveWithin', { count: facts.daysUntilDeadline });
    default:
      return null;
  }
}

/** What separates a place from the other candidate it is compared with, in the interface's language. */
export function separationText(
  separation: Pick<SeparationPublic, 'versusPlaceName' | 'scoreDifference' | 'terms'>,
  t: TFunction,
  formatNumber: (value: number) => string,
): string {
  const place = separation.versusPlaceName;
  const points = formatNumber(Math.abs(separation.scoreDifference));
  const terms = separation.terms.map((term) => t('explanation.separation.term', { term: termLabel(term.name, t), points: `${term.points >= 0 ? '+' : '−'}${formatNumber(Math.abs(term.points))}` }));
  const key = separation.scoreDifference > 0 ? 'ahead' : separation.scoreDifference < 0 ? 'behind' : 'level';
  const head = t(`explanation.separation.${key}`, { points, place });
  return terms.length ? t('explanation.separation.because', { head, terms: terms.join(', ') }) : t('explanation.separation.noTermDiffers', { head });
}
