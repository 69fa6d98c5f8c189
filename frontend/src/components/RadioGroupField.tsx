import { useId } from 'react';
import { Fieldset } from './Fieldset';
import type { SelectOption } from './SelectField';

interface RadioOption extends SelectOption {
  /** A longer explanation shown under the option's label. */
  description?: string;
}

interface RadioGroupFieldProps {
  legend: string;
  name: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
}

/** A set of radio buttons under a legend; one option is chosen. */
export function RadioGroupField({ legend, name, options, value, onChange, description, error }: RadioGroupFieldProps) {
  const id = useId();
  return (
    <Fieldset legend={legend} description={description} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio">
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                <input
                  id={optionId}
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.description ? `${optionId}-description` : undefined}
                  className="utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input"
                />
                {option.label}
              </label>
            </div>
            {option.description && (
              <div id={`${optionId}-description`} className="utrecht-form-field__description utrecht-form-field-description">
                {option.description}
              </div>
            )}
          </div>
        );
      })}
    </Fieldset>
  );
}
