import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { AllianceRow } from './queries.ts';
import { allianceMembers, alliances } from './tables.ts';

/** Inserts an alliance unless its slug is taken meanwhile (then returns null). */
export async function insertAlliance(
  tx: Tx,
  values: Omit<typeof alliances.$inferInsert, 'createdAt' | 'updatedAt'>,
): Promise<AllianceRow | null> {
  const rows = await tx.insert(alliances).values(values).onConflictDoNothing({ target: alliances.slug }).returning();
  return rows[0] ?? null;
}

/** Changes an alliance's profile; the slug stays, so links to the alliance keep working. */
export async function updateAllianceProfile(
  tx: Tx,
  id: string,
  changes: { name?: string; description?: string | null; website?: string | null },
): Promise<AllianceRow | null> {
  const rows = await tx
    .update(alliances)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(alliances.id, id))
    .returning();
  return rows[0] ?? null;
}

/** Makes an organisation a full member, also when it was invited before. */
export async function upsertMember(tx: Tx, allianceId: string, organisationId: string, invitedBy: string | null) {
  const now = new Date();
  await tx
    .insert(allianceMembers)
    .values({ allianceId, organisationId, status: 'member', invitedBy, invitedAt: now, joinedAt: now })
    .onConflictDoUpdate({
      target: [allianceMembers.allianceId, allianceMembers.organisationId],
      set: { status: 'member', joinedAt: now },
    });
}

/** Records an open invitation; null when the organisation is already invited or a member. */
export async function insertInvitation(
  tx: Tx,
  allianceId: string,
  organisationId: string,
  invitedBy: string,
): Promise<{ invitedAt: Date } | null> {
  const rows = await tx
    .insert(allianceMembers)
    .values({ allianceId, organisationId, status: 'invited', invitedBy })
    .onConflictDoNothing()
    .returning({ invitedAt: allianceMembers.invitedAt });
  return rows[0] ?? null;
}

/** Removes an organisation's membership or invitation; returns whether there was one. */
export async function deleteMembership(tx: Tx, allianceId: string, organisationId: string): Promise<boolean> {
  const rows = await tx
    .delete(allianceMembers)
    .where(and(eq(allianceMembers.allianceId, allianceId), eq(allianceMembers.organisationId, organisationId)))
    .returning({ organisationId: allianceMembers.organisationId });
  return rows.length > 0;
}

/** Deletes an alliance and (by cascade) its open invitations. */
export async function deleteAllianceRow(tx: Tx, id: string) {
  await tx.delete(alliances).where(eq(alliances.id, id));
}
