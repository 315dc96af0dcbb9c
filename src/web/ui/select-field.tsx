import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field-parts.tsx';

type NativeSelect = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'>;

interface SelectFieldProps extends NativeSelect {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: Array<{ value: string; label: string }>;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

export function SelectField({ id, label, value, onChange, options, hint, error, optional, ...rest }: SelectFieldProps) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <div className="kern-form-input__select-wrapper">
        <select
          {...rest}
          id={id}
          name={rest.name ?? id}
          className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
