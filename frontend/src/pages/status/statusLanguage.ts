import type { StatusLanguage } from '../../api/statusPage';
import { isLanguage, type Language } from '../../i18n/languages';

const statusLanguages = ['nl', 'en', 'uk', 'ru'] as const satisfies readonly StatusLanguage[];

export function isStatusLanguage(value: string): value is StatusLanguage {
  return (statusLanguages as readonly string[]).includes(value);
}

/** The language asked for in the URL (`?lang=`), if it is one the status page speaks. */
export function requestedLanguage(params: URLSearchParams): StatusLanguage | null {
  const value = params.get('lang');
  return value !== null && isStatusLanguage(value) ? value : null;
}

/**
 * The languages the switcher offers: Dutch, English and Ukrainian always; Russian only when the
 * household chose it (the API answered in Russian without being asked), never by default.
 */
export function switcherLanguages(householdChoseRussian: boolean): StatusLanguage[] {
  return householdChoseRussian ? ['nl', 'en', 'uk', 'ru'] : ['nl', 'en', 'uk'];
}

/**
 * The interface language for the page's own labels: the page's language when the app has it;
 * for Russian (which the app deliberately does not have) English.
 */
export function interfaceLanguage(pageLanguage: StatusLanguage): Language {
  return isLanguage(pageLanguage) ? pageLanguage : 'en';
}

export const statusLanguageNames: Record<StatusLanguage, string> = {
  nl: 'Nederlands',
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
};
