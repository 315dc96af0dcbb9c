import { newId } from '../db/ids.ts';
import { BUS_RECONNECTED, type Bus } from './bus.ts';
import type { DomainEvent } from './event.ts';

export type PresenceStatus = 'online' | 'away' | 'offline';
type Connected = 'online' | 'away';

/** How often a process tells the others everyone it has connected, and how long that word holds. */
export const PRESENCE_HEARTBEAT_MS = 20_000;
export const PRESENCE_EXPIRY_MS = 50_000;

/**
 * Who is online, away or offline across all server processes. Each process counts its own sockets
 * (a person is online while any of their sockets is, away when all are away, offline without one) and
 * shares that over the bus: changes as they happen, everything on a heartbeat (which also ages out a
 * process that died). Changes of the merged status are reported in batches, so a thousand people
 * connecting at once make a few messages per client, not a thousand.
 */
export interface PresenceTracker {
  connected(personId: string, connectionId: string): void;
  setStatus(personId: string, connectionId: string, status: Connected): void;
  disconnected(personId: string, connectionId: string): void;
  statusOf(personId: string): PresenceStatus;
  /** Everyone not offline, with their status. */
  present(): Array<{ personId: string; status: Connected }>;
  close(): void;
}

const rank = { offline: 0, away: 1, online: 2 } as const;

/** A message between processes: never delivered to a client (its audience is nobody). */
function internal(type: string, payload: Record<string, unknown>): DomainEvent {
  return {
    id: newId(),
    position: -1,
    type,
    payload,
    audience: { kind: 'persons', personIds: [] },
    createdAt: new Date().toISOString(),
  };
}

export function createPresenceTracker(options: {
  bus: Bus;
  /** Called with the merged status of everyone whose status changed since the last call. */
  onChanges: (changes: Array<{ personId: string; status: PresenceStatus }>) => void;
  flushMs?: number;
  onError?: (err: unknown) => void;
}): PresenceTracker {
  const processId = newId();
  const shared = options.bus.kind === 'redis';
  const local = new Map<string, Map<string, Connected>>();
  const remote = new Map<string, { seenAt: number; statuses: Map<string, Connected> }>();
  const changed = new Set<string>();
  const toShare = new Set<string>();
  const reported = new Map<string, PresenceStatus>();

  function localStatus(personId: string): PresenceStatus {
    const sockets = local.get(personId);
    if (!sockets || sockets.size === 0) return 'offline';
    for (const status of sockets.values()) if (status === 'online') return 'online';
    return 'away';
  }

  function statusOf(personId: string): PresenceStatus {
    let best = localStatus(personId);
    for (const state of remote.values()) {
      const s = state.statuses.get(personId);
      if (s && rank[s] > rank[best]) best = s;
    }
    return best;
  }

  function touchLocal(personId: string) {
    changed.add(personId);
    if (shared) toShare.add(personId);
  }

  function publish(event: DomainEvent) {
    options.bus.publish(event).catch((err) => options.onError?.(err));
  }

  function shareEverything() {
    const statuses = [...local.keys()].map((id) => [id, localStatus(id)]);
    publish(internal('presence.state', { processId, full: true, statuses }));
  }

  function flush() {
    if (toShare.size > 0) {
      const statuses = [...toShare].map((id) => [id, localStatus(id)]);
      toShare.clear();
      publish(internal('presence.state', { processId, full: false, statuses }));
    }
    if (changed.size === 0) return;
    const changes: Array<{ personId: string; status: PresenceStatus }> = [];
    for (const personId of changed) {
      const status = statusOf(personId);
      if ((reported.get(personId) ?? 'offline') === status) continue;
      if (status === 'offline') reported.delete(personId);
      else reported.set(personId, status);
      changes.push({ personId, status });
    }
    changed.clear();
    if (changes.length > 0) options.onChanges(changes);
  }

  function expire() {
    const now = Date.now();
    for (const [id, state] of remote) {
      if (now - state.seenAt < PRESENCE_EXPIRY_MS) continue;
      remote.delete(id);
      for (const personId of state.statuses.keys()) changed.add(personId);
    }
  }

  const unsubscribe = options.bus.subscribe((event) => {
    const p = event.payload;
    if (p?.processId === processId) return;
    if (event.type === 'presence.hello') {
      shareEverything();
    } else if (event.type === BUS_RECONNECTED && shared) {
      // What the processes told each other meanwhile is lost: ask everyone again and say what is here.
      publish(internal('presence.hello', { processId }));
      shareEverything();
    } else if (event.type === 'presence.state' && typeof p?.processId === 'string' && Array.isArray(p.statuses)) {
      const state = remote.get(p.processId) ?? { seenAt: 0, statuses: new Map<string, Connected>() };
      state.seenAt = Date.now();
      if (p.full) {
        for (const personId of state.statuses.keys()) changed.add(personId);
        state.statuses.clear();
      }
      for (const entry of p.statuses as Array<[string, PresenceStatus]>) {
        const [personId, status] = entry;
        if (typeof personId !== 'string') continue;
        if (status === 'online' || status === 'away') state.statuses.set(personId, status);
        else state.statuses.delete(personId);
        changed.add(personId);
      }
      remote.set(p.processId, state);
    }
  });

  const flushTimer = setInterval(flush, options.flushMs ?? 500);
  flushTimer.unref();
  const heartbeat = shared
    ? setInterval(() => {
        expire();
        shareEverything();
      }, PRESENCE_HEARTBEAT_MS)
    : null;
  heartbeat?.unref();
  if (shared) publish(internal('presence.hello', { processId }));

  return {
    connected(personId, connectionId) {
      const sockets = local.get(personId) ?? new Map<string, Connected>();
      sockets.set(connectionId, 'online');
      local.set(personId, sockets);
      touchLocal(personId);
    },
    setStatus(personId, connectionId, status) {
      const sockets = local.get(personId);
      if (!sockets?.has(connectionId) || sockets.get(connectionId) === status) return;
      sockets.set(connectionId, status);
      touchLocal(personId);
    },
    disconnected(personId, connectionId) {
      const sockets = local.get(personId);
      if (!sockets?.delete(connectionId)) return;
      if (sockets.size === 0) local.delete(personId);
      touchLocal(personId);
    },
    statusOf,
    present() {
      const people = new Set<string>(local.keys());
      for (const state of remote.values()) for (const id of state.statuses.keys()) people.add(id);
      const result: Array<{ personId: string; status: Connected }> = [];
      for (const personId of people) {
        const status = statusOf(personId);
        if (status !== 'offline') result.push({ personId, status });
      }
      return result;
    },
    close() {
      clearInterval(flushTimer);
      if (heartbeat) clearInterval(heartbeat);
      unsubscribe();
      if (shared && local.size > 0) {
        publish(internal('presence.state', { processId, full: true, statuses: [] }));
      }
    },
  };
}
