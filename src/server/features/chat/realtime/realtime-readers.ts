import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { BUS_RECONNECTED, type Bus } from '../../../platform/events/bus.ts';
import type { DomainEvent } from '../../../platform/events/event.ts';

/** How long a cached answer is trusted without hearing of a change (a safety net; changes are heard on the bus). */
export const READERS_TTL_MS = 60_000;

const EVERYTHING = '*';

/** Who may receive chat events, answered from a per-process cache so that a delivery costs no query. */
export interface ChatAudience {
  /** Whether the person may read the channel now; synchronous when cached. */
  canReadChannel(personId: string, channelId: string): boolean | Promise<boolean>;
  /** Whether two people share a workspace or a conversation (for presence). */
  sharesRoom(a: string, b: string): boolean | Promise<boolean>;
  /** Counters for benchmarks and tests. */
  stats(): { channelLoads: number; roomLoads: number; invalidations: number };
}

interface Readers {
  workspaceId: string | null;
  persons: Set<string>;
}

/**
 * Keeps, per server process, who reads each channel and which rooms (workspaces, conversations) each
 * person is in. Loaded once per channel on first delivery (shared by concurrent deliveries), then
 * checked with a set lookup. Every process hears membership changes on the bus (`channel.member.*`,
 * `chat.access-changed`, `conversation.created`, any `workspace.*` event) and drops what they touch
 * before later events are delivered; a load that raced with such a change is repeated.
 */
export function createChatAudience(db: Db, bus: Bus, options: { ttlMs?: number } = {}): ChatAudience {
  const ttl = options.ttlMs ?? READERS_TTL_MS;
  // Made on first use: a cache allocates its full size at once (about 0.1 s for the three), which an
  // app that never delivers chat events (most test files build one) need not pay.
  let readersCache: LRUCache<string, Readers> | undefined;
  const readers = () => (readersCache ??= new LRUCache<string, Readers>({ max: 50_000, ttl }));
  // Rooms only decide presence, which matters less than message rights: trusted longer.
  let roomsCache: LRUCache<string, Set<string>> | undefined;
  const rooms = () => (roomsCache ??= new LRUCache<string, Set<string>>({ max: 100_000, ttl: ttl * 10 }));
  const loadingReaders = new Map<string, Promise<Readers>>();
  const loadingRooms = new Map<string, Promise<Set<string>>>();
  // When each channel, workspace and person was last touched by a change, on a clock of changes; a
  // load that started before such a change to what it read is repeated. (Loads take far less than a minute.)
  let clock = 0;
  let touchedCache: LRUCache<string, number> | undefined;
  const touched = () => (touchedCache ??= new LRUCache<string, number>({ max: 200_000, ttl: 60_000 }));
  const touchedSince = (keys: Iterable<string>, start: number) => {
    if (!touchedCache) return false;
    if ((touchedCache.get(EVERYTHING) ?? -1) > start) return true;
    for (const key of keys) if ((touchedCache.get(key) ?? -1) > start) return true;
    return false;
  };
  const counters = { channelLoads: 0, roomLoads: 0, invalidations: 0 };

  async function queryReaders(channelId: string): Promise<Readers> {
    counters.channelLoads += 1;
    const result = await db.execute(sql`
      select c.workspace_id as "workspaceId", array(
        select wm.person_id::text from workspace_members wm
        left join channel_members cm on cm.channel_id = c.id and cm.person_id = wm.person_id
        where c.kind = 'channel' and wm.workspace_id = c.workspace_id and (cm.added or (not c.closed and wm.role <> 'guest'))
        union all
        select cm.person_id::text from channel_members cm where c.kind <> 'channel' and cm.channel_id = c.id and cm.added
      ) as readers
      from channels c where c.id = ${channelId}`);
    const row = rowsOf<{ workspaceId: string | null; readers: string[] }>(result)[0];
    return { workspaceId: row?.workspaceId ?? null, persons: new Set(row?.readers ?? []) };
  }

  async function queryRooms(personId: string): Promise<Set<string>> {
    counters.roomLoads += 1;
    const result = await db.execute(sql`
      select 'w:' || workspace_id as room from workspace_members where person_id = ${personId}
      union all
      select 'c:' || cm.channel_id from channel_members cm join channels c on c.id = cm.channel_id
      where cm.person_id = ${personId} and cm.added and c.kind <> 'channel'`);
    return new Set(rowsOf<{ room: string }>(result).map((r) => r.room));
  }

  /** Loads once for all who ask at the same time; loads again when a change to what it read was heard meanwhile. */
  function cached<T extends object>(
    cacheOf: () => LRUCache<string, T>,
    loading: Map<string, Promise<T>>,
    key: string,
    query: (key: string) => Promise<T>,
    dependsOn: (value: T) => Iterable<string>,
  ): T | Promise<T> {
    const cache = cacheOf();
    const hit = cache.get(key);
    if (hit) return hit;
    let pending = loading.get(key);
    if (!pending) {
      pending = (async () => {
        for (let attempt = 0; ; attempt += 1) {
          const started = clock;
          const value = await query(key);
          const stale = touchedSince([key, ...dependsOn(value)], started);
          if (!stale) cache.set(key, value);
          if (!stale || attempt >= 2) return value;
        }
      })().finally(() => loading.delete(key));
      loading.set(key, pending);
    }
    return pending;
  }

  function forgetChannel(channelId: unknown) {
    if (typeof channelId !== 'string') return;
    readersCache?.delete(channelId);
    touched().set(channelId, clock);
  }
  function forgetPerson(personId: unknown) {
    if (typeof personId !== 'string') return;
    roomsCache?.delete(personId);
    touched().set(personId, clock);
  }
  function forgetWorkspace(workspaceId: unknown) {
    if (typeof workspaceId !== 'string') return;
    touched().set(`w:${workspaceId}`, clock);
    if (readersCache) {
      for (const [channelId, entry] of readersCache.entries())
        if (entry.workspaceId === workspaceId) readersCache.delete(channelId);
    }
    if (roomsCache) {
      for (const [personId, set] of roomsCache.entries()) if (set.has(`w:${workspaceId}`)) roomsCache.delete(personId);
    }
  }

  function heard(event: DomainEvent) {
    const p = event.payload ?? {};
    clock += 1;
    if (event.type === BUS_RECONNECTED) {
      // Membership changes are caught up from the outbox, but a load that raced with them is not:
      // forget everything and let loads under way count as stale.
      readersCache?.clear();
      roomsCache?.clear();
      touched().set(EVERYTHING, clock);
    } else if (event.type === 'channel.member.added' || event.type === 'channel.member.removed') {
      forgetChannel(p.channelId);
      forgetPerson(p.personId);
    } else if (event.type === 'chat.access-changed') {
      forgetWorkspace(p.workspaceId);
      for (const id of Array.isArray(p.channelIds) ? p.channelIds : []) forgetChannel(id);
      forgetPerson(p.personId);
    } else if (event.type === 'conversation.created') {
      const members = (p.channel as { members?: Array<{ id: string }> } | undefined)?.members ?? [];
      for (const m of members) forgetPerson(m.id);
    } else if (event.type.startsWith('workspace.')) {
      // The workspaces feature's membership events (added, role changed, left, removed).
      forgetWorkspace(p.workspaceId);
      forgetPerson(p.personId);
    } else {
      return;
    }
    counters.invalidations += 1;
  }
  bus.subscribe(heard);

  return {
    canReadChannel(personId, channelId) {
      const entry = cached(readers, loadingReaders, channelId, queryReaders, (e) =>
        e.workspaceId ? [`w:${e.workspaceId}`] : [],
      );
      return entry instanceof Promise ? entry.then((e) => e.persons.has(personId)) : entry.persons.has(personId);
    },
    sharesRoom(a, b) {
      const first = cached(rooms, loadingRooms, a, queryRooms, roomKeys);
      const second = cached(rooms, loadingRooms, b, queryRooms, roomKeys);
      if (first instanceof Promise || second instanceof Promise) {
        return Promise.all([first, second]).then(([x, y]) => a === b || intersects(x, y));
      }
      return a === b || intersects(first, second);
    },
    stats: () => ({ ...counters }),
  };
}

/** A person's rooms as the keys their changes are recorded under (workspaces `w:…`, conversations by ID). */
function roomKeys(rooms: Set<string>): string[] {
  return [...rooms].map((room) => (room.startsWith('w:') ? room : room.slice(2)));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return true;
  return false;
}
