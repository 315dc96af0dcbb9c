import { useSyncExternalStore } from 'react';

export type PresenceStatus = 'online' | 'away' | 'offline';

/** A tiny store outside React: realtime events write to it, components read a snapshot. */
function createStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

// Presence is kept for the whole visit: the server sends the full picture once per connection and
// changes after that, so leaving the chat and coming back must not forget it.
const presence = createStore<ReadonlyMap<string, PresenceStatus>>(new Map());

export function applyPresence(statuses: Array<{ personId: string; status: PresenceStatus }>) {
  const next = new Map(presence.get());
  for (const { personId, status } of statuses) next.set(personId, status);
  presence.set(next);
}

export function usePresence(personId: string): PresenceStatus {
  return useSyncExternalStore(presence.subscribe, () => presence.get().get(personId) ?? 'offline');
}

/** How long a "typing" signal counts; the server passes one on at most every few seconds. */
export const TYPING_SHOWN_MS = 6_000;

interface Typist {
  name: string;
  until: number;
}

const typing = createStore<ReadonlyMap<string, ReadonlyMap<string, Typist>>>(new Map());

export function applyTyping(channelId: string, personId: string, name: string) {
  const next = new Map(typing.get());
  const channel = new Map(next.get(channelId));
  channel.set(personId, { name, until: Date.now() + TYPING_SHOWN_MS });
  next.set(channelId, channel);
  typing.set(next);
}

/** Someone who posted has stopped typing, whatever their last signal said. */
export function clearTyping(channelId: string, personId: string) {
  const channel = typing.get().get(channelId);
  if (!channel?.has(personId)) return;
  const next = new Map(typing.get());
  const rest = new Map(channel);
  rest.delete(personId);
  next.set(channelId, rest);
  typing.set(next);
}

const NOBODY: ReadonlyMap<string, Typist> = new Map();

export function useTypists(channelId: string): ReadonlyMap<string, Typist> {
  return useSyncExternalStore(typing.subscribe, () => typing.get().get(channelId) ?? NOBODY);
}
