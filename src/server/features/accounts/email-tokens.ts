import { LINK_LIFETIME_HOURS } from '../../../shared/link-lifetimes.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { Problem } from '../../platform/errors/problem.ts';
import { consumeEmailToken, insertEmailToken, type PersonRow, personById } from './queries.ts';

export type TokenPurpose = 'verify-email' | 'password-reset';

/** How long a mailed link is valid, in hours; the mails say the same (mails.ts). */
export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = {
  'verify-email': LINK_LIFETIME_HOURS.verifyEmail,
  'password-reset': LINK_LIFETIME_HOURS.passwordReset,
};

/** Creates a one-time token for a mailed link; the database keeps only its hash. */
export async function issueEmailToken(tx: Tx, personId: string, purpose: TokenPurpose): Promise<string> {
  const token = newToken();
  await insertEmailToken(tx, {
    id: newId(),
    tokenHash: hashToken(token),
    personId,
    purpose,
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME_HOURS[purpose] * 3600_000),
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
