import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { defaultLanguage, isLanguage, languages, rememberLanguage, storedLanguage } from './languages';
import nl from './nl.json';
import uk from './uk.json';

export const resources = {
  nl: { translation: nl },
  en: { translation: en },
  uk: { translation: uk },
} as const;

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  if (isLanguage(language)) rememberLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18n;
