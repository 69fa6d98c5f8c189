import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate } from './dates';

export interface DateFormat {
  /** A `YYYY-MM-DD` date, e.g. "3 mrt 2026"; an empty string for null. */
  date: (value: string | null | undefined) => string;
  /** An RFC 3339 moment, with date and time. */
  dateTime: (value: string | null | undefined) => string;
}

/** Date formatting in the interface language. */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      date: (value) => (value ? dateFormat.format(parseDate(value)) : ''),
      dateTime: (value) => (value ? dateTimeFormat.format(new Date(value)) : ''),
    };
  }, [i18n.language]);
}
