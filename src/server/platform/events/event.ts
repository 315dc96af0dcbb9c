import type { Audience } from './tables.ts';

/** A domain event as it travels over the bus and the WebSocket. */
export interface DomainEvent {
  id: string;
  position: number;
  type: string;
  payload: Record<string, unknown>;
  audience: Audience;
  createdAt: string;
}

export type { Audience };
