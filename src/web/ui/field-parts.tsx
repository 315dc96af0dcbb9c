import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon.tsx';

/** Label, hint and error ids of one form field, so the control can point at them. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
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
