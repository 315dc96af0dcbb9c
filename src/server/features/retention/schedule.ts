import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.ts';
import { every } from '../../platform/jobs/every.ts';
import { pruneExpired } from './prune.ts';
import { retentionPeriods } from './settings.ts';

/** One round: the periods as stored now, then everything older than them deleted. */
export async function runRetention(deps: Pick<Deps, 'db'>, now = new Date()) {
  return pruneExpired(deps.db, await retentionPeriods(deps.db), now);
}

/** Prunes every hour (any process may, and several at once: each statement skips rows another deletes). */
export function startRetention(
  deps: Pick<Deps, 'db'>,
  options: { intervalMs?: number; log?: FastifyBaseLogger } = {},
): { stop(): Promise<void> } {
  return every(
    options.intervalMs ?? 60 * 60_000,
    async () => {
      const counts = await runRetention(deps);
      if (Object.values(counts).some((n) => n > 0)) options.log?.info({ deleted: counts }, 'retention');
    },
    { firstAfterMs: 10 * 60_000, onError: (err) => options.log?.error({ err }, 'retention failed') },
  );
}
