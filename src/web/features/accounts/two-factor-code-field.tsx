import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TWO_FACTOR_CODE_MAX_LENGTH } from '../../../shared/contracts/two-factor.ts';
import { TextField } from '../../ui/text-field.tsx';
import { PasskeyStepUpButton } from './passkeys/passkey-step-up-button.tsx';

/** The field for a code from the authenticator app (or, where allowed, a recovery code). */
export function TwoFactorCodeField({
  id,
  value,
  onChange,
  error,
  recoveryAllowed = true,
  passkey = false,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  recoveryAllowed?: boolean;
  /** A step-up: a person with passkeys may confirm with one instead (it fills in a one-time proof). */
  passkey?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {passkey ? <PasskeyStepUpButton onProof={onChange} /> : null}
      <TextField
        id={id}
        label={t('twoFactor.code')}
        hint={recoveryAllowed ? t('twoFactor.codeHintWithRecovery') : t('twoFactor.codeHint')}
        autoComplete="one-time-code"
        inputMode={recoveryAllowed ? 'text' : 'numeric'}
        spellCheck={false}
        autoCapitalize="off"
        maxLength={TWO_FACTOR_CODE_MAX_LENGTH}
        // Wide enough for a recovery code such as `abcde-23456`.
        style={{ maxWidth: '16rem' }}
        value={value}
        onChange={onChange}
        error={error}
      />
    </>
  );
}

/** The browser's check of a code before it is sent: 6 digits, or a recovery code of 10 characters. */
export function checkCode(t: TFunction, code: string, recoveryAllowed = true): string | undefined {
  const trimmed = code.trim();
  if (!trimmed) return t('twoFactor.codeRequired');
  if (/^\d{6}$/.test(trimmed)) return undefined;
  if (/^pk[0-9a-f]{18}$/.test(trimmed)) return undefined;
  if (recoveryAllowed && /^[0-9a-z]{10}$/i.test(trimmed.replace(/[\s-]/g, ''))) return undefined;
  return recoveryAllowed ? t('twoFactor.codeInvalidWithRecovery') : t('twoFactor.codeInvalid');
}
