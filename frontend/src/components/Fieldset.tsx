import { useId, type ReactNode } from 'react';
import { classNames } from './classNames';
import { FieldDescription, FieldError } from './FieldParts';

interface FieldsetProps {
  legend: string;
  description?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/** Groups related fields (or radio buttons) under a legend. */
export function Fieldset({ legend, description, error, children }: FieldsetProps) {
  const id = useId();
  const described = [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={classNames('utrecht-form-fieldset', 'app-fieldset', error && 'utrecht-form-fieldset--invalid')}>
      <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={described} aria-invalid={error ? true : undefined}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        <FieldDescription id={id} description={description} inFieldset />
        <FieldError id={id} error={error} inFieldset />
        {children}
      </fieldset>
    </div>
  );
}
