import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { Alert } from './alert.tsx';

/** A human sentence for a failed request: the translation of its problem type, or a general one. */
export function problemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `problems.${error.type}`;
    const text = t(key, { defaultValue: '' });
    if (text) return text;
    if (error.status === 0) return t('problems.network');
    if (error.status >= 500) return t('problems.server');
    return t('problems.generic', { status: error.status });
  }
  return t('problems.unexpected');
}

const MIN_LENGTH = /fewer than (\d+) (characters|items)/;
const MAX_LENGTH = /more than (\d+) (characters|items)/;

/** Translates the server's (English, schema-generated) message about one field. */
export function fieldProblemText(t: TFunction, message: string): string {
  const min = MIN_LENGTH.exec(message);
  if (min) return t('validation.minLength', { count: Number(min[1]) });
  const max = MAX_LENGTH.exec(message);
  if (max) return t('validation.maxLength', { count: Number(max[1]) });
  if (/format "email"/.test(message)) return t('validation.email');
  if (/format "(uri|url)"/.test(message)) return t('validation.url');
  if (/required property/.test(message)) return t('validation.required');
  if (/not allowed/.test(message)) return t('validation.notAllowed');
  return t('validation.invalid');
}

/**
 * Picks the server's field errors that belong to this form's fields; the rest of the
 * problem is left for the general alert.
 */
export function fieldErrorsFrom(t: TFunction, error: unknown, fields: string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const problem of error.fields) {
    if (fields.includes(problem.field) && !result[problem.field]) {
      result[problem.field] = fieldProblemText(t, problem.message);
    }
  }
  return result;
}

/** An alert for a failed request, announced at once. Renders nothing without an error. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = problemText(t, error);
  return (
    <Alert variant="danger" role="alert" title={title ?? text}>
      {title ? <p className="kern-body">{text}</p> : null}
    </Alert>
  );
}
