import { and, count, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { appPasswords, persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';

export type AppPasswordRow = typeof appPasswords.$inferSelect;

/** A person's open app passwords, newest first. */
export async function openAppPasswordsOf(tx: Tx, personId: string): Promise<AppPasswordRow[]> {
  return tx
    .select()
    .from(appPasswords)
    .where(and(eq(appPasswords.personId, personId), isNull(appPasswords.revokedAt)))
    .orderBy(desc(appPasswords.createdAt), desc(appPasswords.id));
}

/** Counts a person's open (neither revoked nor expired) app passwords, holding the person's row so that two creations count in turn. */
export async function countOpenAppPasswordsLocked(tx: Tx, personId: string): Promise<number> {
  await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for('update');
  const rows = await tx
    .select({ n: count() })
    .from(appPasswords)
    .where(
      and(
        eq(appPasswords.personId, personId),
        isNull(appPasswords.revokedAt),
        or(isNull(appPasswords.expiresAt), gt(appPasswords.expiresAt, new Date())),
      ),
    );
  return rows[0]?.n ?? 0;
}

export async function insertAppPassword(tx: Tx, row: typeof appPasswords.$inferInsert): Promise<AppPasswordRow> {
  const rows = await tx.insert(appPasswords).values(row).returning();
  return rows[0] as AppPasswordRow;
}

/** Revokes one of the person's open app passwords; null when they have none with that id. */
export async function revokeAppPasswordOf(tx: Tx, personId: string, id: string): Promise<AppPasswordRow | null> {
  const rows = await tx
    .update(appPasswords)
    .set({ revokedAt: new Date() })
    .where(and(eq(appPasswords.id, id), eq(appPasswords.personId, personId), isNull(appPasswords.revokedAt)))
    .returning();
  return rows[0] ?? null;
}
