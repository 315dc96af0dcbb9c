import { BUS_RECONNECTED, type Bus } from '../../../platform/events/bus.ts';
import { ORGANISATIONS_RENAMED } from '../../organisations/organisation-renames.ts';
import { PROJECT_CHANGED } from '../project-events.ts';
import type { ProjectBase } from '../projects/project-view.ts';

/**
 * Project views as every reader of a portfolio sees them (ProjectBase: names, progress, next
 * milestone, health and trend; not what the reader may do), kept per process with their JSON, so a
 * portfolio of hundreds of projects is read from the database only for what the reader may see and
 * how the projects sort.
 *
 * Only the views are kept, never who may see them: every request decides that afresh. A view is
 * dropped when its project changes (`project.changed`, from any process over the bus); all are
 * dropped when a workspace or an organisation is renamed, when the bus lost events, and when a new
 * week begins (the trend compares with last week). `ttlMs` bounds the age of a view whose news was
 * lost or that no event tells (a person's new name): 0 turns the cache off.
 */
export interface CachedBase {
  base: ProjectBase;
  /** `JSON.stringify(base)`, made once. */
  json: string;
}

export interface ProjectBaseCache {
  /** Taken before reading the database: `keep` stores only what no drop since may have made stale. */
  mark(): number;
  get(id: string, week: string): CachedBase | undefined;
  keep(mark: number, week: string, bases: readonly ProjectBase[]): CachedBase[];
  drop(id: string): void;
  dropAll(): void;
  readonly size: number;
}

const WORKSPACE_UPDATED = 'workspace.updated';

export function createProjectBaseCache(
  options: { ttlMs: number; maxEntries?: number },
  now: () => number = Date.now,
): ProjectBaseCache {
  const maxEntries = options.maxEntries ?? 20_000;
  const entries = new Map<string, CachedBase & { week: string; until: number }>();
  // Moves with every drop; a batch read before a drop may hold what the drop was for.
  let drops = 0;
  return {
    mark: () => drops,
    get(id, week) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (entry.week !== week || entry.until <= now()) {
        entries.delete(id);
        return undefined;
      }
      return entry;
    },
    keep(mark, week, bases) {
      const made = bases.map((base) => ({ base, json: JSON.stringify(base) }));
      if (options.ttlMs <= 0 || mark !== drops) return made;
      const until = now() + options.ttlMs;
      for (const entry of made) {
        entries.delete(entry.base.id);
        entries.set(entry.base.id, { ...entry, week, until });
      }
      // The oldest stored go first when the cache is full.
      for (const id of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(id);
      }
      return made;
    },
    drop(id) {
      drops += 1;
      entries.delete(id);
    },
    dropAll() {
      drops += 1;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/** Drops views as projects change in any process (see above). Returns the unsubscribe. */
export function followProjectChanges(bus: Bus, cache: ProjectBaseCache): () => void {
  return bus.subscribe((event) => {
    if (event.type === PROJECT_CHANGED) {
      const id = event.payload.projectId;
      if (typeof id === 'string') cache.drop(id);
      else cache.dropAll();
    } else if (
      event.type === WORKSPACE_UPDATED ||
      event.type === ORGANISATIONS_RENAMED ||
      event.type === BUS_RECONNECTED
    ) {
      cache.dropAll();
    }
  });
}
