import type { InputHTMLAttributes } from 'react';
import { controlAria, FieldFrame, type FieldProps } from './field-parts.tsx';

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'>;

export interface TextFieldProps extends NativeInput, FieldProps {
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
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...rest}
        id={id}
        name={rest.name ?? id}
        type={type}
        className={inputClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(id, hint, error)}
        aria-required={optional || !required || rest.readOnly ? undefined : true}
      />
    </FieldFrame>
  );
}

export function widthClass(width: 'full' | 'medium' | 'small') {
  if (width === 'medium') return 'kern-form-input__input--width-4';
  if (width === 'small') return 'kern-form-input__input--width-2';
  return '';
}
