import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/contracts/accounts.ts';

// Deliberately loose: the server decides; this only catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(t: TFunction, email: string): string | undefined {
  if (!email.trim()) return t('validation.emailRequired');
  if (!EMAIL.test(email.trim())) return t('validation.email');
  return undefined;
}

export function checkNewPassword(t: TFunction, password: string): string | undefined {
  if (!password) return t('validation.passwordRequired');
  if (password.length < PASSWORD_MIN_LENGTH) return t('validation.passwordTooShort', { count: PASSWORD_MIN_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH) return t('validation.maxLength', { count: PASSWORD_MAX_LENGTH });
  return undefined;
}

export function checkRequired(t: TFunction, value: string, key: string): string | undefined {
  return value.trim() ? undefined : t(key);
}

/** Drops the fields without an error, so an empty object means "all good". */
export function onlyErrors(errors: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) if (message) result[field] = message;
  return result;
}
