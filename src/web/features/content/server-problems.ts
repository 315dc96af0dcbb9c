import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-error.ts';

/** Messages at the fields for the content API's refusals that concern one field (e.g. a taken address). */
export function serverFieldChecks(t: TFunction, error: unknown): Record<string, string | undefined> {
  if (!(error instanceof ApiError)) return {};
  if (error.type === 'slug-taken') return { slug: t('content.form.errors.slugTaken') };
  return {};
}

/** Why the page could not be deleted (409): other organisations link it, or it has pages below it. */
export function deleteRefusal(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const known = t(`content.delete.refused.${error.type}`, { defaultValue: '' });
  if (known) return known;
  return error.detail ? `${t('content.delete.refusedGeneric')} ${error.detail}` : t('content.delete.refusedGeneric');
}
