import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint, FieldLabel } from './field-parts.tsx';

type NativeTextArea = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'>;

interface TextAreaProps extends NativeTextArea {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

export function TextArea({ id, label, value, onChange, hint, error, optional, rows = 5, ...rest }: TextAreaProps) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <textarea
        {...rest}
        id={id}
        name={rest.name ?? id}
        rows={rows}
        className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={optional ? undefined : true}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
