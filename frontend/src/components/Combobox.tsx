import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { classNames } from './classNames';
import { describedBy, FieldDescription, FieldError } from './FieldParts';

export interface ComboboxOption {
  /** Unique among the options (it also makes the option's element id). */
  id: string;
  label: string;
  /** A second line, e.g. the municipality of an address. */
  detail?: string | undefined;
  /** In a multi-select: whether the option is chosen already. */
  selected?: boolean;
}

interface ComboboxProps {
  label: string;
  name: string;
  description?: string | undefined;
  error?: string | undefined;
  /** The text in the box; the caller filters or fetches the options from it. */
  text: string;
  onTextChange: (text: string) => void;
  options: readonly ComboboxOption[];
  onPick: (option: ComboboxOption) => void;
  /** Read out politely while the list is open: "3 results", "searching…", "nothing found". */
  status?: string | undefined;
  /** Several options may be chosen (the list stays open after a pick). */
  multiselectable?: boolean;
  /** Backspace in an empty box (a multi-select removes its last choice). */
  onBackspaceEmpty?: () => void;
  /** Shown between the label and the box (a multi-select's chosen values). */
  before?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string | undefined;
}

/**
 * A text box with a list of suggestions: the ARIA 1.2 combobox pattern (role combobox on the input,
 * aria-expanded, aria-controls, aria-activedescendant; the list is a listbox). Arrow keys move
 * through the options, Enter picks one, Escape closes the list; typing keeps the focus in the box.
 */
export function Combobox({
  label,
  name,
  description,
  error,
  text,
  onTextChange,
  options,
  onPick,
  status,
  multiselectable = false,
  onBackspaceEmpty,
  before,
  inputRef,
  placeholder,
}: ComboboxProps) {
  const id = useId();
  const listId = `${id}-listbox`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && options.length > 0;
  const activeOption = expanded && active >= 0 && active < options.length ? options[active] : undefined;
  const optionId = (option: ComboboxOption) => `${id}-option-${option.id}`;

  function pick(option: ComboboxOption) {
    onPick(option);
    if (!multiselectable) {
      setOpen(false);
      setActive(-1);
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (options.length === 0 ? -1 : (current + 1) % options.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (options.length === 0 ? -1 : current <= 0 ? options.length - 1 : current - 1));
        break;
      case 'Home':
      case 'End':
        if (expanded) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : options.length - 1);
        }
        break;
      case 'Enter':
        if (activeOption) {
          event.preventDefault(); // picking, not submitting the form
          pick(activeOption);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          onTextChange('');
        }
        break;
      case 'Backspace':
        if (text === '' && onBackspaceEmpty) onBackspaceEmpty();
        break;
    }
  }

  return (
    <div className={classNames('utrecht-form-field', 'utrecht-form-field--text', 'app-combobox-field', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id} description={description} />
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">
        {before}
        <div className="utrecht-combobox app-combobox">
          <input
            ref={inputRef}
            id={id}
            name={name}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            className={classNames('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid')}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, { description, error })}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
            value={text}
            onChange={(event) => {
              onTextChange(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={handleKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
          />
          <div className={classNames('utrecht-combobox__popover', 'utrecht-combobox__popover--block-end', 'app-combobox__popover', !expanded && 'utrecht-combobox__popover--hidden')}>
            <ul
              id={listId}
              role="listbox"
              aria-label={label}
              aria-multiselectable={multiselectable || undefined}
              className="utrecht-listbox utrecht-listbox__list app-combobox__list"
            >
              {options.map((option, index) => (
                <li
                  key={option.id}
                  id={optionId(option)}
                  role="option"
                  aria-selected={multiselectable ? Boolean(option.selected) : index === active}
                  className={classNames(
                    'utrecht-listbox__option',
                    'utrecht-listbox__option--html-li',
                    'app-combobox__option',
                    index === active && 'utrecht-listbox__option--active app-combobox__option--active',
                    option.selected && 'utrecht-listbox__option--selected',
                  )}
                  // Keep the focus in the box: a mouse press would blur it and close the list first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(option)}
                >
                  {multiselectable && (
                    <span aria-hidden="true" className="app-combobox__check">
                      {option.selected ? '✓' : ''}
                    </span>
                  )}
                  <span>{option.label}</span>
                  {option.detail && <span className="app-combobox__detail">{option.detail}</span>}
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div role="status" aria-live="polite" className="app-visually-hidden">
          {open ? status : ''}
        </div>
      </div>
    </div>
  );
}
