import { audit } from '../../../../platform/audit/audit.ts';
import { Problem } from '../../../../platform/errors/problem.ts';
import { locksCovering } from '../../locks/lock-check.ts';
import { unlockNode } from '../../locks/lock-node.ts';
import type { DavContext } from '../dav-context.ts';
import { DavError, davNotFound } from '../dav-error.ts';

/**
 * UNLOCK (RFC 4918 9.11): ends the lock the Lock-Token header names, if it covers the resource (409
 * `lock-token-matches-request-uri` if not). Another's lock only for who manages the space (403 else).
 */
export async function unlock(ctx: DavContext): Promise<void> {
  const { resource } = ctx;
  const token = /^\s*<([^>]+)>\s*$/.exec(String(ctx.request.headers['lock-token'] ?? ''))?.[1];
  if (!token) throw new DavError(400, 'bad-request', 'UNLOCK names its lock in the Lock-Token header');
  if (resource.kind !== 'node') {
    if (resource.kind === 'root' || resource.kind === 'space') {
      throw new DavError(
        409,
        'lock-token-mismatch',
        'No lock of that token is here',
        undefined,
        'lock-token-matches-request-uri',
      );
    }
    throw davNotFound();
  }
  if (!resource.space.rights.write && !resource.space.rights.manage) {
    throw new DavError(403, 'forbidden', 'Not allowed', 'You may only read in this space.');
  }
  try {
    await ctx.deps.db.transaction(async (tx) => {
      const held = (await locksCovering(tx, resource.chain)).find((lock) => lock.token === token);
      await unlockNode(tx, ctx.actor, resource.chain, { token, manage: resource.space.rights.manage });
      // Ending another's lock is recorded, as the web's release by who manages the space is.
      if (held && held.ownerId !== ctx.personId) {
        await audit(tx, {
          actorId: ctx.personId,
          action: 'document.lock_broken',
          subjectType: 'document',
          subjectId: resource.node.id,
          ip: ctx.request.ip,
          details: { name: resource.node.name, owners: [held.ownerId], via: 'dav' },
        });
      }
    });
  } catch (error) {
    if (error instanceof Problem && error.status === 409) {
      throw new DavError(
        409,
        'lock-token-mismatch',
        'No lock of that token covers this resource',
        undefined,
        'lock-token-matches-request-uri',
      );
    }
    throw error;
  }
  ctx.reply.status(204).send();
}
