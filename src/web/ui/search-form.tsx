import type { FormEvent } from 'react';
import { Button } from './button.tsx';
import { TextField } from './text-field.tsx';

interface SearchFormProps {
  /** The name of the search landmark. */
  region: string;
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Runs the search with what is in the field. */
  onSearch: () => void;
  submit: string;
}

/** One search field with its button, in a search landmark. */
export function SearchForm({ region, id, label, value, onChange, onSearch, submit }: SearchFormProps) {
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSearch();
  }
  return (
    <search aria-label={region}>
      <form className="search-form" noValidate onSubmit={onSubmit}>
        <TextField id={id} label={label} type="search" required={false} value={value} onChange={onChange} />
        <div className="search-form__submit">
          <Button type="submit" icon="search">
            {submit}
          </Button>
        </div>
      </form>
    </search>
  );
}
