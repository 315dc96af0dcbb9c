import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/contracts/accounts.ts';
import type { FieldChecks } from '../../ui/use-form-errors.ts';

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

/** The checks of a new account, whether a person registers or the first administrator is set up. */
export function checkNewAccount(t: TFunction, account: { name: string; email: string; password: string }): FieldChecks {
  return {
    name: checkRequired(t, account.name, 'validation.nameRequired'),
    email: checkEmail(t, account.email),
    password: checkNewPassword(t, account.password),
  };
}
