import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { ssoProviders } from '../tables.ts';

export type StoredProvider = typeof ssoProviders.$inferSelect;

export async function storedProviders(tx: Tx): Promise<StoredProvider[]> {
  return tx.select().from(ssoProviders).orderBy(asc(ssoProviders.name), asc(ssoProviders.id));
}

export async function storedProvider(tx: Tx, id: string): Promise<StoredProvider | null> {
  const rows = await tx.select().from(ssoProviders).where(eq(ssoProviders.id, id)).limit(1);
  return rows[0] ?? null;
}

/** False when the id is taken. */
export async function insertProvider(tx: Tx, row: Omit<StoredProvider, 'createdAt' | 'updatedAt'>): Promise<boolean> {
  const rows = await tx
    .insert(ssoProviders)
    .values(row)
    .onConflictDoNothing({ target: ssoProviders.id })
    .returning({ id: ssoProviders.id });
  return rows.length > 0;
}

export async function updateProvider(
  tx: Tx,
  id: string,
  row: Omit<StoredProvider, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<void> {
  await tx
    .update(ssoProviders)
    .set({ ...row, updatedAt: new Date() })
    .where(eq(ssoProviders.id, id));
}

export async function deleteProvider(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.delete(ssoProviders).where(eq(ssoProviders.id, id)).returning({ id: ssoProviders.id });
  return rows.length > 0;
}
