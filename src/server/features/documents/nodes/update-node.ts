import { eq, sql } from 'drizzle-orm';
import type { DocumentItem } from '../../../../shared/contracts/documents.ts';
import type { Db } from '../../../platform/db/client.ts';
import { assertWritable } from '../locks/lock-check.ts';
import { requireFolder, requireNode } from '../node-access.ts';
import type { NodeRow } from '../node-queries.ts';
import { docNodes } from '../tables.ts';
import { itemViews } from '../views.ts';
import { moveNode } from './move-node.ts';

export interface NodeChanges {
  name?: string | undefined;
  parentId?: string | null | undefined;
  description?: string | undefined;
  tags?: string[] | undefined;
}

/** Renames, moves (within its space), describes or tags a node; 423 while another's lock covers it. */
export async function updateNode(
  db: Db,
  personId: string | undefined,
  id: string,
  changes: NodeChanges,
): Promise<DocumentItem> {
  return db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true });
    const actor = { personId: personId as string };
    let node: NodeRow = access.node;
    if (changes.name !== undefined || changes.parentId !== undefined) {
      const folderChain =
        changes.parentId === undefined
          ? access.chain.slice(0, -1)
          : await requireFolder(tx, access.space, changes.parentId);
      ({ node } = await moveNode(tx, actor, access, {
        space: access.space,
        folderChain,
        name: changes.name ?? node.name,
        overwrite: false,
      }));
    }
    if (changes.description !== undefined || changes.tags !== undefined) {
      await assertWritable(tx, actor, access.chain);
      [node] = (await tx
        .update(docNodes)
        .set({
          ...(changes.description !== undefined ? { description: changes.description.trim() } : {}),
          ...(changes.tags !== undefined
            ? { tags: [...new Set(changes.tags.map((t) => t.trim()).filter(Boolean))] }
            : {}),
          revision: sql`${docNodes.revision} + 1`,
          updatedBy: actor.personId,
          updatedAt: sql`now()`,
        })
        .where(eq(docNodes.id, node.id))
        .returning()) as [NodeRow];
    }
    return (await itemViews(tx, actor.personId, [node]))[0] as DocumentItem;
  });
}
