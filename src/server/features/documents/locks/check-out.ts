import { DOCUMENT_LIMITS, type DocumentItem } from '../../../../shared/contracts/documents.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { requireNode } from '../node-access.ts';
import { canRelease } from '../policy.ts';
import { itemViews } from '../views.ts';
import { lockNode, unlockNode } from './lock-node.ts';
import { liveLocksOn } from './lock-queries.ts';

/** Checks a file out in the browser: an exclusive lock for `minutes` (renewed when the person holds it). */
export async function checkOut(
  db: Db,
  personId: string | undefined,
  id: string,
  minutes?: number,
): Promise<DocumentItem> {
  return db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true });
    const actor = { personId: personId as string };
    await lockNode(tx, actor, access.chain, {
      scope: 'exclusive',
      depth: '0',
      minutes: minutes ?? DOCUMENT_LIMITS.lockMinutesDefault,
      ownerNote: '',
      via: 'web',
    });
    return (await itemViews(tx, actor.personId, [access.node]))[0] as DocumentItem;
  });
}

/** Releases the lock on a file: the owner's own, or anyone's for who manages the space. */
export async function release(db: Db, personId: string | undefined, id: string, ip?: string): Promise<DocumentItem> {
  return db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id);
    const actor = { personId: personId as string };
    const manage = canRelease(access.space.rights, '', actor.personId);
    const others = (await liveLocksOn(tx, [access.node.id])).filter((lock) => lock.ownerId !== actor.personId);
    await unlockNode(tx, actor, access.chain, { manage });
    if (manage && others.length > 0) {
      await audit(tx, {
        actorId: actor.personId,
        action: 'document.lock_broken',
        subjectType: 'document',
        subjectId: id,
        ip,
        details: { name: access.node.name, owners: others.map((lock) => lock.ownerId) },
      });
    }
    return (await itemViews(tx, actor.personId, [access.node]))[0] as DocumentItem;
  });
}
