import type { Tx } from '../../platform/db/client.ts';
import { emit } from '../../platform/events/outbox.ts';

/**
 * Organisations were renamed or their directory data (name, key) changed. Every process hears it on
 * the bus once the write has committed; caches of pages that show organisations' names and addresses
 * (published citizen information) drop their answers.
 */
export const ORGANISATIONS_RENAMED = 'organisations.renamed';

export async function announceRenames(tx: Tx): Promise<void> {
  // For no person: the gateway delivers it to no client; processes hear it on the bus.
  await emit(tx, { type: ORGANISATIONS_RENAMED, payload: {}, audience: { kind: 'persons', personIds: [] } });
}
