import { useId, type ComponentPropsWithRef } from 'react';
import { classNames } from './classNames';
import { describedBy, FieldDescription, FieldError } from './FieldParts';

interface CheckboxFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'type'> {
  label: string;
  description?: string | undefined;
  error?: string | undefined;
}

/** A checkbox with its label beside it, as the NL Design System lays it out. */
export function CheckboxField({ label, description, error, ...inputProps }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={classNames('utrecht-form-field', 'utrecht-form-field--checkbox', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            className={classNames('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-form-field__input', error && 'utrecht-checkbox--invalid')}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, { description, error })}
            {...inputProps}
          />
          {label}
        </label>
      </div>
      <FieldDescription id={id} description={description} />
      <FieldError id={id} error={error} />
    </div>
  );
}
