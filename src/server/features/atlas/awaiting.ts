import { count, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { cooperations } from './tables.ts';

/**
 * How many records wait in review (the workbench's review queue) for this person: all of them for
 * platform admins, who alone publish or return them (policy.ts); none for anyone else.
 */
export async function reviewsAwaiting(tx: Tx, person: { isPlatformAdmin: boolean }): Promise<number> {
  if (!person.isPlatformAdmin) return 0;
  const [row] = await tx.select({ n: count() }).from(cooperations).where(eq(cooperations.state, 'review'));
  return row?.n ?? 0;
}
