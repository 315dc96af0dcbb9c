import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import type { DocActor } from '../actor.ts';
import { assertWritable } from '../locks/lock-check.ts';
import { checkName, nameKey } from '../names.ts';
import type { NodeAccess } from '../node-access.ts';
import { chainOf, childNamed, descendantsOf, type NodeRow } from '../node-queries.ts';
import { assertRoom } from '../quota.ts';
import type { Space } from '../space-access.ts';
import { docNodes, docVersions } from '../tables.ts';
import { trashChain } from './trash-node.ts';

export interface Destination {
  space: Space;
  /** The folder to go into, from the top level down; empty for the top level. */
  folderChain: readonly NodeRow[];
  name: string;
  /** Whether a node already of that name goes into the trash (WebDAV's Overwrite: T). */
  overwrite: boolean;
}

/** The bytes of every kept version in a node and below it: what a move to another space takes there. */
export async function bytesWithin(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx
    .select({ bytes: sql<string>`coalesce(sum(${docVersions.size}), 0)` })
    .from(docVersions)
    .where(sql`${docVersions.nodeId} = any(${uuidArray(ids)}) and ${docVersions.prunedAt} is null`);
  return Number(row?.bytes ?? 0);
}

/**
 * Checks a destination for a node (or a copy of it): both spaces writable, not into itself, the
 * destination folder not locked by another, its name free or (overwrite) the holder trashed.
 * Returns the checked name and whether something was replaced.
 */
export async function prepareDestination(
  tx: Tx,
  actor: DocActor,
  source: NodeAccess,
  to: Destination,
): Promise<{ name: string; replaced: boolean }> {
  if (!source.space.rights.write && !to.space.rights.write) throw forbidden();
  if (!to.space.rights.write) throw forbidden('You may read the documents of the destination, not change them.');
  const name = checkName(to.name);
  if (to.folderChain.some((folder) => folder.id === source.node.id)) {
    throw conflict('document-move-into-itself', 'A folder cannot go into itself');
  }
  if (to.folderChain.length > 0) await assertWritable(tx, actor, to.folderChain);
  const existing = await childNamed(tx, to.space, to.folderChain.at(-1)?.id ?? null, name);
  if (!existing || existing.id === source.node.id) return { name, replaced: false };
  if (!to.overwrite) {
    throw conflict(
      'document-exists',
      `A ${existing.kind} of this name is already there`,
      `“${existing.name}” is taken.`,
    );
  }
  await trashChain(tx, actor, await chainOf(tx, existing.id));
  return { name, replaced: true };
}

/** Moves and renames a node, to another folder or space; 423 while another's lock covers it or anything inside. */
export async function moveNode(
  tx: Tx,
  actor: DocActor,
  source: NodeAccess,
  to: Destination,
): Promise<{ node: NodeRow; replaced: boolean }> {
  if (!source.space.rights.write) throw forbidden('You may read the documents of this space, not change them.');
  const inside = source.node.kind === 'folder' ? await descendantsOf(tx, source.node.id) : [];
  await assertWritable(tx, actor, source.chain, inside);
  const { name, replaced } = await prepareDestination(tx, actor, source, to);
  const otherSpace = to.space.kind !== source.space.kind || to.space.id !== source.space.id;
  if (otherSpace) {
    await assertRoom(tx, to.space, await bytesWithin(tx, [source.node.id, ...inside.map((n) => n.id)]));
    await tx
      .update(docNodes)
      .set({ spaceKind: to.space.kind, spaceId: to.space.id })
      .where(sql`${docNodes.id} = any(${uuidArray([source.node.id, ...inside.map((n) => n.id)])})`);
  }
  const [node] = await tx
    .update(docNodes)
    .set({
      parentId: to.folderChain.at(-1)?.id ?? null,
      name,
      nameKey: nameKey(name),
      revision: sql`${docNodes.revision} + 1`,
      updatedBy: actor.personId,
      updatedAt: sql`now()`,
    })
    .where(eq(docNodes.id, source.node.id))
    .returning();
  return { node: node as NodeRow, replaced };
}
