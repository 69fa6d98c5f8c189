import { useId, type ComponentPropsWithRef } from 'react';
import { classNames } from './classNames';

interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'className'> {
  label: string;
  /** Shown next to the field and read out with it. */
  error?: string | undefined;
}

/** A labelled text input; its error message is tied to it with aria-describedby. */
export function TextField({ label, error, ...inputProps }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={classNames('utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {error && (
        <div id={errorId} className="utrecht-form-field__error-message utrecht-form-field-error-message">
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          className={classNames('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          {...inputProps}
        />
      </div>
    </div>
  );
}
