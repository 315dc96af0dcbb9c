import type { Tx } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { type Audience, outbox } from './tables.ts';

/** Records an event in the caller's transaction; it is published only if the transaction commits. */
export async function emit(tx: Tx, event: NewEvent) {
  await emitAll(tx, [event]);
}

export interface NewEvent {
  type: string;
  payload: Record<string, unknown>;
  audience: Audience;
}

/** Records several events in one statement, published in this order if the transaction commits. */
export async function emitAll(tx: Tx, events: readonly NewEvent[]) {
  if (events.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      events.map((event) => ({ id: newId(), type: event.type, payload: event.payload, audience: event.audience })),
    );
}
