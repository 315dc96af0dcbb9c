import { asc, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { AllianceRef } from './of-organisation.ts';
import { alliances } from './tables.ts';

/** Alliances by ID with name and slug (for other features that show who owns something); unknown IDs are left out. */
export async function allianceRefs(tx: Tx, ids: string[]): Promise<AllianceRef[]> {
  if (ids.length === 0) return [];
  return tx
    .select({ id: alliances.id, name: alliances.name, slug: alliances.slug })
    .from(alliances)
    .where(inArray(alliances.id, ids))
    .orderBy(asc(alliances.name));
}
