import { useTranslation } from 'react-i18next';
import { languageNames, languages } from '../i18n/languages';
import { Button } from './Button';

/** One button per language, each named in its own language, so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="utrecht-button-group language-switcher" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <Button
          key={language}
          appearance="subtle"
          lang={language}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {languageNames[language]}
        </Button>
      ))}
    </div>
  );
}
