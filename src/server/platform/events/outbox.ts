import type { Tx } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { type Audience, outbox } from './tables.ts';

/** Records an event in the caller's transaction; it is published only if the transaction commits. */
export async function emit(tx: Tx, event: { type: string; payload: Record<string, unknown>; audience: Audience }) {
  await tx.insert(outbox).values({ id: newId(), type: event.type, payload: event.payload, audience: event.audience });
}
