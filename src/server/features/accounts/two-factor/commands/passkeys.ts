import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { Config } from '../../../../config.ts';
import type { Deps } from '../../../../deps.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
import { hashToken } from '../../../../platform/auth/tokens.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { badRequest, conflict, notFound } from '../../../../platform/errors/problem.ts';
import { personById } from '../../queries.ts';
import type { RequestContext } from '../../request-context.ts';
import type { OpenedSession } from '../../session-cookie.ts';
import { issuePasskeyProof } from '../passkey-proof.ts';
import {
  advanceCounter,
  claimPasskeyChallenge,
  closePasskeyChallenges,
  deletePasskey,
  insertPasskey,
  insertPasskeyChallenge,
  type PasskeyPurpose,
  type PasskeyRow,
  passkeyByCredentialId,
  passkeyCountOf,
  passkeysOf,
} from '../passkey-queries.ts';
import { deleteRecoveryCodes, openChallenge, twoFactorOf, unusedRecoveryCodesOf } from '../two-factor-queries.ts';
import {
  challengeInvalid,
  checkCodeThrottle,
  finishSignIn,
  invalidCode,
  recordWrongCode,
  storeRecoveryCodes,
} from './two-factor.ts';

/** A WebAuthn ceremony's challenge lasts this long (the browser's own timeout is the same). */
export const PASSKEY_CHALLENGE_SECONDS = 300;
export const MAX_PASSKEYS = 20;
const RP_NAME = 'Allmende';
// ES256 (every platform authenticator) and RS256 (Windows Hello); EdDSA is left out as few use it.
const ALGORITHMS = [-7, -257];

/** The origin and relying party id the ceremonies are bound to: those of PUBLIC_URL. */
export function relyingPartyOf(config: Config): { origin: string; rpID: string } {
  const url = new URL(config.publicUrl);
  return { origin: url.origin, rpID: url.hostname };
}

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  backedUp: boolean;
}

const viewOf = (row: PasskeyRow): PasskeyView => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  backedUp: row.backedUp,
});

const passkeyRefused = () => badRequest('passkey-refused', 'The passkey could not be verified');

export async function listPasskeys(deps: Deps, principal: Principal): Promise<PasskeyView[]> {
  return (await passkeysOf(deps.db, principal.personId)).map(viewOf);
}

async function newChallenge(
  deps: Deps,
  personId: string,
  purpose: PasskeyPurpose,
  challenge: string,
  signInChallengeId: string | null = null,
) {
  await insertPasskeyChallenge(deps.db, {
    id: newId(),
    challenge,
    personId,
    purpose,
    signInChallengeId,
    expiresAt: new Date(Date.now() + PASSKEY_CHALLENGE_SECONDS * 1000),
  });
}

/** Options for registering a new passkey; the challenge is stored, for any process to check. */
export async function registrationOptions(
  deps: Deps,
  principal: Principal,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const person = await personById(deps.db, principal.personId);
  if (!person) throw notFound('Person');
  const existing = await passkeysOf(deps.db, person.id);
  if (existing.length >= MAX_PASSKEYS) throw conflict('passkey-limit', 'No more passkeys can be added');
  const { rpID } = relyingPartyOf(deps.config);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID,
    userName: person.email,
    userDisplayName: person.name,
    userID: new TextEncoder().encode(person.id),
    attestationType: 'none',
    timeout: PASSKEY_CHALLENGE_SECONDS * 1000,
    excludeCredentials: existing.map((row) => ({ id: row.credentialId, transports: row.transports as never })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    supportedAlgorithmIDs: ALGORITHMS,
  });
  await newChallenge(deps, person.id, 'register', options.challenge);
  return options;
}

/**
 * Verifies a new passkey's attestation (challenge used once, origin, RP id, signature) and stores it. The
 * first second factor of a person brings recovery codes, shown this once.
 */
export async function registerPasskey(
  deps: Deps,
  principal: Principal,
  input: { name: string; response: RegistrationResponseJSON },
  ctx: RequestContext,
): Promise<{ passkey: PasskeyView; recoveryCodes: string[] | null }> {
  const personId = principal.personId;
  const { origin, rpID } = relyingPartyOf(deps.config);
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: (challenge) => claimPasskeyChallenge(deps.db, challenge, personId, 'register'),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
      supportedAlgorithmIDs: ALGORITHMS,
    });
  } catch {
    throw passkeyRefused();
  }
  if (!verified.verified) throw passkeyRefused();
  const info = verified.registrationInfo;
  const hadFactor =
    Boolean((await twoFactorOf(deps.db, personId))?.enabledAt) || (await passkeyCountOf(deps.db, personId)) > 0;
  if ((await passkeyCountOf(deps.db, personId)) >= MAX_PASSKEYS)
    throw conflict('passkey-limit', 'No more passkeys can be added');
  const row = await insertPasskey(deps.db, {
    id: newId(),
    personId,
    credentialId: info.credential.id,
    publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
    counter: info.credential.counter,
    transports: (input.response.response.transports ?? []).slice(0, 10),
    name: input.name.trim(),
    backedUp: info.credentialBackedUp,
  });
  if (!row) throw conflict('passkey-exists', 'This passkey is registered already');
  const keepCodes = hadFactor && (await unusedRecoveryCodesOf(deps.db, personId)).length > 0;
  const recoveryCodes = keepCodes ? null : await storeRecoveryCodes(deps, personId);
  await audit(deps.db, {
    actorId: personId,
    action: 'auth.passkey_added',
    subjectType: 'person',
    subjectId: personId,
    ip: ctx.ip,
    details: { passkey: row.id, name: row.name },
  });
  return { passkey: viewOf(row), recoveryCodes };
}

/** Removes one of the person's passkeys (after a step-up, in the route); the last factor takes the recovery codes with it. */
export async function removePasskey(deps: Deps, principal: Principal, id: string, ctx: RequestContext): Promise<void> {
  const personId = principal.personId;
  await deps.db.transaction(async (tx) => {
    if (!(await deletePasskey(tx, personId, id))) throw notFound('Passkey');
    const totpOn = Boolean((await twoFactorOf(tx, personId))?.enabledAt);
    if (!totpOn && (await passkeyCountOf(tx, personId)) === 0) await deleteRecoveryCodes(tx, personId);
    await audit(tx, {
      actorId: personId,
      action: 'auth.passkey_removed',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
      details: { passkey: id },
    });
  });
}

async function authenticationOptions(
  deps: Deps,
  personId: string,
  purpose: PasskeyPurpose,
  signInChallengeId: string | null,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const passkeys = await passkeysOf(deps.db, personId);
  if (passkeys.length === 0) throw conflict('no-passkey', 'No passkey is registered');
  const options = await generateAuthenticationOptions({
    rpID: relyingPartyOf(deps.config).rpID,
    allowCredentials: passkeys.map((row) => ({ id: row.credentialId, transports: row.transports as never })),
    userVerification: 'preferred',
    timeout: PASSKEY_CHALLENGE_SECONDS * 1000,
  });
  await newChallenge(deps, personId, purpose, options.challenge, signInChallengeId);
  return options;
}

/**
 * Checks an assertion of one of the person's passkeys: the challenge (handed out for this purpose, open,
 * used up here), origin, RP id, signature and a counter that only grows. True when all hold.
 */
async function verifyAssertion(
  deps: Deps,
  personId: string,
  purpose: PasskeyPurpose,
  signInChallengeId: string | null,
  response: AuthenticationResponseJSON,
): Promise<boolean> {
  if (await checkAssertion(deps, personId, purpose, signInChallengeId, response)) return true;
  // A refused answer ends the ceremony, also when it named no challenge of ours.
  await closePasskeyChallenges(deps.db, personId, purpose, signInChallengeId);
  return false;
}

async function checkAssertion(
  deps: Deps,
  personId: string,
  purpose: PasskeyPurpose,
  signInChallengeId: string | null,
  response: AuthenticationResponseJSON,
): Promise<boolean> {
  const row = await passkeyByCredentialId(deps.db, personId, response.id);
  if (!row) return false;
  const { origin, rpID } = relyingPartyOf(deps.config);
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: (challenge) => claimPasskeyChallenge(deps.db, challenge, personId, purpose, signInChallengeId),
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: row.credentialId,
        publicKey: new Uint8Array(Buffer.from(row.publicKey, 'base64url')),
        counter: row.counter,
        transports: row.transports as never,
      },
      requireUserVerification: false,
    });
    if (!verified.verified) return false;
    return advanceCounter(deps.db, row.id, verified.authenticationInfo.newCounter);
  } catch {
    return false;
  }
}

/** Options for the second step of a sign-in with a passkey, bound to the half-done sign-in. */
export async function signInOptions(deps: Deps, challenge: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const open = await openChallenge(deps.db, hashToken(challenge));
  if (!open) throw challengeInvalid();
  await checkCodeThrottle(deps, open.personId);
  return authenticationOptions(deps, open.personId, 'sign-in', open.id);
}

/** Finishes a half-done sign-in with a passkey; a refused one counts like a wrong code. */
export async function completePasskeySignIn(
  deps: Deps,
  input: { challenge: string; response: AuthenticationResponseJSON },
  ctx: RequestContext,
): Promise<{ personId: string; session: OpenedSession }> {
  const open = await openChallenge(deps.db, hashToken(input.challenge));
  if (!open) throw challengeInvalid();
  await checkCodeThrottle(deps, open.personId);
  if (!(await verifyAssertion(deps, open.personId, 'sign-in', open.id, input.response))) {
    await recordWrongCode(deps, open.personId, ctx, 'sign-in');
    throw invalidCode(401);
  }
  return finishSignIn(deps, open, 'passkey', ctx);
}

/** Options for a step-up with a passkey. */
export async function stepUpOptions(deps: Deps, principal: Principal): Promise<PublicKeyCredentialRequestOptionsJSON> {
  await checkCodeThrottle(deps, principal.personId);
  return authenticationOptions(deps, principal.personId, 'step-up', null);
}

/**
 * A step-up with a passkey: the assertion is checked and answered with a short single-use proof, which the
 * action then carries in `X-Two-Factor-Code` like a TOTP code.
 */
export async function passkeyStepUp(
  deps: Deps,
  principal: Principal,
  response: AuthenticationResponseJSON,
  ctx: RequestContext,
): Promise<{ code: string; expiresInSeconds: number }> {
  await checkCodeThrottle(deps, principal.personId);
  if (!(await verifyAssertion(deps, principal.personId, 'step-up', null, response))) {
    await recordWrongCode(deps, principal.personId, ctx, 'step-up');
    throw invalidCode(401);
  }
  return { code: await issuePasskeyProof(deps.db, principal.personId), expiresInSeconds: 120 };
}
