import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from './Combobox';

export interface MultiSelectOption {
  value: string;
  label: string;
}

interface MultiSelectFieldProps {
  label: string;
  name: string;
  description?: string | undefined;
  error?: string | undefined;
  options: readonly MultiSelectOption[];
  value: readonly string[];
  onChange: (values: string[]) => void;
  /** At most this many suggestions at once (type more to narrow them). */
  maxSuggestions?: number;
}

/** Folded for matching: case and accents do not matter ("fryslan" finds "Fryslân"). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Choosing several values from a long list: type to filter, pick with Enter or a click (the list
 * stays open for the next one), and each choice shows as a chip with its own remove button.
 * Backspace in the empty box removes the last choice. Replaces a Ctrl-click `<select multiple>`.
 */
export function MultiSelectField({ label, name, description, error, options, value, onChange, maxSuggestions = 12 }: MultiSelectFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const labelOf = (code: string) => options.find((option) => option.value === code)?.label ?? code;
  const query = fold(text.trim());
  const matching = query === '' ? [] : options.filter((option) => fold(option.label).includes(query) || fold(option.value).includes(query));
  const suggestions = matching.slice(0, maxSuggestions).map((option) => ({ id: option.value, label: option.label, selected: value.includes(option.value) }));

  function toggle(code: string) {
    if (value.includes(code)) remove(code);
    else {
      onChange([...value, code]);
      setAnnouncement(t('multiSelect.added', { label: labelOf(code) }));
      setText('');
    }
  }

  function remove(code: string) {
    onChange(value.filter((chosen) => chosen !== code));
    setAnnouncement(t('multiSelect.removed', { label: labelOf(code) }));
    input.current?.focus();
  }

  const status =
    query === ''
      ? undefined
      : matching.length === 0
        ? t('multiSelect.noMatches')
        : matching.length > maxSuggestions
          ? t('multiSelect.manyMatches', { count: matching.length, shown: maxSuggestions })
          : t('multiSelect.matches', { count: matching.length });

  return (
    <>
      <Combobox
        label={label}
        name={name}
        description={description}
        error={error}
        text={text}
        onTextChange={setText}
        options={suggestions}
        onPick={(option) => toggle(option.id)}
        status={status}
        multiselectable
        onBackspaceEmpty={() => {
          const last = value.at(-1);
          if (last !== undefined) remove(last);
        }}
        inputRef={input}
        placeholder={t('multiSelect.placeholder')}
        before={
          value.length > 0 && (
            <ul className="app-chips" aria-label={t('multiSelect.chosen', { label })}>
              {value.map((code) => (
                <li key={code} className="app-chip">
                  <span>{labelOf(code)}</span>
                  <button type="button" className="app-chip__remove" aria-label={t('multiSelect.remove', { label: labelOf(code) })} onClick={() => remove(code)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      />
      <div role="status" aria-live="polite" className="app-visually-hidden">
        {announcement}
      </div>
    </>
  );
}
