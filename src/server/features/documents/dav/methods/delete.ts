import { trashChain } from '../../nodes/trash-node.ts';
import { checkIfHeader } from '../conditions.ts';
import type { DavContext } from '../dav-context.ts';
import { DavError, davNotFound } from '../dav-error.ts';
import { writableSpace } from '../write-access.ts';

/**
 * DELETE: the folder or file goes into the space's trash (restorable for 30 days in the web) with
 * everything in it, and its locks end; 423 while another's lock covers it or anything inside.
 */
export async function deleteResource(ctx: DavContext): Promise<void> {
  const { resource } = ctx;
  if (resource.kind === 'unmapped') throw davNotFound();
  writableSpace(resource);
  if (resource.kind !== 'node') throw new DavError(403, 'forbidden', 'A space cannot be deleted here');
  await checkIfHeader(ctx);
  await ctx.deps.db.transaction((tx) => trashChain(tx, ctx.actor, resource.chain));
  ctx.reply.status(204).send();
}
