import type { TextareaHTMLAttributes } from 'react';
import { controlAria, FieldFrame, type FieldProps } from './field-parts.tsx';

type NativeTextArea = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'>;

export interface TextAreaProps extends NativeTextArea, FieldProps {}

export function TextArea({ id, label, value, onChange, hint, error, optional, rows = 5, ...rest }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        {...rest}
        id={id}
        name={rest.name ?? id}
        rows={rows}
        className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(id, hint, error)}
        aria-required={optional ? undefined : true}
      />
    </FieldFrame>
  );
}
