import type { Deps } from '../../../deps.ts';
import { anyTwoFactorSecret } from './two-factor-queries.ts';
import { twoFactorKeyOf } from './two-factor-secret-box.ts';

/**
 * Refuses to start when people use two-factor sign-in but the server has no key to read their secrets
 * with (production on PostgreSQL without `TWO_FACTOR_KEY`): better no start than every such sign-in
 * failing. Without such people the server starts, and enrolment answers 503 until the key is set.
 */
export async function checkTwoFactorKey(deps: Deps): Promise<void> {
  if (twoFactorKeyOf(deps.config)) return;
  if (await anyTwoFactorSecret(deps.db)) {
    throw new Error(
      'TWO_FACTOR_KEY is not set, but people use two-factor sign-in: set it to the key their secrets were stored under (32 bytes in base64).',
    );
  }
  console.warn('TWO_FACTOR_KEY is not set: two-factor sign-in cannot be turned on until it is.');
}
