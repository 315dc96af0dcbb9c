import type { Tx } from '../../../platform/db/client.ts';
import { BUS_RECONNECTED, type Bus } from '../../../platform/events/bus.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { ORGANISATIONS_RENAMED } from '../../organisations/organisation-renames.ts';

/**
 * The content generation: a number the caches of public content answers in this process (pages as
 * HTML on /inhalte/ and as JSON for apps) keep their answers for, and drop them when it moves.
 *
 * Every write that can change what citizens read (a text, a page's place or address, an adoption, a
 * pinned or taken change, an image's details, an organisation's name) moves it twice: at once when
 * the write starts, so this process keeps no answer read meanwhile, and again when its transaction
 * has committed, by the event `content.changed` the write leaves in the outbox. That event reaches
 * every process over the bus, so the others drop their answers too. A bus that lost events moves it
 * as well: nobody knows what changed meanwhile.
 */

export const CONTENT_CHANGED = 'content.changed';

let generation = 0;

export function contentGeneration(): number {
  return generation;
}

/** Marks a write of public content in `tx`: answers are dropped now, and in every process once it commits. */
export async function contentChanging(tx: Tx): Promise<void> {
  generation += 1;
  // For no person: the gateway delivers it to no client; processes hear it on the bus.
  await emit(tx, { type: CONTENT_CHANGED, payload: {}, audience: { kind: 'persons', personIds: [] } });
}

/**
 * Moves the generation whenever a content write or a renaming of organisations (their names are on
 * every page) of any process has committed. Returns the unsubscribe.
 */
export function followContentChanges(bus: Bus): () => void {
  return bus.subscribe((event) => {
    if (event.type === CONTENT_CHANGED || event.type === ORGANISATIONS_RENAMED || event.type === BUS_RECONNECTED) {
      generation += 1;
    }
  });
}
