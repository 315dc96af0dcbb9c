import { and, eq, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { platformSettings } from '../../platform/settings/tables.ts';

const SETUP_TOKEN = 'setup.token';

export async function platformAdminExists(tx: Tx): Promise<boolean> {
  const rows = await tx.select({ id: persons.id }).from(persons).where(eq(persons.isPlatformAdmin, true)).limit(1);
  return rows.length > 0;
}

export async function storeSetupTokenHash(tx: Tx, hash: string): Promise<void> {
  await tx
    .insert(platformSettings)
    .values({ key: SETUP_TOKEN, value: { hash } })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: { hash }, updatedAt: new Date() } });
}

/** Deletes the stored setup token if its hash matches; true when it did. Atomic, so the token works once. */
export async function takeSetupToken(tx: Tx, hash: string): Promise<boolean> {
  const rows = await tx
    .delete(platformSettings)
    .where(and(eq(platformSettings.key, SETUP_TOKEN), sql`${platformSettings.value}->>'hash' = ${hash}`))
    .returning({ key: platformSettings.key });
  return rows.length > 0;
}

export async function dropSetupToken(tx: Tx): Promise<void> {
  await tx.delete(platformSettings).where(eq(platformSettings.key, SETUP_TOKEN));
}
