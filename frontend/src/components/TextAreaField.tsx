import { useId, type ComponentPropsWithRef } from 'react';
import { classNames } from './classNames';
import { describedBy, FieldDescription, FieldError } from './FieldParts';

interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'className'> {
  label: string;
  description?: string | undefined;
  error?: string | undefined;
}

/** A labelled text area; like TextField, `required` is announced without the browser's red `:invalid`. */
export function TextAreaField({ label, description, error, required, rows = 4, ...textareaProps }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={classNames('utrecht-form-field', 'utrecht-form-field--textarea', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id} description={description} />
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id}
          rows={rows}
          className={classNames('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid')}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(id, { description, error })}
          {...textareaProps}
        />
      </div>
    </div>
  );
}
