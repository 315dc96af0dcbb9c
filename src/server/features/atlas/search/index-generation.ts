import type { Tx } from '../../../platform/db/client.ts';
import { BUS_RECONNECTED, type Bus } from '../../../platform/events/bus.ts';
import { emit } from '../../../platform/events/outbox.ts';

/**
 * The index generation: a number every cache of atlas answers in this process (search answers, words,
 * record pages, the published table) keeps its entries for, and drops or renews them when it moves.
 *
 * It moves twice for every write to the index: at once when the write starts (this process stops
 * keeping answers) and again when the write's transaction has committed, by the event `atlas.index-changed`
 * the write leaves in the outbox. That event reaches every process over the bus, so other processes
 * drop their answers too, and an answer computed in this process between the write's start and its
 * commit (from the rows as they were) is not kept past the commit either.
 *
 * Each move remembers which records changed (`changesSince`), so the published table renews only those.
 */

export const INDEX_CHANGED = 'atlas.index-changed';

/** The records a move concerns; null when any may have changed. */
export type IndexChange = readonly string[] | null;

/** Moves remembered; a table older than these is loaded whole. */
const CHANGES_KEPT = 256;
/** An event names at most this many records; a larger write says "any" (its readers load everything). */
const IDS_PER_EVENT_MAX = 1_000;

let generation = 0;
const changes: { generation: number; ids: IndexChange }[] = [];

export function indexGeneration(): number {
  return generation;
}

function move(ids: IndexChange): void {
  generation += 1;
  changes.push({ generation, ids });
  if (changes.length > CHANGES_KEPT) changes.shift();
}

/**
 * The records changed since generation `since`, or null when that cannot be told (a move of any
 * record, a bus that lost events, or moves older than those remembered).
 */
export function changesSince(since: number): Set<string> | null {
  const ids = new Set<string>();
  if (since === generation) return ids;
  const first = changes[0];
  if (!first || first.generation > since + 1) return null;
  for (const change of changes) {
    if (change.generation <= since) continue;
    if (change.ids === null) return null;
    for (const id of change.ids) ids.add(id);
  }
  return ids;
}

/**
 * Marks an index write of the records `ids` (null: any) in `tx`: caches drop their answers now, and
 * again in every process once it has committed.
 */
export async function indexChanging(tx: Tx, ids: IndexChange): Promise<void> {
  const named = ids !== null && ids.length <= IDS_PER_EVENT_MAX ? ids : null;
  move(named);
  // For no person: the gateway delivers it to no client; processes hear it on the bus.
  await emit(tx, { type: INDEX_CHANGED, payload: { ids: named }, audience: { kind: 'persons', personIds: [] } });
}

/**
 * Moves the generation whenever an index write of any process has committed, or the bus lost events
 * (after a reconnection nobody knows what changed meanwhile). Returns the unsubscribe.
 */
export function followIndexChanges(bus: Bus): () => void {
  return bus.subscribe((event) => {
    if (event.type === INDEX_CHANGED) {
      const ids = event.payload.ids;
      move(Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : null);
    } else if (event.type === BUS_RECONNECTED) {
      move(null);
    }
  });
}
