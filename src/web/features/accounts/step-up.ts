import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { TwoFactorStatus } from '../../../shared/contracts/two-factor.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';

/** Whether the signed-in person has a second factor (app or passkey), so that sensitive actions ask for it again (step-up). */
export function useSecondFactorActive(): boolean {
  const status = useQuery({ queryKey: ['two-factor'], queryFn: () => api.get<TwoFactorStatus>('/me/two-factor') });
  return status.data?.active === true;
}

/** Whether the signed-in person has passkeys, so that a step-up may be done with one. */
export function useHasPasskeys(): boolean {
  const status = useQuery({ queryKey: ['two-factor'], queryFn: () => api.get<TwoFactorStatus>('/me/two-factor') });
  return (status.data?.passkeys ?? 0) > 0;
}

/** The header that carries a step-up code; none without a code. */
export const stepUpInit = (code: string): RequestInit =>
  code.trim() ? { headers: { 'X-Two-Factor-Code': code.trim() } } : {};

/** What the code field says when the server refused the action for its code. */
export function stepUpCodeError(t: TFunction, error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.type === 'invalid-two-factor-code') return t('twoFactor.codeWrong');
  if (error.type === 'two-factor-code-required') return t('twoFactor.codeRequired');
  return undefined;
}
