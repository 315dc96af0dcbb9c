import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.ts';
import { every } from '../../platform/jobs/every.ts';
import { purgeExpiredTrash } from './nodes/trash-node.ts';
import { sweepUploads } from './uploads/resumable.ts';
import { pruneVersions, retentionRule } from './versions/retention.ts';

/** One round: the trash emptied of what is older than it keeps, versions pruned by the rule, stale uploads removed. */
export async function documentHousekeeping(deps: Pick<Deps, 'db' | 'config'>, now = new Date()) {
  const purged = await deps.db.transaction((tx) => purgeExpiredTrash(tx, now));
  const pruned = await pruneVersions(deps.db, await retentionRule(deps.db), now);
  const uploads = await sweepUploads(deps.db, deps.config.dataDir);
  return { purged, pruned, uploads };
}

/** Runs the housekeeping every hour (any process may; each step is idempotent). */
export function startDocumentHousekeeping(
  deps: Pick<Deps, 'db' | 'config'>,
  options: { intervalMs?: number; log?: FastifyBaseLogger } = {},
): { stop(): Promise<void> } {
  return every(
    options.intervalMs ?? 60 * 60_000,
    async () => {
      const result = await documentHousekeeping(deps);
      if (result.purged + result.pruned + result.uploads > 0) options.log?.info(result, 'document housekeeping');
    },
    { firstAfterMs: 5 * 60_000, onError: (err) => options.log?.error({ err }, 'document housekeeping failed') },
  );
}
