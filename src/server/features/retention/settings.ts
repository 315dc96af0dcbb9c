import { eq, sql } from 'drizzle-orm';
import {
  DEFAULT_RETENTION,
  RETENTION_FIELDS,
  RETENTION_LIMITS,
  type RetentionPeriods,
} from '../../../shared/contracts/retention.ts';
import type { Tx } from '../../platform/db/client.ts';
import { platformSettings } from '../../platform/settings/tables.ts';

const KEY = 'retention';

/** The stored periods; a period never set, or stored out of its limits, is its default. */
export async function retentionPeriods(db: Tx): Promise<RetentionPeriods> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, KEY));
  const stored = (row?.value ?? {}) as Partial<Record<string, unknown>>;
  const periods = { ...DEFAULT_RETENTION };
  for (const field of RETENTION_FIELDS) {
    const value = stored[field];
    const { min, max } = RETENTION_LIMITS[field];
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) periods[field] = value;
  }
  return periods;
}

/** Stores the periods; locks the row first, so that the caller's audit entry names what it replaced. */
export async function replaceRetentionPeriods(tx: Tx, next: RetentionPeriods): Promise<RetentionPeriods> {
  await tx
    .select({ key: platformSettings.key })
    .from(platformSettings)
    .where(eq(platformSettings.key, KEY))
    .for('update');
  const before = await retentionPeriods(tx);
  await tx
    .insert(platformSettings)
    .values({ key: KEY, value: next })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: next, updatedAt: sql`now()` } });
  return before;
}
