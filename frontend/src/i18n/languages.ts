export const languages = ['nl', 'en', 'uk'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'nl';

/** Each language named in itself, so a reader finds their own. */
export const languageNames: Record<Language, string> = {
  nl: 'Nederlands',
  en: 'English',
  uk: 'Українська',
};

const storageKey = 'onderdak.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  const value = localStorage.getItem(storageKey);
  return isLanguage(value) ? value : defaultLanguage;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}
