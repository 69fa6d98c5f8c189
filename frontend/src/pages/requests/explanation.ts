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
export const termNames = ['work', 'school', 'carer', 'municipality', 'language', 'small_scale', 'care_fit', 'self_catering', 'urgency'] as const;
export type TermName = (typeof termNames)[number];

export function isConstraintName(name: string): name is ConstraintName {
  return (constraintNames as readonly string[]).includes(name);
}

export function isTermName(name: string): name is TermName {
  return (termNames as readonly string[]).includes(name);
}

/** A term's share of the score, in points: weight × value, e.g. 3 × 0.5 = 1.5. */
export function termPoints(weight: number, value: number): number {
  return Math.round(weight * value * 100) / 100;
}
