import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { ButtonGroup } from '../components/ButtonGroup';
import { TextAreaField } from '../components/TextAreaField';
import { useValidationMessages } from './useValidationMessages';
import { checkRequired } from './validation';

interface ReasonFormProps {
  /** The form's accessible name: what is being done. */
  label: string;
  fieldLabel: string;
  description?: string;
  submitLabel: string;
  busy: boolean;
  maxLength?: number;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  /** Shown above the field, e.g. that declining carries no penalty. */
  children?: ReactNode;
}

/** A required reason (declining, withdrawing), checked in the browser before it is sent. */
export function ReasonForm({ label, fieldLabel, description, submitLabel, busy, maxLength = 1000, onSubmit, onCancel, children }: ReasonFormProps) {
  const { t } = useTranslation();
  const messages = useValidationMessages();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const invalid = checkRequired(reason, maxLength);
    setError(invalid ? messages({ reason: invalid }).reason : undefined);
    if (!invalid) onSubmit(reason.trim());
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="app-form app-subform" aria-label={label}>
      {children}
      <TextAreaField label={fieldLabel} description={description} name="reason" required value={reason} onChange={(event) => setReason(event.target.value)} error={error} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
