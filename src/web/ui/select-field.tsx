import type { SelectHTMLAttributes } from 'react';
import { controlAria, FieldFrame, type FieldProps } from './field-parts.tsx';

type NativeSelect = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'>;

interface SelectFieldProps extends NativeSelect, FieldProps {
  options: Array<{ value: string; label: string }>;
}

export function SelectField({ id, label, value, onChange, options, hint, error, optional, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <div className="kern-form-input__select-wrapper">
        <select
          {...rest}
          id={id}
          name={rest.name ?? id}
          className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...controlAria(id, hint, error)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}
