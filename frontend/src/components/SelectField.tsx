import { useId, type ComponentPropsWithRef } from 'react';
import { classNames } from './classNames';
import { describedBy, FieldDescription, FieldError } from './FieldParts';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id' | 'className' | 'children'> {
  label: string;
  options: readonly SelectOption[];
  description?: string | undefined;
  error?: string | undefined;
}

export function SelectField({ label, options, description, error, ...selectProps }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={classNames('utrecht-form-field', 'utrecht-form-field--select', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id} description={description} />
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">
        <select
          id={id}
          className={classNames('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description, error })}
          {...selectProps}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
