import type { TermPublic } from '../../client';
import { termPoints } from './explanation';

/**
 * The terms that earn a candidate most of its score, most points first: what "why it ranks here"
 * says in one line. Terms worth nothing are left out.
 */
export function leadingTerms<T extends Pick<TermPublic, 'weight' | 'value'>>(terms: readonly T[], count = 2): T[] {
  return terms
    .map((term, index) => ({ term, index, points: termPoints(term.weight, term.value) }))
    .filter(({ points }) => points > 0)
    .sort((a, b) => b.points - a.points || a.index - b.index)
    .slice(0, count)
    .map(({ term }) => term);
}
