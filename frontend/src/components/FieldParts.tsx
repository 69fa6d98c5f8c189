/** The hint and error parts that every form field shares, and the ids that tie them to its control. */

export function describedBy(id: string, { description, error }: { description?: string | undefined; error?: string | undefined }) {
  const ids = [description && `${id}-description`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface PartProps {
  id: string;
  /** Inside a single form field (laid out on its grid), or under a fieldset's legend. */
  inFieldset?: boolean;
}

export function FieldDescription({ id, description, inFieldset = false }: PartProps & { description?: string | undefined }) {
  if (!description) return null;
  return (
    <div id={`${id}-description`} className={inFieldset ? 'utrecht-form-field-description' : 'utrecht-form-field__description utrecht-form-field-description'}>
      {description}
    </div>
  );
}

export function FieldError({ id, error, inFieldset = false }: PartProps & { error?: string | undefined }) {
  if (!error) return null;
  return (
    <div id={`${id}-error`} className={inFieldset ? 'utrecht-form-field-error-message' : 'utrecht-form-field__error-message utrecht-form-field-error-message'}>
      {error}
    </div>
  );
}
