import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An Intl.NumberFormat for the current interface language.
 * Pass a module-level constant for `options` so the formatter is reused between renders.
 */
export function useNumberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const { i18n } = useTranslation();
  return useMemo(() => new Intl.NumberFormat(i18n.language, options), [i18n.language, options]);
}
