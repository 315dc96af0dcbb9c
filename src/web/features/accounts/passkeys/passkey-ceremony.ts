import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';
import type { Me } from '../../../../shared/contracts/accounts.ts';
import type { RegisteredPasskey } from '../../../../shared/contracts/two-factor.ts';
import { api, request } from '../../../api/client.ts';
import { stepUpInit } from '../step-up.ts';

export const passkeysSupported = () => browserSupportsWebAuthn();

/** The person closed the browser's passkey dialog, or it timed out: not an error worth a red box. */
export const passkeyCancelled = (error: unknown) =>
  (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED') ||
  (error instanceof Error && error.name === 'NotAllowedError');

/** Registers a passkey on this device under a name; with two factors on, `code` is the step-up. */
export async function registerPasskey(name: string, code = ''): Promise<RegisteredPasskey> {
  const optionsJSON = await request<PublicKeyCredentialCreationOptionsJSON>(
    'POST',
    '/me/passkeys/options',
    undefined,
    stepUpInit(code),
  );
  const response = await startRegistration({ optionsJSON });
  return api.post<RegisteredPasskey>('/me/passkeys', { name, response });
}

/** Finishes a half-done sign-in with a passkey. */
export async function signInWithPasskey(challenge: string): Promise<Me> {
  const optionsJSON = await api.post<PublicKeyCredentialRequestOptionsJSON>('/auth/login/passkey/options', {
    challenge,
  });
  const response = await startAuthentication({ optionsJSON });
  return api.post<Me>('/auth/login/passkey', { challenge, response });
}

/** Asks the second factor again with a passkey; answers the proof to send as the step-up code. */
export async function passkeyStepUp(): Promise<string> {
  const optionsJSON = await api.post<PublicKeyCredentialRequestOptionsJSON>('/me/two-factor/step-up/passkey/options');
  const response = await startAuthentication({ optionsJSON });
  return (await api.post<{ code: string }>('/me/two-factor/step-up/passkey', { response })).code;
}
