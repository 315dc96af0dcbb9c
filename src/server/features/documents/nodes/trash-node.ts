import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { DOCUMENT_LIMITS } from '../../../../shared/contracts/documents.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import type { DocActor } from '../actor.ts';
import { assertWritable } from '../locks/lock-check.ts';
import { nameKey } from '../names.ts';
import type { NodeAccess } from '../node-access.ts';
import { chainOf, childNamed, descendantsOf, isLive, type NodeRow } from '../node-queries.ts';
import { docLocks, docNodes } from '../tables.ts';

/** Puts the chain's last node into the trash with everything in it; its locks end. */
export async function trashChain(tx: Tx, actor: DocActor, chain: readonly NodeRow[]): Promise<NodeRow> {
  const node = chain.at(-1) as NodeRow;
  const inside = node.kind === 'folder' ? await descendantsOf(tx, node.id) : [];
  await assertWritable(tx, actor, chain, inside);
  await tx.delete(docLocks).where(inArray(docLocks.nodeId, [node.id, ...inside.map((n) => n.id)]));
  const [row] = await tx
    .update(docNodes)
    .set({ trashedAt: sql`now()`, trashedBy: actor.personId, revision: sql`${docNodes.revision} + 1` })
    .where(eq(docNodes.id, node.id))
    .returning();
  return row as NodeRow;
}

/** A free name in the folder for a restored node: its own, else "name (2).ext", "name (3).ext", … */
async function freeName(tx: Tx, node: NodeRow, parentId: string | null): Promise<string> {
  const space = { kind: node.spaceKind as never, id: node.spaceId };
  if (!(await childNamed(tx, space, parentId, node.name))) return node.name;
  const dot = node.kind === 'file' ? node.name.lastIndexOf('.') : -1;
  const [stem, ext] = dot > 0 ? [node.name.slice(0, dot), node.name.slice(dot)] : [node.name, ''];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${ext}`;
    if (!(await childNamed(tx, space, parentId, candidate))) return candidate;
  }
}

/**
 * Takes a trashed node out of the trash: back into its folder, or to the top level when that folder
 * is itself in the trash; under a free name when its own was taken meanwhile.
 */
export async function restoreNode(tx: Tx, actor: DocActor, access: NodeAccess): Promise<NodeRow> {
  const { node } = access;
  if (node.trashedAt === null) throw notFound('Trashed document');
  const parentChain = node.parentId ? await chainOf(tx, node.parentId) : [];
  const parentId = parentChain.length > 0 && isLive(parentChain) ? node.parentId : null;
  const name = await freeName(tx, node, parentId);
  const [row] = await tx
    .update(docNodes)
    .set({
      trashedAt: null,
      trashedBy: null,
      parentId,
      name,
      nameKey: nameKey(name),
      revision: sql`${docNodes.revision} + 1`,
      updatedBy: actor.personId,
      updatedAt: sql`now()`,
    })
    .where(eq(docNodes.id, node.id))
    .returning();
  return row as NodeRow;
}

/** Deletes a trashed node for good, with everything in it. */
export async function purgeNode(tx: Tx, access: NodeAccess): Promise<void> {
  if (access.node.trashedAt === null) throw notFound('Trashed document');
  await tx.delete(docNodes).where(eq(docNodes.id, access.node.id));
}

/** Deletes what has been in the trash longer than it is kept; returns how many went. */
export async function purgeExpiredTrash(tx: Tx, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - DOCUMENT_LIMITS.trashDays * 86_400_000);
  const gone = await tx
    .delete(docNodes)
    .where(and(isNotNull(docNodes.trashedAt), lt(docNodes.trashedAt, before)))
    .returning({ id: docNodes.id });
  return gone.length;
}
