import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import type { DocActor } from '../actor.ts';
import { assertWritable } from '../locks/lock-check.ts';
import { checkName, nameKey } from '../names.ts';
import { childNamed, type NodeRow } from '../node-queries.ts';
import type { SpaceRef } from '../space-access.ts';
import { docNodes } from '../tables.ts';

/** 409 `document-exists` naming the live node that has the name already. */
export function nameTaken(existing: NodeRow) {
  return new Problem(
    409,
    'document-exists',
    `A ${existing.kind} of this name is already there`,
    `“${existing.name}” is taken in this folder.`,
    undefined,
    { existingId: existing.id, existingKind: existing.kind },
  );
}

/**
 * Inserts a folder or an empty file into a folder (the chain, empty for the top level): the name
 * checked, free in the folder, and no other's lock of depth infinity over the folder.
 */
export async function insertNode(
  tx: Tx,
  actor: DocActor,
  space: SpaceRef,
  folderChain: readonly NodeRow[],
  fields: { kind: 'folder' | 'file'; name: string; description?: string },
): Promise<NodeRow> {
  const name = checkName(fields.name);
  const parentId = folderChain.at(-1)?.id ?? null;
  if (folderChain.length > 0) await assertWritable(tx, actor, folderChain);
  const existing = await childNamed(tx, space, parentId, name);
  if (existing) throw nameTaken(existing);
  const [row] = await tx
    .insert(docNodes)
    .values({
      id: newId(),
      spaceKind: space.kind,
      spaceId: space.id,
      parentId,
      kind: fields.kind,
      name,
      nameKey: nameKey(name),
      description: fields.description ?? '',
      createdBy: actor.personId,
      updatedBy: actor.personId,
    })
    .returning();
  return row as NodeRow;
}
