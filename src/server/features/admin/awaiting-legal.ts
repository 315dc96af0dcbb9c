import type { Db } from '../../platform/db/client.ts';

/**
 * How many of the operator's legal pages are not filled in, for platform admins (who write them).
 * The place for the legal feature's answer: 0 until it tells.
 */
export async function legalPagesAwaiting(_db: Db, person: { isPlatformAdmin: boolean }): Promise<number> {
  if (!person.isPlatformAdmin) return 0;
  return 0;
}
