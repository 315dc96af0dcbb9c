import type { Tx } from '../../../../platform/db/client.ts';
import type { NodeAccess } from '../../node-access.ts';
import { descendantsOf, type NodeRow } from '../../node-queries.ts';
import { copyNode } from '../../nodes/copy-node.ts';
import { insertNode } from '../../nodes/create-node.ts';
import { type Destination, moveNode, prepareDestination } from '../../nodes/move-node.ts';
import { checkIfHeader } from '../conditions.ts';
import type { DavContext } from '../dav-context.ts';
import { DavError, davNotFound, davPreconditionFailed } from '../dav-error.ts';
import { davSegments } from '../dav-path.ts';
import { depthOf, destinationPathOf, overwriteOf } from '../headers/dav-headers.ts';
import { copyProperties } from '../properties/dead-properties.ts';
import { resolveDav } from '../resolve.ts';
import { writableSpace } from '../write-access.ts';

/** The nodes below a folder by their path relative to it, e.g. "Pläne/2026/a.pdf". */
function byRelativePath(root: string, nodes: readonly NodeRow[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pathOf = (node: NodeRow): string => {
    const parent = node.parentId && node.parentId !== root ? byId.get(node.parentId) : undefined;
    return parent ? `${pathOf(parent)}/${node.name}` : node.name;
  };
  return new Map(nodes.filter((n) => n.trashedAt === null).map((n) => [pathOf(n), n.id]));
}

/** Gives a copy (and everything in a copied folder) the dead properties of the original. */
async function copyDeadProperties(tx: Tx, source: NodeRow, copy: NodeRow): Promise<void> {
  const pairs = [{ from: source.id, to: copy.id }];
  if (source.kind === 'folder') {
    const originals = byRelativePath(source.id, await descendantsOf(tx, source.id));
    const copies = byRelativePath(copy.id, await descendantsOf(tx, copy.id));
    for (const [path, from] of originals) {
      const to = copies.get(path);
      if (to) pairs.push({ from, to });
    }
  }
  await copyProperties(tx, pairs);
}

/** A folder's copy without its content: a new empty folder of the destination's name. */
async function copyFolderAlone(
  tx: Tx,
  ctx: DavContext,
  source: NodeAccess,
  to: Destination,
): Promise<{ node: NodeRow; replaced: boolean }> {
  const { name, replaced } = await prepareDestination(tx, ctx.actor, source, to);
  const node = await insertNode(tx, ctx.actor, to.space, to.folderChain, {
    kind: 'folder',
    name,
    description: source.node.description,
  });
  return { node, replaced };
}

/**
 * COPY and MOVE (RFC 4918 9.8, 9.9) to the Destination, within a space or to another the person may
 * write in: 201 when the destination was free, 204 when it replaced something (Overwrite T, the
 * replaced node goes into the trash), 412 when it was taken and Overwrite is F, 409 without the
 * destination's folder, 403 onto itself. MOVE keeps the node (its versions, locks and properties go
 * with it); COPY makes new files whose first version shares the original's bytes.
 */
export async function copyOrMove(ctx: DavContext, method: 'COPY' | 'MOVE'): Promise<void> {
  const { resource, request } = ctx;
  if (resource.kind === 'unmapped' || resource.kind === 'nowhere') throw davNotFound();
  if (resource.kind !== 'node') throw new DavError(403, 'forbidden', 'A space cannot be copied or moved here');
  if (method === 'MOVE') writableSpace(resource);
  const depth = depthOf(request.headers.depth as string | undefined, 'infinity');
  if (depth === '1' || (method === 'MOVE' && depth !== 'infinity')) {
    throw new DavError(400, 'bad-request', `${method} takes Depth ${method === 'MOVE' ? 'infinity' : '0 or infinity'}`);
  }
  const overwrite = overwriteOf(request.headers.overwrite as string | undefined);
  const segments = davSegments(destinationPathOf(request.headers.destination as string | undefined, request.host));
  if (segments === null) throw new DavError(403, 'forbidden', 'Destination lies outside /dav/');
  const target = await resolveDav(ctx.deps.db, ctx.personId, segments);
  const space = writableSpace(target);
  if (target.kind !== 'node' && target.kind !== 'unmapped') {
    throw new DavError(403, 'forbidden', 'A space cannot be replaced');
  }
  if (target.kind === 'node' && target.node.id === resource.node.id) {
    throw new DavError(403, 'forbidden', 'Source and destination are the same');
  }
  if (target.kind === 'unmapped' && target.parent === null) {
    throw new DavError(409, 'parent-missing', 'The destination folder does not exist');
  }
  if (target.kind === 'node' && !overwrite) throw davPreconditionFailed('The destination exists and Overwrite is F.');
  await checkIfHeader(ctx);
  if (target.kind === 'node') await checkIfHeader(ctx, target);
  const folderChain = target.kind === 'node' ? target.chain.slice(0, -1) : (target.parent ?? []);
  const name = target.kind === 'node' ? target.node.name : target.name;
  const to = { space, folderChain, name, overwrite };
  const source = { node: resource.node, chain: resource.chain, space: resource.space };
  const done = await ctx.deps.db.transaction(async (tx) => {
    if (method === 'MOVE') return moveNode(tx, ctx.actor, source, to);
    // Depth 0 copies a folder without what is in it (RFC 4918 9.8.3).
    const copied =
      depth === '0' && resource.node.kind === 'folder'
        ? await copyFolderAlone(tx, ctx, source, to)
        : await copyNode(tx, ctx.actor, source, to);
    await copyDeadProperties(tx, resource.node, copied.node);
    return copied;
  });
  ctx.reply.status(done.replaced ? 204 : 201).send();
}
