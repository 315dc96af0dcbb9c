import { randomBytes } from 'node:crypto';
import { hashToken } from '../../../platform/auth/tokens.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { claimPasskeyChallenge, insertPasskeyChallenge, passkeyCountOf } from './passkey-queries.ts';

/** How long the proof of a passkey step-up may wait for the action it was made for. */
const PROOF_SECONDS = 120;
const PROOF = /^pk[0-9a-f]{18}$/;

/**
 * A passkey step-up ends in a short proof (`pk` and 18 hex digits) that travels in the same header as a
 * TOTP code, so that every route asking for a step-up takes either. Only its sha256 is stored.
 */
export const isPasskeyProof = (code: string) => PROOF.test(code);

export async function issuePasskeyProof(tx: Tx, personId: string): Promise<string> {
  const proof = `pk${randomBytes(9).toString('hex')}`;
  await insertPasskeyChallenge(tx, {
    id: newId(),
    challenge: hashToken(proof),
    personId,
    purpose: 'step-up-proof',
    expiresAt: new Date(Date.now() + PROOF_SECONDS * 1000),
  });
  return proof;
}

/** Uses a passkey proof up; false for an unknown, used, expired or another person's one. */
export function spendPasskeyProof(tx: Tx, personId: string, proof: string): Promise<boolean> {
  return claimPasskeyChallenge(tx, hashToken(proof), personId, 'step-up-proof');
}

export async function hasPasskeys(tx: Tx, personId: string): Promise<boolean> {
  return (await passkeyCountOf(tx, personId)) > 0;
}
