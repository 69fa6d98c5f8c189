import type { FormEvent } from 'react';
import { Button } from './Button';
import { TextField } from './TextField';

interface SearchFormProps {
  /** Names the search landmark. */
  formLabel: string;
  label: string;
  buttonLabel: string;
  defaultValue: string;
  onSearch: (query: string) => void;
}

export function SearchForm({ formLabel, label, buttonLabel, defaultValue, onSearch }: SearchFormProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim());
  }
  return (
    <form role="search" aria-label={formLabel} onSubmit={handleSubmit} className="app-search">
      <TextField label={label} name="q" type="search" defaultValue={defaultValue} autoComplete="off" />
      <Button type="submit" appearance="primary-action">
        {buttonLabel}
      </Button>
    </form>
  );
}
