import { describe, expect, it } from 'vitest';
import { knownProblemCodes } from '../api/describeProblem';
import en from './en.json';
import { languages, type Language } from './languages';
import nl from './nl.json';
import problemCodes from './problemCodes.json';
import uk from './uk.json';

const problems: Record<Language, Record<string, unknown>> = { nl: nl.problems, en: en.problems, uk: uk.problems };

describe('problem codes', () => {
  // The list is generated from the API's source by tests/test_problem_codes.py, which fails when it drifts.
  it('are the committed list, sorted and without repeats', () => {
    expect(knownProblemCodes).toEqual([...new Set(problemCodes.codes)].sort());
    expect(knownProblemCodes.length).toBeGreaterThan(50);
  });

  it.each(languages)('each has a sentence in %s', (language) => {
    const missing = knownProblemCodes.filter((code) => typeof problems[language][code] !== 'string' || (problems[language][code] as string).trim() === '');
    expect(missing).toEqual([]);
  });

  it.each(languages)('%s words no code the API does not answer', (language) => {
    expect(Object.keys(problems[language]).filter((code) => !knownProblemCodes.includes(code))).toEqual([]);
  });
});
