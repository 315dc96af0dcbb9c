import { and, asc, desc, eq } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { workspaceJoinRequests } from './tables.ts';

export type RequestStatus = 'open' | 'accepted' | 'declined';

/** The person's latest join request to the workspace. */
export async function latestRequest(tx: Tx, workspaceId: string, personId: string) {
  const [row] = await tx
    .select({ id: workspaceJoinRequests.id, status: workspaceJoinRequests.status })
    .from(workspaceJoinRequests)
    .where(and(eq(workspaceJoinRequests.workspaceId, workspaceId), eq(workspaceJoinRequests.personId, personId)))
    .orderBy(desc(workspaceJoinRequests.createdAt), desc(workspaceJoinRequests.id))
    .limit(1);
  return row ? { id: row.id, status: row.status as RequestStatus } : null;
}

export async function insertJoinRequest(tx: Tx, values: { workspaceId: string; personId: string; message: string }) {
  const [row] = await tx
    .insert(workspaceJoinRequests)
    .values({ id: newId(), ...values })
    .returning();
  return row as typeof workspaceJoinRequests.$inferSelect;
}

const requestColumns = {
  id: workspaceJoinRequests.id,
  personId: workspaceJoinRequests.personId,
  personName: persons.name,
  message: workspaceJoinRequests.message,
  status: workspaceJoinRequests.status,
  createdAt: workspaceJoinRequests.createdAt,
};

/** Open requests of a workspace, oldest first, with the asking person's name. */
export async function openRequestsOf(tx: Tx, workspaceId: string) {
  const rows = await tx
    .select(requestColumns)
    .from(workspaceJoinRequests)
    .innerJoin(persons, eq(persons.id, workspaceJoinRequests.personId))
    .where(and(eq(workspaceJoinRequests.workspaceId, workspaceId), eq(workspaceJoinRequests.status, 'open')))
    .orderBy(asc(workspaceJoinRequests.createdAt), asc(workspaceJoinRequests.id));
  return rows.map((r) => ({ ...r, status: r.status as RequestStatus }));
}

/** One request of the workspace, locked until the transaction ends. */
export async function lockRequest(tx: Tx, workspaceId: string, requestId: string) {
  const [row] = await tx
    .select(requestColumns)
    .from(workspaceJoinRequests)
    .innerJoin(persons, eq(persons.id, workspaceJoinRequests.personId))
    .where(and(eq(workspaceJoinRequests.workspaceId, workspaceId), eq(workspaceJoinRequests.id, requestId)))
    .limit(1)
    .for('update', { of: workspaceJoinRequests });
  return row ? { ...row, status: row.status as RequestStatus } : null;
}

export async function answerRequestRow(tx: Tx, requestId: string, status: 'accepted' | 'declined', by: string) {
  await tx
    .update(workspaceJoinRequests)
    .set({ status, answeredBy: by, answeredAt: new Date() })
    .where(eq(workspaceJoinRequests.id, requestId));
}

/** Someone who joined another way no longer waits for an answer. */
export async function closeOpenRequests(tx: Tx, workspaceId: string, personId: string, by: string) {
  await tx
    .update(workspaceJoinRequests)
    .set({ status: 'accepted', answeredBy: by, answeredAt: new Date() })
    .where(
      and(
        eq(workspaceJoinRequests.workspaceId, workspaceId),
        eq(workspaceJoinRequests.personId, personId),
        eq(workspaceJoinRequests.status, 'open'),
      ),
    );
}
