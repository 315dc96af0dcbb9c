import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { Problem } from '../../platform/errors/problem.ts';
import { consumeEmailToken, insertEmailToken, type PersonRow, personById } from './queries.ts';

export type TokenPurpose = 'verify-email' | 'password-reset';

const LIFETIME_MS: Record<TokenPurpose, number> = {
  'verify-email': 48 * 3600_000,
  'password-reset': 3600_000,
};

/** Creates a one-time token for a mailed link; the database keeps only its hash. */
export async function issueEmailToken(tx: Tx, personId: string, purpose: TokenPurpose): Promise<string> {
  const token = newToken();
  await insertEmailToken(tx, {
    id: newId(),
    tokenHash: hashToken(token),
    personId,
    purpose,
    expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
  });
  return token;
}

export const invalidToken = () =>
  new Problem(400, 'invalid-token', 'The link is invalid or has expired', 'Ask for a new link.');

/** Uses up a token from a mailed link and returns the person it belongs to; `invalid-token` when unknown, used or expired. */
export async function redeemEmailToken(tx: Tx, token: string, purpose: TokenPurpose): Promise<PersonRow> {
  const personId = await consumeEmailToken(tx, hashToken(token), purpose);
  const person = personId ? await personById(tx, personId) : null;
  if (!person) throw invalidToken();
  return person;
}
