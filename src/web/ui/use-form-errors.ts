import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryError } from './error-summary.tsx';
import { fieldErrorsFrom } from './problem.tsx';

/** Field → message; a field without a message is fine. */
export type FieldChecks = Record<string, string | undefined>;

/**
 * Field errors of one form: shown beside each field and, as links, in the error summary.
 * Field ids are `<form>-<field>` so several forms can share a page.
 */
export function useFormErrors(form: string) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [revision, setRevision] = useState(0);
  const id = useCallback((field: string) => `${form}-${field}`, [form]);
  const fail = useCallback((next: Record<string, string>) => {
    setErrors(next);
    setRevision((r) => r + 1);
  }, []);
  const clear = useCallback(() => setErrors({}), []);
  /** Shows the messages among `checks`, if any; answers whether the form is fine to send. */
  const check = useCallback(
    (checks: FieldChecks) => {
      const found = withMessages(checks);
      if (Object.keys(found).length > 0) {
        fail(found);
        return false;
      }
      clear();
      return true;
    },
    [fail, clear],
  );
  /**
   * Shows the server's complaints about this form's fields (plus `extra`, what the caller read from
   * the problem); the rest of the problem is left for the general alert.
   */
  const failFromServer = useCallback(
    (error: unknown, fields: string[], extra: FieldChecks = {}) => {
      const found = { ...fieldErrorsFrom(t, error, fields), ...withMessages(extra) };
      if (Object.keys(found).length > 0) fail(found);
    },
    [t, fail],
  );
  const summary: SummaryError[] = useMemo(
    () => Object.entries(errors).map(([field, message]) => ({ id: `${form}-${field}`, message })),
    [errors, form],
  );
  const hasErrors = summary.length > 0;
  return { errors, hasErrors, revision, summary, id, fail, clear, check, failFromServer };
}

export type FormErrors = ReturnType<typeof useFormErrors>;

function withMessages(checks: FieldChecks): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(checks)) if (message) result[field] = message;
  return result;
}
