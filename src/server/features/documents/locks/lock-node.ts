import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { DOCUMENT_LIMITS } from '../../../../shared/contracts/documents.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import type { DocActor } from '../actor.ts';
import type { NodeRow } from '../node-queries.ts';
import { descendantsOf } from '../node-queries.ts';
import { peopleByIds } from '../people.ts';
import { docLocks } from '../tables.ts';
import { DocumentLocked, holds, locksCovering } from './lock-check.ts';
import { dropExpiredLocks, type LockRow, liveLocksOn } from './lock-queries.ts';

export interface LockRequest {
  scope: 'exclusive' | 'shared';
  depth: '0' | 'infinity';
  minutes: number;
  ownerNote: string;
  via: 'web' | 'dav';
}

const clampMinutes = (minutes: number) => Math.max(1, Math.min(DOCUMENT_LIMITS.lockMinutesMax, Math.round(minutes)));

async function refuse(tx: Tx, lock: LockRow): Promise<never> {
  const owner = (await peopleByIds(tx, [lock.ownerId])).get(lock.ownerId);
  throw new DocumentLocked(lock, owner?.name ?? 'Someone');
}

/**
 * Locks the chain's last node. A lock conflicts with any other on what it covers unless both are
 * shared; the browser's check-out by the person already holding it renews it instead.
 */
export async function lockNode(
  tx: Tx,
  actor: DocActor,
  chain: readonly NodeRow[],
  request: LockRequest,
): Promise<LockRow> {
  const node = chain.at(-1) as NodeRow;
  await tx.select({ id: docLocks.id }).from(docLocks).where(eq(docLocks.nodeId, node.id)).for('update');
  await dropExpiredLocks(tx, [node.id]);
  const inside = request.depth === 'infinity' && node.kind === 'folder' ? await descendantsOf(tx, node.id) : [];
  const existing = [
    ...(await locksCovering(tx, chain)),
    ...(await liveLocksOn(
      tx,
      inside.map((n) => n.id),
    )),
  ];
  const expiresAt = new Date(Date.now() + clampMinutes(request.minutes) * 60_000);
  if (request.via === 'web') {
    const own = existing.find((lock) => lock.nodeId === node.id && lock.ownerId === actor.personId);
    if (own && existing.length === 1) {
      const [renewed] = await tx.update(docLocks).set({ expiresAt }).where(eq(docLocks.id, own.id)).returning();
      return renewed as LockRow;
    }
  }
  const clash = existing.find((lock) => request.scope === 'exclusive' || lock.scope === 'exclusive');
  if (clash) await refuse(tx, clash);
  const [row] = await tx
    .insert(docLocks)
    .values({
      id: newId(),
      nodeId: node.id,
      token: `urn:uuid:${randomUUID()}`,
      ownerId: actor.personId,
      scope: request.scope,
      depth: node.kind === 'folder' ? request.depth : '0',
      ownerNote: request.ownerNote,
      via: request.via,
      expiresAt,
    })
    .returning();
  return row as LockRow;
}

/** Renews a lock the actor holds (WebDAV's LOCK with an `If` header naming it); 412 when they hold none. */
export async function refreshLock(
  tx: Tx,
  actor: DocActor,
  chain: readonly NodeRow[],
  minutes: number,
): Promise<LockRow> {
  const held = (await locksCovering(tx, chain)).find((lock) => holds(actor, lock));
  if (!held) throw conflict('lock-not-held', 'No lock of yours covers this document');
  const expiresAt = new Date(Date.now() + clampMinutes(minutes) * 60_000);
  const [row] = await tx.update(docLocks).set({ expiresAt }).where(eq(docLocks.id, held.id)).returning();
  return row as LockRow;
}

/**
 * Ends locks on the node: the one with this token (WebDAV), or in the browser the person's own, or
 * with `manage` everyone's. Returns how many ended; 403 when the lock is another's and `manage` is not set.
 */
export async function unlockNode(
  tx: Tx,
  actor: DocActor,
  chain: readonly NodeRow[],
  options: { token?: string; manage: boolean },
): Promise<number> {
  const covering = await locksCovering(tx, chain);
  const node = chain.at(-1) as NodeRow;
  const onNode = covering.filter((lock) => lock.nodeId === node.id);
  const targets = options.token
    ? covering.filter((lock) => lock.token === options.token)
    : onNode.filter((lock) => lock.ownerId === actor.personId || options.manage);
  if (options.token && targets.length === 0)
    throw conflict('lock-token-mismatch', 'That lock does not cover this document');
  const othersOnly = !options.token && targets.length === 0 && onNode.length > 0;
  if (othersOnly || (targets.some((lock) => lock.ownerId !== actor.personId) && !options.manage)) {
    throw forbidden('The lock is held by someone else; the owner or who manages the space can release it.');
  }
  if (targets.length === 0) return 0;
  await tx.delete(docLocks).where(
    inArray(
      docLocks.id,
      targets.map((lock) => lock.id),
    ),
  );
  return targets.length;
}
