import { insertNode } from '../../nodes/create-node.ts';
import { checkIfHeader } from '../conditions.ts';
import { type DavContext, hasBody } from '../dav-context.ts';
import { DavError } from '../dav-error.ts';
import { writableSpace } from '../write-access.ts';

/** MKCOL: a new folder (201); 405 where something is, 409 without its parent, 415 with a body. */
export async function mkcol(ctx: DavContext): Promise<void> {
  const { resource } = ctx;
  const space = writableSpace(resource);
  if (hasBody(ctx.request)) throw new DavError(415, 'unsupported-media-type', 'MKCOL takes no body');
  if (resource.kind !== 'unmapped') throw new DavError(405, 'method-not-allowed', 'Something of this name is there');
  if (resource.parent === null) throw new DavError(409, 'parent-missing', 'The folder above does not exist');
  const parent = resource.parent;
  await checkIfHeader(ctx);
  await ctx.deps.db.transaction((tx) =>
    insertNode(tx, ctx.actor, space, parent, { kind: 'folder', name: resource.name }),
  );
  ctx.reply.status(201).header('content-length', '0').send();
}
