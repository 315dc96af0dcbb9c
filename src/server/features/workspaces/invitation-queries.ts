import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { WorkspaceRole } from './membership.ts';
import { workspaceInvitations, workspaces } from './tables.ts';

const open = (now: Date) =>
  and(
    isNull(workspaceInvitations.acceptedAt),
    isNull(workspaceInvitations.revokedAt),
    gt(workspaceInvitations.expiresAt, now),
  );

export async function insertInvitation(tx: Tx, values: typeof workspaceInvitations.$inferInsert) {
  const [row] = await tx.insert(workspaceInvitations).values(values).returning();
  return row as typeof workspaceInvitations.$inferSelect;
}

/** Revokes the open invitations of an address, so a new one replaces them; returns how many. */
export async function revokeOpenInvitationsTo(tx: Tx, workspaceId: string, email: string): Promise<number> {
  const rows = await tx
    .update(workspaceInvitations)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(workspaceInvitations.workspaceId, workspaceId), eq(workspaceInvitations.email, email), open(new Date())),
    )
    .returning({ id: workspaceInvitations.id });
  return rows.length;
}

/** Open invitations of a workspace with who sent them, newest first. */
export async function openInvitationsOf(tx: Tx, workspaceId: string) {
  const rows = await tx
    .select({
      id: workspaceInvitations.id,
      email: workspaceInvitations.email,
      role: workspaceInvitations.role,
      invitedBy: { id: persons.id, name: persons.name },
      createdAt: workspaceInvitations.createdAt,
      expiresAt: workspaceInvitations.expiresAt,
    })
    .from(workspaceInvitations)
    .innerJoin(persons, eq(persons.id, workspaceInvitations.invitedBy))
    .where(and(eq(workspaceInvitations.workspaceId, workspaceId), open(new Date())))
    .orderBy(asc(workspaceInvitations.createdAt), asc(workspaceInvitations.id));
  return rows.map((r) => ({ ...r, role: r.role as WorkspaceRole }));
}

/** An open invitation of the workspace by ID. */
export async function findOpenInvitation(tx: Tx, workspaceId: string, invitationId: string) {
  const [row] = await tx
    .select({ id: workspaceInvitations.id, email: workspaceInvitations.email, role: workspaceInvitations.role })
    .from(workspaceInvitations)
    .where(
      and(
        eq(workspaceInvitations.workspaceId, workspaceId),
        eq(workspaceInvitations.id, invitationId),
        open(new Date()),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function revokeInvitationRow(tx: Tx, invitationId: string) {
  await tx.update(workspaceInvitations).set({ revokedAt: new Date() }).where(eq(workspaceInvitations.id, invitationId));
}

/**
 * The open invitation behind a token's hash, with the workspace's name and the inviter's name; null
 * when there is none or it was used, revoked or has expired.
 */
export async function openInvitationByTokenHash(tx: Tx, tokenHash: string) {
  const [row] = await tx
    .select({
      id: workspaceInvitations.id,
      workspaceId: workspaceInvitations.workspaceId,
      workspaceName: workspaces.name,
      email: workspaceInvitations.email,
      role: workspaceInvitations.role,
      invitedBy: persons.name,
    })
    .from(workspaceInvitations)
    .innerJoin(workspaces, eq(workspaces.id, workspaceInvitations.workspaceId))
    .innerJoin(persons, eq(persons.id, workspaceInvitations.invitedBy))
    .where(and(eq(workspaceInvitations.tokenHash, tokenHash), open(new Date())))
    .limit(1);
  return row ? { ...row, role: row.role as WorkspaceRole } : null;
}

export async function markInvitationAccepted(tx: Tx, invitationId: string, personId: string) {
  await tx
    .update(workspaceInvitations)
    .set({ acceptedAt: new Date(), acceptedBy: personId })
    .where(eq(workspaceInvitations.id, invitationId));
}
