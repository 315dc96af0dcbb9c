import {
  RETENTION_FIELDS,
  type RetentionField,
  type RetentionPeriods,
  UNREAD_NOTIFICATION_MIN_DAYS,
} from '../../../shared/contracts/retention.ts';
import { deleteAuditEntriesBefore } from '../../platform/audit/audit-retention.ts';
import { deleteSessionsEndedBefore } from '../../platform/auth/session-retention.ts';
import type { Db } from '../../platform/db/client.ts';
import { deletePublishedEventsBefore } from '../../platform/events/outbox-retention.ts';
import { deleteOldNotifications } from '../notifications/retention.ts';

const DAY_MS = 86_400_000;

export interface PruneOptions {
  /** Rows per delete statement: each locks only these, for as long as one statement takes. */
  batchSize?: number;
  /** Statements per kind and run; what is left goes in the next run. */
  maxBatches?: number;
}

export type PruneCounts = Record<RetentionField, number>;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Deletes what is older than its period, measured from `now`, in bounded statements (each its own
 * transaction) with a turn for the event loop between them, so that neither a large table nor the
 * embedded database is held for long. Several processes may run it at once: each statement skips
 * the rows another is deleting. Answers how many rows of each kind went.
 */
export async function pruneExpired(
  db: Db,
  periods: RetentionPeriods,
  now = new Date(),
  options: PruneOptions = {},
): Promise<PruneCounts> {
  const batchSize = options.batchSize ?? 500;
  const maxBatches = options.maxBatches ?? 200;
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const deleteBatch: Record<RetentionField, () => Promise<number>> = {
    sessionDays: () => deleteSessionsEndedBefore(db, before(periods.sessionDays), batchSize),
    notificationDays: () =>
      deleteOldNotifications(
        db,
        {
          readBefore: before(periods.notificationDays),
          unreadBefore: before(Math.max(periods.notificationDays, UNREAD_NOTIFICATION_MIN_DAYS)),
        },
        batchSize,
      ),
    outboxDays: () => deletePublishedEventsBefore(db, before(periods.outboxDays), batchSize),
    auditDays: () => deleteAuditEntriesBefore(db, before(periods.auditDays), batchSize),
  };
  const counts: PruneCounts = { sessionDays: 0, notificationDays: 0, outboxDays: 0, auditDays: 0 };
  for (const field of RETENTION_FIELDS) {
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const deleted = await deleteBatch[field]();
      counts[field] += deleted;
      await yieldToEventLoop();
      if (deleted < batchSize) break;
    }
  }
  return counts;
}
