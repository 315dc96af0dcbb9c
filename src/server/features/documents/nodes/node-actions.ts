import type { DocumentItem } from '../../../../shared/contracts/documents.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { requireFolder, requireNode } from '../node-access.ts';
import { canPurge } from '../policy.ts';
import { itemViews } from '../views.ts';
import { copyNode } from './copy-node.ts';
import { purgeNode, restoreNode, trashChain } from './trash-node.ts';

// The web's actions on one node, each a transaction: copy, into the trash, out of it, purge.

/** Copies a node into a folder of its space (or the top level), under its own or a new name. */
export async function copyInSpace(
  db: Db,
  personId: string | undefined,
  id: string,
  input: { parentId: string | null; name?: string | undefined },
): Promise<DocumentItem> {
  return db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true });
    const folderChain = await requireFolder(tx, access.space, input.parentId);
    const actor = { personId: personId as string };
    const { node } = await copyNode(tx, actor, access, {
      space: access.space,
      folderChain,
      name: input.name ?? access.node.name,
      overwrite: false,
    });
    return (await itemViews(tx, actor.personId, [node]))[0] as DocumentItem;
  });
}

export async function trashById(db: Db, personId: string | undefined, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true });
    await trashChain(tx, { personId: personId as string }, access.chain);
  });
}

export async function restoreById(db: Db, personId: string | undefined, id: string): Promise<DocumentItem> {
  return db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true, trashed: true });
    const node = await restoreNode(tx, { personId: personId as string }, access);
    return (await itemViews(tx, personId as string, [node]))[0] as DocumentItem;
  });
}

export async function purgeById(db: Db, personId: string | undefined, id: string, ip?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { trashed: true });
    if (!canPurge(access.space.rights)) throw forbidden('Only who manages the space may delete for good.');
    await purgeNode(tx, access);
    await audit(tx, {
      actorId: personId as string,
      action: 'document.purged',
      subjectType: 'document',
      subjectId: id,
      ip,
      details: { name: access.node.name, kind: access.node.kind, space: `${access.space.kind}:${access.space.id}` },
    });
  });
}
