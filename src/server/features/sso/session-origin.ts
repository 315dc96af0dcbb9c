import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { ssoSessions } from './tables.ts';

/** Whether a session was opened by a single sign-on (whose provider is trusted with the second factor). */
export async function openedBySingleSignOn(tx: Tx, sessionId: string): Promise<boolean> {
  const rows = await tx
    .select({ sessionId: ssoSessions.sessionId })
    .from(ssoSessions)
    .where(eq(ssoSessions.sessionId, sessionId))
    .limit(1);
  return rows.length > 0;
}
