import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemCode } from '../../api/problem';
import type { SecondFactor } from '../../api/twoFactor';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';

export type FactorKind = 'code' | 'recoveryCode';

/** The factor typed into a form with these fields, or null when its field is empty. */
export function factorFrom(form: FormData, kind: FactorKind): SecondFactor | null {
  const value = String(form.get(kind) ?? '').trim();
  if (value === '') return null;
  return kind === 'code' ? { code: value.replace(/\s/g, '') } : { recoveryCode: value };
}

/** The message key for the factor's field: empty, or refused by the API as wrong or used. */
export function factorErrorKey(kind: FactorKind, missing: boolean, error: unknown) {
  if (missing) return kind === 'code' ? 'twoFactor.codeRequired' : 'twoFactor.recoveryCodeRequired';
  if (error instanceof ApiError && problemCode(error.problem) === 'invalid-second-factor') {
    return kind === 'code' ? 'twoFactor.codeWrong' : 'twoFactor.recoveryCodeWrong';
  }
  return undefined;
}

/** The message for the factor's field, translated. */
export function useFactorError(kind: FactorKind, missing: boolean, error: unknown): string | undefined {
  const { t } = useTranslation();
  const key = factorErrorKey(kind, missing, error);
  return key && t(key);
}

interface SecondFactorFieldsProps {
  kind: FactorKind;
  onKindChange: (kind: FactorKind) => void;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** A code of the authenticator app, or (after a switch) one of the recovery codes. */
export function SecondFactorFields({ kind, onKindChange, error, inputRef }: SecondFactorFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {kind === 'code' ? (
        <TextField
          key="code"
          ref={inputRef}
          label={t('twoFactor.code')}
          description={t('twoFactor.codeHint')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          spellCheck={false}
          required
          error={error}
        />
      ) : (
        <TextField
          key="recoveryCode"
          ref={inputRef}
          label={t('twoFactor.recoveryCode')}
          description={t('twoFactor.recoveryCodeHint')}
          name="recoveryCode"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={40}
          required
          error={error}
        />
      )}
      <Button appearance="subtle" onClick={() => onKindChange(kind === 'code' ? 'recoveryCode' : 'code')}>
        {t(kind === 'code' ? 'twoFactor.useRecoveryCode' : 'twoFactor.useCode')}
      </Button>
    </>
  );
}
