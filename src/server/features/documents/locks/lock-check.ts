import { Problem } from '../../../platform/errors/problem.ts';
import type { DocActor } from '../actor.ts';
import type { NodeRow } from '../node-queries.ts';
import { peopleByIds } from '../people.ts';
import { type LockRow, liveLocksOn } from './lock-queries.ts';

/** The locks that cover the last node of a chain: its own, and its folders' locks of depth infinity. */
export async function locksCovering(
  tx: Parameters<typeof liveLocksOn>[0],
  chain: readonly NodeRow[],
): Promise<LockRow[]> {
  const node = chain.at(-1);
  if (!node) return [];
  const locks = await liveLocksOn(
    tx,
    chain.map((n) => n.id),
  );
  return locks.filter((lock) => lock.nodeId === node.id || lock.depth === 'infinity');
}

/** Whether the actor may act under this lock: its owner, naming its token when asking through WebDAV. */
export function holds(actor: DocActor, lock: LockRow): boolean {
  return lock.ownerId === actor.personId && (actor.lockTokens === undefined || actor.lockTokens.includes(lock.token));
}

export class DocumentLocked extends Problem {
  constructor(
    readonly lock: LockRow,
    ownerName: string,
  ) {
    super(
      423,
      'document-locked',
      'The document is locked',
      `${ownerName} is editing it until ${lock.expiresAt.toISOString()}.`,
      undefined,
      { lockedBy: ownerName, expiresAt: lock.expiresAt.toISOString() },
    );
  }
}

/**
 * Refuses with 423 when a lock the actor does not hold covers the node (the chain's last) or, with
 * `inside`, any of these nodes within it (moving or trashing a folder moves what is locked inside).
 */
export async function assertWritable(
  tx: Parameters<typeof liveLocksOn>[0],
  actor: DocActor,
  chain: readonly NodeRow[],
  inside: readonly NodeRow[] = [],
): Promise<void> {
  const covering = await locksCovering(tx, chain);
  const within = await liveLocksOn(
    tx,
    inside.map((n) => n.id),
  );
  const blocking =
    covering.length > 0 && !covering.some((lock) => holds(actor, lock))
      ? covering[0]
      : within.find((lock) => !holds(actor, lock));
  if (!blocking) return;
  const owner = (await peopleByIds(tx, [blocking.ownerId])).get(blocking.ownerId);
  throw new DocumentLocked(blocking, owner?.name ?? 'Someone');
}
