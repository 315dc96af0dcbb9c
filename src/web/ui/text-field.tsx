import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field-parts.tsx';

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'>;

export interface TextFieldProps extends NativeInput {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Search and filter fields are never required, yet say nothing about it. */
  required?: boolean;
  width?: 'full' | 'medium' | 'small';
}

/** A KERN text input with its visible label, optional hint and error message beside it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  optional,
  required = true,
  width = 'full',
  type = 'text',
  ...rest
}: TextFieldProps) {
  const inputClass = ['kern-form-input__input', error ? 'kern-form-input__input--error' : '', widthClass(width)]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <input
        {...rest}
        id={id}
        name={rest.name ?? id}
        type={type}
        className={inputClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={optional || !required || rest.readOnly ? undefined : true}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function widthClass(width: 'full' | 'medium' | 'small') {
  if (width === 'medium') return 'kern-form-input__input--width-4';
  if (width === 'small') return 'kern-form-input__input--width-2';
  return '';
}
