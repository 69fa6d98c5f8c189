import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../components/CheckboxField';
import { Fieldset } from '../components/Fieldset';
import { TextField } from '../components/TextField';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { splitLanguageCodes } from './validation';

/** The languages offered as checkboxes; any other is typed as its ISO code. */
export const commonLanguages = ['uk', 'nl', 'en', 'de', 'pl'] as const;

const isCommon = (code: string) => (commonLanguages as readonly string[]).includes(code);

interface LanguagesFieldProps {
  legend: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
}

/** A set of languages (ISO 639 codes, as the API takes them). */
export function LanguagesField({ legend, value, onChange, error }: LanguagesFieldProps) {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  const [otherText, setOtherText] = useState(() => value.filter((code) => !isCommon(code)).join(', '));
  const chosen = value.filter(isCommon);

  function toggle(code: string, checked: boolean) {
    const common = commonLanguages.filter((language) => (language === code ? checked : chosen.includes(language)));
    onChange([...common, ...splitLanguageCodes(otherText)]);
  }

  function changeOther(text: string) {
    setOtherText(text);
    onChange([...chosen, ...splitLanguageCodes(text).filter((code) => !isCommon(code) || !chosen.includes(code))]);
  }

  return (
    <Fieldset legend={legend} error={error}>
      {commonLanguages.map((code) => (
        <CheckboxField
          key={code}
          label={languageName(code)}
          name={`language-${code}`}
          checked={chosen.includes(code)}
          onChange={(event) => toggle(code, event.target.checked)}
        />
      ))}
      <TextField
        label={t('forms.otherLanguages')}
        description={t('forms.otherLanguagesHint')}
        name="otherLanguages"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={otherText}
        onChange={(event) => changeOther(event.target.value)}
      />
    </Fieldset>
  );
}
