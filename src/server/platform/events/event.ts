import type { Audience, outbox } from './tables.ts';

/** A domain event as it travels over the bus and the WebSocket. */
export interface DomainEvent {
  id: string;
  position: number;
  type: string;
  payload: Record<string, unknown>;
  audience: Audience;
  createdAt: string;
  /** Ephemeral events (typing): the person who caused it, who is not sent it back. */
  senderId?: string;
  /** Ephemeral events for one socket alone (signalling): its connection ID and its owner. */
  to?: { connectionId: string; personId: string };
}

export type { Audience };

/** The event an outbox row records, as it is published and replayed. */
export function eventOf(row: typeof outbox.$inferSelect): DomainEvent {
  return {
    id: row.id,
    position: row.position,
    type: row.type,
    payload: row.payload,
    audience: row.audience,
    createdAt: row.createdAt.toISOString(),
  };
}
