import type { TFunction } from 'i18next';
import {
  type Arbitration,
  LEGAL_LIMITS,
  type LegalPage,
  type LegalPageInput,
} from '../../../shared/contracts/legal.ts';
import { ApiError } from '../../api/api-error.ts';
import { fieldProblemText } from '../../ui/problem.tsx';
import type { FieldChecks } from '../../ui/use-form-errors.ts';

/** What the edit form holds: both texts and, for the accessibility statement, its contacts. */
export interface LegalDraft {
  de: string;
  en: string;
  feedbackEmail: string;
  feedbackPhone: string;
  arbitration: Arbitration;
}

export type ArbitrationField = `arbitration${Capitalize<keyof Arbitration>}`;
export const ARBITRATION_FIELDS: (keyof Arbitration)[] = ['name', 'address', 'phone', 'email', 'website'];
export const arbitrationField = (key: keyof Arbitration): ArbitrationField =>
  `arbitration${key.charAt(0).toUpperCase()}${key.slice(1)}` as ArbitrationField;

export function draftOf(page: LegalPage): LegalDraft {
  return {
    de: page.texts.de,
    en: page.texts.en,
    feedbackEmail: page.accessibility?.feedbackEmail ?? '',
    feedbackPhone: page.accessibility?.feedbackPhone ?? '',
    arbitration: {
      ...(page.accessibility?.arbitration ?? { name: '', address: '', phone: '', email: '', website: '' }),
    },
  };
}

export function inputOf(draft: LegalDraft, withContacts: boolean): LegalPageInput {
  const input: LegalPageInput = { de: draft.de, en: draft.en };
  if (withContacts) {
    const trimmed = Object.fromEntries(
      ARBITRATION_FIELDS.map((key) => [key, draft.arbitration[key].trim()]),
    ) as unknown as Arbitration;
    input.accessibility = {
      feedbackEmail: draft.feedbackEmail.trim(),
      feedbackPhone: draft.feedbackPhone.trim(),
      arbitration: trimmed,
    };
  }
  return input;
}

// Deliberately loose, like the account forms: the server decides; this catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+()/. -]*$/;

/** The form's own checks, in the words of the interface. */
export function checkDraft(t: TFunction, draft: LegalDraft, withContacts: boolean): FieldChecks {
  const tooLong = (text: string) =>
    text.length > LEGAL_LIMITS.html ? t('validation.maxLength', { count: LEGAL_LIMITS.html }) : undefined;
  const checks: FieldChecks = { de: tooLong(draft.de), en: tooLong(draft.en) };
  if (!withContacts) return checks;
  const email = (value: string) => (value.trim() && !EMAIL.test(value.trim()) ? t('validation.email') : undefined);
  const phone = (value: string) => (PHONE.test(value.trim()) ? undefined : t('legal.admin.validation.phone'));
  const { arbitration } = draft;
  return {
    ...checks,
    feedbackEmail: email(draft.feedbackEmail),
    feedbackPhone: phone(draft.feedbackPhone),
    arbitrationName: arbitration.name.trim() ? undefined : t('validation.required'),
    arbitrationPhone: phone(arbitration.phone),
    arbitrationEmail: email(arbitration.email),
    arbitrationWebsite:
      arbitration.website.trim() && !/^https?:\/\/\S+$/.test(arbitration.website.trim())
        ? t('validation.url')
        : undefined,
  };
}

/** The server's complaints about fields, keyed by the form's field names (`accessibility.arbitration.name` → `arbitrationName`). */
export function serverFieldErrors(t: TFunction, error: unknown): FieldChecks {
  if (!(error instanceof ApiError)) return {};
  const found: FieldChecks = {};
  for (const { field, message } of error.fields) {
    const parts = field.split('.');
    const name =
      parts[0] === 'accessibility' && parts[1] === 'arbitration' && parts[2]
        ? arbitrationField(parts[2] as keyof Arbitration)
        : parts[0] === 'accessibility' && parts[1]
          ? parts[1]
          : parts[0];
    if (name && !found[name]) found[name] = fieldProblemText(t, message);
  }
  return found;
}
