import { describe, expect, it } from 'vitest';
import en from './en.json';
import { languages, type Language } from './languages';
import nl from './nl.json';
import uk from './uk.json';

const translations: Record<Language, object> = { nl, en, uk };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Keys with plural forms collapsed: `count_one` and `count_few` both count as `count`. */
function baseKeys(language: Language): string[] {
  return [...new Set(leafKeys(translations[language]).map((key) => key.replace(pluralSuffix, '')))].sort();
}

describe('translations', () => {
  it('offers Dutch, English and Ukrainian, and never Russian', () => {
    expect([...languages].sort()).toEqual(['en', 'nl', 'uk']);
  });

  it.each(languages.filter((language) => language !== 'nl'))('%s has exactly the keys of nl', (language) => {
    expect(baseKeys(language)).toEqual(baseKeys('nl'));
  });

  it.each(languages)('%s has every plural form its grammar needs', (language) => {
    const keys = leafKeys(translations[language]);
    const pluralBases = new Set(keys.filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')));
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of pluralBases) {
      for (const category of categories) expect(keys).toContain(`${base}_${category}`);
    }
  });

  it.each(languages)('%s has no empty strings', (language) => {
    const tree = translations[language];
    const values = leafKeys(tree).map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree));
    expect(values.filter((value) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
  });
});
