import type { DocumentItem } from '../../../../shared/contracts/documents.ts';
import type { Db } from '../../../platform/db/client.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { requireFolder } from '../node-access.ts';
import { requireSpace, type SpaceRef } from '../space-access.ts';
import { itemViews } from '../views.ts';
import { insertNode } from './create-node.ts';

/** Creates a folder at the top level or in a folder of the space (people who may write there). */
export async function createFolder(
  db: Db,
  personId: string | undefined,
  ref: SpaceRef,
  input: { name: string; parentId?: string | null | undefined; description?: string | undefined },
): Promise<DocumentItem> {
  return db.transaction(async (tx) => {
    const space = await requireSpace(tx, personId, ref);
    if (!space.rights.write) throw forbidden('You may read the documents of this space, not change them.');
    const chain = await requireFolder(tx, space, input.parentId);
    const actor = { personId: personId as string };
    const folder = await insertNode(tx, actor, space, chain, {
      kind: 'folder',
      name: input.name,
      ...(input.description !== undefined ? { description: input.description } : {}),
    });
    return (await itemViews(tx, actor.personId, [folder]))[0] as DocumentItem;
  });
}
