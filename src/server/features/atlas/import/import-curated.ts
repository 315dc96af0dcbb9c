import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { saveCooperation } from '../commands/save-cooperation.ts';
import { ownerOf } from '../queries.ts';

/**
 * Publishes a curated record (the demo's cooperations) unless one with its external ID or slug is
 * already there. Safe to call at every start: what people changed in an existing record stays.
 */
export async function ensureCuratedCooperation(
  tx: Tx,
  input: CooperationInput & { externalId: string; slug: string },
  authorId: string | null,
): Promise<'created' | 'present'> {
  if ((await ownerOf(tx, 'externalId', input.externalId)) || (await ownerOf(tx, 'slug', input.slug))) {
    return 'present';
  }
  await saveCooperation(tx, input, { authorId, action: 'imported', state: 'published' });
  return 'created';
}
