import { useId, type ComponentPropsWithRef } from 'react';
import { classNames } from './classNames';
import { describedBy, FieldDescription, FieldError } from './FieldParts';

interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'className'> {
  label: string;
  /** A hint shown under the label and read out with the field. */
  description?: string | undefined;
  /** Shown next to the field and read out with it. */
  error?: string | undefined;
}

/**
 * A labelled text input; its hint and error message are tied to it with aria-describedby.
 * `required` is announced (aria-required) but left to the form's own checks: the browser's
 * `:invalid` would mark an empty required field red before anything was typed.
 */
export function TextField({ label, description, error, required, ...inputProps }: TextFieldProps) {
  const id = useId();
  return (
    <div className={classNames('utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id} description={description} />
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">
        <input
          id={id}
          className={classNames('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid')}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(id, { description, error })}
          {...inputProps}
        />
      </div>
    </div>
  );
}
