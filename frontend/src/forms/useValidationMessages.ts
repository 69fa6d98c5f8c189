import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../i18n/useNumberFormat';
import type { Invalid, Invalids } from './validation';

const boundFormat: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

/** Turns what the checks found into messages in the interface language, field by field. */
export function useValidationMessages() {
  const { t } = useTranslation();
  const number = useNumberFormat(boundFormat);
  const message = useCallback(
    (invalid: Invalid) =>
      t(`validation.${invalid.code}`, {
        min: invalid.min === undefined ? '' : number.format(invalid.min),
        max: invalid.max === undefined ? '' : number.format(invalid.max),
      }),
    [t, number],
  );
  return useCallback(
    <Field extends string>(invalids: Invalids<Field>): Partial<Record<Field, string>> =>
      Object.fromEntries(
        Object.entries(invalids).map(([field, invalid]) => [field, message(invalid as Invalid)]),
      ) as Partial<Record<Field, string>>,
    [message],
  );
}
