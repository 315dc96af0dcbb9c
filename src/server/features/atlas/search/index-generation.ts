import type { Tx } from '../../../platform/db/client.ts';
import { BUS_RECONNECTED, type Bus } from '../../../platform/events/bus.ts';
import { emit } from '../../../platform/events/outbox.ts';

/**
 * The index generation: a number every cache of atlas answers in this process (search answers, words,
 * record pages) keeps its entries for, and drops them when it moves.
 *
 * It moves twice for every write to the index: at once when the write starts (this process stops
 * keeping answers) and again when the write's transaction has committed, by the event `atlas.index-changed`
 * the write leaves in the outbox. That event reaches every process over the bus, so other processes
 * drop their answers too, and an answer computed in this process between the write's start and its
 * commit (from the rows as they were) is not kept past the commit either.
 */

export const INDEX_CHANGED = 'atlas.index-changed';

let generation = 0;

export function indexGeneration(): number {
  return generation;
}

/** Marks an index write in `tx`: caches drop their answers now, and again once it has committed. */
export async function indexChanging(tx: Tx): Promise<void> {
  generation += 1;
  // For no person: the gateway delivers it to no client; processes hear it on the bus.
  await emit(tx, { type: INDEX_CHANGED, payload: {}, audience: { kind: 'persons', personIds: [] } });
}

/**
 * Moves the generation whenever an index write of any process has committed, or the bus lost events
 * (after a reconnection nobody knows what changed meanwhile). Returns the unsubscribe.
 */
export function followIndexChanges(bus: Bus): () => void {
  return bus.subscribe((event) => {
    if (event.type === INDEX_CHANGED || event.type === BUS_RECONNECTED) generation += 1;
  });
}
