import type { Deps } from '../../../../deps.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../../../platform/auth/passwords.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
import { hashToken, newToken } from '../../../../platform/auth/tokens.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { conflict, Problem } from '../../../../platform/errors/problem.ts';
import { wrongPassword } from '../../commands/passwords.ts';
import { LoginThrottled, recordAttempt } from '../../login-throttle.ts';
import { personById } from '../../queries.ts';
import type { RequestContext } from '../../request-context.ts';
import { type OpenedSession, openSession } from '../../session-cookie.ts';
import { hasPasskeys, isPasskeyProof, spendPasskeyProof } from '../passkey-proof.ts';
import { passkeyCountOf } from '../passkey-queries.ts';
import { enrolmentOf, isTotpCode, newRecoveryCodes, newTotpSecret, normaliseCode, stepOfCode } from '../two-factor.ts';
import {
  claimStep,
  closeChallenge,
  deleteTwoFactor,
  enableTwoFactor,
  failuresSince,
  insertChallenge,
  openChallenge,
  pruneChallenges,
  putPendingSecret,
  replaceRecoveryCodes,
  resealSecret,
  spendRecoveryCode,
  type TwoFactorRow,
  twoFactorOf,
  unusedRecoveryCodesOf,
} from '../two-factor-queries.ts';
import { memberLacksSecondFactor, twoFactorRequiredOf, twoFactorRequirement } from '../two-factor-requirement.ts';
import { isSealed, keyMissing, openSecret, sealSecret, twoFactorKeyOf } from '../two-factor-secret-box.ts';

/** A half-done sign-in lasts this long. */
export const CHALLENGE_MINUTES = 5;
/** Wrong codes a person may give per sign-in window before they wait. */
export const TWO_FACTOR_MAX_FAILURES = 5;

export const invalidCode = (status: 400 | 401) =>
  new Problem(status, 'invalid-two-factor-code', 'The code is wrong or no longer valid');
export const challengeInvalid = () =>
  new Problem(
    401,
    'two-factor-challenge-invalid',
    'This sign-in has expired',
    'Sign in again with your e-mail address and password.',
  );

const failureKey = (personId: string) => `two-factor:${personId}`;

/** Refuses with 429 while the person has given too many wrong codes within the sign-in window. */
export async function checkCodeThrottle(deps: Deps, personId: string): Promise<void> {
  const windowMs = deps.config.loginWindowMinutes * 60_000;
  const failures = await failuresSince(deps.db, failureKey(personId), new Date(Date.now() - windowMs));
  if (failures.count < TWO_FACTOR_MAX_FAILURES || !failures.oldest) return;
  const wait = Math.max(1, Math.ceil((failures.oldest.getTime() + windowMs - Date.now()) / 1000));
  throw new LoginThrottled(wait);
}

export async function recordWrongCode(deps: Deps, personId: string, ctx: RequestContext, during: string) {
  await deps.db.transaction(async (tx) => {
    await recordAttempt(tx, deps.config, failureKey(personId), ctx.ip, false);
    await audit(tx, {
      actorId: during === 'sign-in' ? null : personId,
      action: 'auth.two_factor_failed',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
      details: { during },
    });
  });
}

function keyOf(deps: Deps): Buffer {
  const key = twoFactorKeyOf(deps.config);
  if (!key) throw keyMissing();
  return key;
}

/**
 * The base32 secret of a person's row. A secret stored in plain text (before the secrets were encrypted)
 * is stored encrypted now, on its first use.
 */
async function secretOf(deps: Deps, row: TwoFactorRow): Promise<string> {
  const key = keyOf(deps);
  const secret = openSecret(key, row.personId, row.secret);
  if (!isSealed(row.secret))
    await resealSecret(deps.db, row.personId, row.secret, sealSecret(key, row.personId, secret));
  return secret;
}

/**
 * Checks a current TOTP code (each time step once), an unused recovery code (used up) or the proof of a
 * passkey step-up (used up) of an active second factor. Returns how it was proved, or null.
 */
export async function proveSecondFactor(
  deps: Deps,
  personId: string,
  code: string,
): Promise<'totp' | 'recovery-code' | 'passkey' | null> {
  const row = await twoFactorOf(deps.db, personId);
  const totpOn = Boolean(row?.enabledAt);
  if (!totpOn && !(await hasPasskeys(deps.db, personId))) return null;
  const trimmed = code.trim();
  if (isPasskeyProof(trimmed)) return (await spendPasskeyProof(deps.db, personId, trimmed)) ? 'passkey' : null;
  if (isTotpCode(trimmed)) {
    if (!row?.enabledAt) return null;
    const step = stepOfCode(await secretOf(deps, row), trimmed);
    return step !== null && (await claimStep(deps.db, personId, step)) ? 'totp' : null;
  }
  const normalised = normaliseCode(trimmed);
  for (const stored of await unusedRecoveryCodesOf(deps.db, personId)) {
    if (await verifyPassword(stored.codeHash, normalised)) {
      return (await spendRecoveryCode(deps.db, stored.id)) ? 'recovery-code' : null;
    }
  }
  return null;
}

/** Proves the second factor of a signed-in person, counting wrong codes like wrong codes at sign-in. */
async function requireSecondFactor(deps: Deps, personId: string, code: string, ctx: RequestContext, during: string) {
  await checkCodeThrottle(deps, personId);
  if (!(await proveSecondFactor(deps, personId, code))) {
    await recordWrongCode(deps, personId, ctx, during);
    throw invalidCode(400);
  }
}

export async function storeRecoveryCodes(deps: Deps, personId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashed = await Promise.all(
    codes.map(async (code) => ({ id: newId(), codeHash: await hashPassword(normaliseCode(code)) })),
  );
  await replaceRecoveryCodes(deps.db, personId, hashed);
  return codes;
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  passkeys: number;
  active: boolean;
  recoveryCodesLeft: number;
  requiredForAdmin: boolean;
  requiredByOrganisation: boolean;
  enrolmentRequired: boolean;
}

export async function twoFactorStatus(deps: Deps, principal: Principal): Promise<TwoFactorStatus> {
  const requiredForAdmin =
    principal.isPlatformAdmin && (await twoFactorRequirement(deps.db, deps.config)).platformAdmins;
  const requiredByOrganisation = (await twoFactorRequiredOf(deps.db, principal.personId)) !== null;
  const row = await twoFactorOf(deps.db, principal.personId);
  const passkeys = await passkeyCountOf(deps.db, principal.personId);
  const enabled = Boolean(row?.enabledAt);
  const active = enabled || passkeys > 0;
  const codes = active ? await unusedRecoveryCodesOf(deps.db, principal.personId) : [];
  return {
    enabled,
    enabledAt: row?.enabledAt?.toISOString() ?? null,
    passkeys,
    active,
    recoveryCodesLeft: codes.length,
    requiredForAdmin,
    requiredByOrganisation,
    enrolmentRequired: requiredByOrganisation && !active && (await memberLacksSecondFactor(deps, principal)),
  };
}

/** Starts enrolment with a new secret, shown this once; 409 when a second factor is active already. */
export async function startEnrolment(
  deps: Deps,
  principal: Principal,
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const person = await personById(deps.db, principal.personId);
  if (!person) throw wrongPassword();
  const secret = newTotpSecret();
  const sealed = sealSecret(keyOf(deps), person.id, secret);
  if (!(await putPendingSecret(deps.db, person.id, sealed))) throw alreadyEnabled();
  return { secret, ...enrolmentOf(secret, person.email) };
}

const alreadyEnabled = () => conflict('two-factor-enabled', 'Two-factor sign-in is already active');

/** Activates the second factor once a current code proves the app has the secret; returns the recovery codes. */
export async function confirmEnrolment(
  deps: Deps,
  principal: Principal,
  code: string,
  ctx: RequestContext,
): Promise<{ recoveryCodes: string[] }> {
  const personId = principal.personId;
  const row = await twoFactorOf(deps.db, personId);
  if (!row) throw conflict('two-factor-not-started', 'Two-factor enrolment has not been started');
  if (row.enabledAt) throw alreadyEnabled();
  await checkCodeThrottle(deps, personId);
  const secret = await secretOf(deps, row);
  const step = isTotpCode(code.trim()) ? stepOfCode(secret, code.trim()) : null;
  if (step === null) {
    await recordWrongCode(deps, personId, ctx, 'enrolment');
    throw invalidCode(400);
  }
  if (!(await enableTwoFactor(deps.db, personId, step))) throw alreadyEnabled();
  const recoveryCodes = await storeRecoveryCodes(deps, personId);
  await audit(deps.db, {
    actorId: personId,
    action: 'auth.two_factor_enabled',
    subjectType: 'person',
    subjectId: personId,
    ip: ctx.ip,
  });
  return { recoveryCodes };
}

/** New recovery codes (the old ones stop working), after a current code. */
export async function regenerateRecoveryCodes(
  deps: Deps,
  principal: Principal,
  code: string,
  ctx: RequestContext,
): Promise<{ recoveryCodes: string[] }> {
  const personId = principal.personId;
  if (!(await hasTwoFactor(deps, personId))) throw notActive();
  await requireSecondFactor(deps, personId, code, ctx, 'recovery-codes');
  const recoveryCodes = await storeRecoveryCodes(deps, personId);
  await audit(deps.db, {
    actorId: personId,
    action: 'auth.two_factor_recovery_codes',
    subjectType: 'person',
    subjectId: personId,
    ip: ctx.ip,
  });
  return { recoveryCodes };
}

const notActive = () => conflict('two-factor-not-enabled', 'Two-factor sign-in is not active');

async function requireActive(deps: Deps, personId: string) {
  const row = await twoFactorOf(deps.db, personId);
  if (!row?.enabledAt) throw notActive();
}

/**
 * Turns the authenticator app off: needs the password and a current code, a recovery code or a passkey's
 * proof. With passkeys left, two-factor sign-in stays on and the recovery codes stay valid.
 */
export async function disableTwoFactor(
  deps: Deps,
  principal: Principal,
  input: { password: string; code: string },
  ctx: RequestContext,
): Promise<void> {
  const personId = principal.personId;
  const person = await personById(deps.db, personId);
  if (!person) throw wrongPassword();
  await requireActive(deps, personId);
  await checkCodeThrottle(deps, personId);
  if (!(await verifyPassword(person.passwordHash, input.password))) {
    await recordWrongCode(deps, personId, ctx, 'disable');
    throw wrongPassword();
  }
  await requireSecondFactor(deps, personId, input.code, ctx, 'disable');
  await deps.db.transaction(async (tx) => {
    await deleteTwoFactor(tx, personId, { keepRecoveryCodes: await hasPasskeys(tx, personId) });
    await audit(tx, {
      actorId: personId,
      action: 'auth.two_factor_disabled',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
    });
  });
}

/** Whether sign-in must ask this person for a second factor: an authenticator app or a passkey. */
export async function hasTwoFactor(deps: Deps, personId: string): Promise<boolean> {
  return Boolean((await twoFactorOf(deps.db, personId))?.enabledAt) || (await hasPasskeys(deps.db, personId));
}

/** Opens a half-done sign-in after the right password; the browser gets its token, the database its hash. */
export async function beginChallenge(deps: Deps, personId: string): Promise<{ challenge: string; expiresAt: Date }> {
  const challenge = newToken();
  const expiresAt = new Date(Date.now() + CHALLENGE_MINUTES * 60_000);
  await deps.db.transaction(async (tx) => {
    await pruneChallenges(tx, personId);
    await insertChallenge(tx, { id: newId(), tokenHash: hashToken(challenge), personId, expiresAt });
  });
  return { challenge, expiresAt };
}

/**
 * Finishes a half-done sign-in with a TOTP or recovery code and opens the session. An unknown, used or
 * expired half-done sign-in answers 401 before any code is looked at.
 */
export async function completeSignIn(
  deps: Deps,
  input: { challenge: string; code: string },
  ctx: RequestContext,
): Promise<{ personId: string; session: OpenedSession }> {
  const open = await openChallenge(deps.db, hashToken(input.challenge));
  if (!open) throw challengeInvalid();
  const personId = open.personId;
  await checkCodeThrottle(deps, personId);
  const how = await proveSecondFactor(deps, personId, input.code);
  if (!how) {
    await recordWrongCode(deps, personId, ctx, 'sign-in');
    throw invalidCode(401);
  }
  return finishSignIn(deps, open, how, ctx);
}

/** Opens the session of a half-done sign-in whose second factor was proved (`how`), closing it. */
export async function finishSignIn(
  deps: Deps,
  open: { id: string; personId: string },
  how: string,
  ctx: RequestContext,
): Promise<{ personId: string; session: OpenedSession }> {
  const personId = open.personId;
  const person = await personById(deps.db, personId);
  if (!person) throw challengeInvalid();
  const session = await deps.db.transaction(async (tx) => {
    if (!(await closeChallenge(tx, open.id))) throw challengeInvalid();
    await recordAttempt(tx, deps.config, person.email, ctx.ip, true);
    await audit(tx, {
      actorId: personId,
      action: 'auth.login',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
      details: { secondFactor: how },
    });
    return openSession(deps, tx, personId, ctx);
  });
  return { personId, session };
}
