import { and, asc, eq, isNull } from 'drizzle-orm';
import type { LinkTargetKind } from '../../../../shared/contracts/documents.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { docLinks, docNodes } from '../tables.ts';
import type { TargetRef } from './link-targets.ts';

/** Adds the link; false when it was there already. */
export async function insertLink(tx: Tx, nodeId: string, target: TargetRef, personId: string): Promise<boolean> {
  const rows = await tx
    .insert(docLinks)
    .values({ nodeId, targetKind: target.kind, targetId: target.id, createdBy: personId })
    .onConflictDoNothing()
    .returning({ nodeId: docLinks.nodeId });
  return rows.length > 0;
}

/** Removes the link; false when there was none. */
export async function deleteLink(tx: Tx, nodeId: string, target: TargetRef): Promise<boolean> {
  const rows = await tx
    .delete(docLinks)
    .where(and(eq(docLinks.nodeId, nodeId), eq(docLinks.targetKind, target.kind), eq(docLinks.targetId, target.id)))
    .returning({ nodeId: docLinks.nodeId });
  return rows.length > 0;
}

/** A document's links, oldest first. */
export async function linksOf(tx: Tx, nodeId: string): Promise<TargetRef[]> {
  const rows = await tx
    .select({ kind: docLinks.targetKind, id: docLinks.targetId })
    .from(docLinks)
    .where(eq(docLinks.nodeId, nodeId))
    .orderBy(asc(docLinks.createdAt));
  return rows.map((row) => ({ kind: row.kind as LinkTargetKind, id: row.id }));
}

/** The files linked from a target that are not trashed themselves (their folders are checked by the caller). */
export async function nodesLinkedFrom(tx: Tx, target: TargetRef) {
  return tx
    .select({ node: docNodes })
    .from(docLinks)
    .innerJoin(docNodes, eq(docNodes.id, docLinks.nodeId))
    .where(and(eq(docLinks.targetKind, target.kind), eq(docLinks.targetId, target.id), isNull(docNodes.trashedAt)))
    .orderBy(asc(docNodes.nameKey))
    .then((rows) => rows.map((row) => row.node));
}
