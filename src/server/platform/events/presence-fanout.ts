import type { WebSocket } from 'ws';
import type { Principal } from '../auth/session-store.ts';
import type { DomainEvent } from './event.ts';
import type { CanReceive } from './gateway.ts';
import type { PresenceStatus } from './presence.ts';

export interface PresenceClient {
  socket: WebSocket;
  principal: Principal;
}

type Status = { personId: string; status: PresenceStatus };

/** The question "may this person see that person's presence?" as an event the audience rules answer. */
export function presenceProbe(personId: string): DomainEvent {
  return { id: '', position: -1, type: 'presence', payload: {}, audience: { kind: 'peers', personId }, createdAt: '' };
}

/**
 * Sends presence changes to every client that may see them, as `{"type":"presence","statuses":[…]}`
 * (never a person's own). Built for a storm (thousands connecting at once, all in one workspace): the
 * rights of the people who changed are loaded once per batch before the fan-out, so the checks answer
 * from cache; and clients who see the same statuses share one serialised message.
 */
export function createPresenceFanout(options: {
  canReceive: CanReceive;
  clients: () => Iterable<PresenceClient>;
  warn: (err: unknown, msg: string) => void;
}) {
  const { canReceive } = options;

  function send(client: PresenceClient, payload: Buffer | string) {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(payload, { binary: false });
  }

  /** Which of the statuses the client may see: indices, synchronously where the rules answer from cache. */
  function visibleTo(client: PresenceClient, statuses: Status[]): number[] | Promise<number[]> {
    const visible: number[] = [];
    const later: Array<Promise<void>> = [];
    statuses.forEach((entry, index) => {
      if (entry.personId === client.principal.personId) return;
      const verdict = canReceive(client.principal, presenceProbe(entry.personId));
      if (verdict === true) visible.push(index);
      else if (verdict !== false) later.push(verdict.then((ok) => void (ok && visible.push(index))));
    });
    if (later.length === 0) return visible;
    return Promise.all(later).then(() => visible.sort((a, b) => a - b));
  }

  async function broadcast(statuses: Status[]) {
    const clients = [...options.clients()];
    const first = clients[0];
    if (!first) return;
    // Load the rights of whoever changed once, not once per client and change.
    await Promise.all(statuses.map((s) => canReceive(first.principal, presenceProbe(s.personId)))).catch((err) =>
      options.warn(err, 'presence check failed'),
    );
    const shared = new Map<string, Buffer>();
    const message = (indices: number[]) => {
      const key = indices.join(',');
      let payload = shared.get(key);
      if (!payload) {
        payload = Buffer.from(JSON.stringify({ type: 'presence', statuses: indices.map((i) => statuses[i]) }));
        shared.set(key, payload);
      }
      return payload;
    };
    for (const client of clients) {
      const visible = visibleTo(client, statuses);
      if (Array.isArray(visible)) {
        if (visible.length > 0) send(client, message(visible));
      } else {
        visible.then(
          (indices) => indices.length > 0 && send(client, message(indices)),
          (err) => options.warn(err, 'presence check failed'),
        );
      }
    }
  }

  /** Sends one client everyone present it may see (on its first presence message). */
  async function snapshot(client: PresenceClient, statuses: Status[]) {
    const indices = await visibleTo(client, statuses);
    if (indices.length > 0)
      send(client, JSON.stringify({ type: 'presence', statuses: indices.map((i) => statuses[i]) }));
  }

  /** Asks once at connection, so that later checks about this client answer from cache. */
  function warm(client: PresenceClient) {
    const verdict = canReceive(client.principal, presenceProbe(client.principal.personId));
    if (verdict instanceof Promise) verdict.catch((err) => options.warn(err, 'presence check failed'));
  }

  return { broadcast, snapshot, warm };
}
