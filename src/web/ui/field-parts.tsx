import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon.tsx';

/** What every field component takes: its id, visible label, text value, hint and error. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

/** Label, hint and error ids of one form field, so the control can point at them. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The attributes by which a control points at its hint and error and says whether it is at fault. */
export function controlAria(id: string, hint: unknown, error: unknown) {
  return { 'aria-describedby': describedBy(id, hint, error), 'aria-invalid': error ? true : undefined } as const;
}

/** The KERN frame of one form field: label, hint, the control itself and its error. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: Pick<FieldProps, 'id' | 'label' | 'hint' | 'optional'> & { error: ReactNode; children: ReactNode }) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldLabel({ id, label, optional }: { id: string; label: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="kern-label" htmlFor={id}>
      {label}
      {optional ? <span className="kern-label__optional"> – {t('form.optional')}</span> : null}
    </label>
  );
}

export function FieldHint({ id, hint }: { id: string; hint: ReactNode }) {
  if (!hint) return null;
  return (
    <div className="kern-hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: ReactNode }) {
  if (!error) return null;
  return (
    <p className="kern-error" id={`${id}-error`}>
      <Icon name="danger" />
      <span className="kern-body">{error}</span>
    </p>
  );
}
