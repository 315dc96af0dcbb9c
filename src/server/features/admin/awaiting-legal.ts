import type { Db } from '../../platform/db/client.ts';
import { unfilledLegalPages } from '../legal/status.ts';

/** How many of the operator's legal pages are not filled in: for platform admins, who write them. */
export async function legalPagesAwaiting(db: Db, person: { isPlatformAdmin: boolean }): Promise<number> {
  return person.isPlatformAdmin ? unfilledLegalPages(db) : 0;
}
