import { useCallback, useMemo, useState } from 'react';
import type { SummaryError } from './error-summary.tsx';

/**
 * Field errors of one form: shown beside each field and, as links, in the error summary.
 * Field ids are `<form>-<field>` so several forms can share a page.
 */
export function useFormErrors(form: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [revision, setRevision] = useState(0);
  const id = useCallback((field: string) => `${form}-${field}`, [form]);
  const fail = useCallback((next: Record<string, string>) => {
    setErrors(next);
    setRevision((r) => r + 1);
  }, []);
  const clear = useCallback(() => setErrors({}), []);
  const summary: SummaryError[] = useMemo(
    () => Object.entries(errors).map(([field, message]) => ({ id: `${form}-${field}`, message })),
    [errors, form],
  );
  return { errors, revision, summary, id, fail, clear };
}
