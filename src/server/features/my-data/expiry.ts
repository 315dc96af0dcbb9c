import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.ts';
import { every } from '../../platform/jobs/every.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { type ExportResult, expiredExports, markRemoved } from './export-queries.ts';

/** Removes the archives of exports past their time (at most `limit` per round); the list then says expired. */
export async function removeExpiredExports(deps: Pick<Deps, 'db' | 'config'>, now = new Date(), limit = 100) {
  const store = blobStorageFor(deps.config);
  let removed = 0;
  for (const job of await expiredExports(deps.db, now, limit)) {
    const key = (job.result as ExportResult).blobKey as string;
    await store.remove(key);
    await markRemoved(deps.db, job.id, now);
    removed += 1;
  }
  return removed;
}

/** Runs the removal every hour (any process may: removing twice removes nothing more). */
export function startExportExpiry(
  deps: Pick<Deps, 'db' | 'config'>,
  options: { intervalMs?: number; log?: FastifyBaseLogger } = {},
): { stop(): Promise<void> } {
  return every(
    options.intervalMs ?? 60 * 60_000,
    async () => {
      const removed = await removeExpiredExports(deps);
      if (removed > 0) options.log?.info({ removed }, 'expired data exports removed');
    },
    { firstAfterMs: 5 * 60_000, onError: (err) => options.log?.error({ err }, 'removing expired data exports failed') },
  );
}
