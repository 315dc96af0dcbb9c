import { Readable } from 'node:stream';
import { lockNode, refreshLock } from '../../locks/lock-node.ts';
import type { LockRow } from '../../locks/lock-queries.ts';
import { checkName } from '../../names.ts';
import type { NodeRow } from '../../node-queries.ts';
import { storeFile } from '../../nodes/store-file.ts';
import { peopleByIds } from '../../people.ts';
import { storeIncoming } from '../../uploads/incoming.ts';
import { checkIfHeader } from '../conditions.ts';
import { type DavContext, xmlBody } from '../dav-context.ts';
import { DavError } from '../dav-error.ts';
import { davHref } from '../dav-path.ts';
import { depthOf, lockMinutesOf } from '../headers/dav-headers.ts';
import { activeLockXml } from '../properties/live-properties.ts';
import { writableSpace } from '../write-access.ts';
import { dav, XML_DECLARATION, XML_TYPE } from '../xml/multistatus.ts';
import { lockRequest } from '../xml/request-bodies.ts';

/**
 * LOCK (RFC 4918 9.10): a new write lock, exclusive or shared, of depth 0 or infinity, for the Timeout
 * asked (at most the platform's maximum) — the same locks the web shows and respects. LOCK of an
 * unmapped name creates an empty file first (201), as editors do before saving. Without a body it
 * refreshes the lock the If header names. Answers the lock in DAV:lockdiscovery, its token in Lock-Token.
 */
export async function lock(ctx: DavContext): Promise<void> {
  const { resource, request, reply } = ctx;
  const space = writableSpace(resource);
  if (resource.kind === 'space')
    throw new DavError(403, 'forbidden', 'A space cannot be locked', 'Lock a folder or file in it.');
  const asked = lockRequest(await xmlBody(request));
  const minutes = lockMinutesOf(request.headers.timeout as string | undefined);
  const depth = depthOf(request.headers.depth as string | undefined, 'infinity');
  if (depth === '1') throw new DavError(400, 'bad-request', 'A lock has Depth 0 or infinity');
  await checkIfHeader(ctx);

  let chain: NodeRow[];
  let created = false;
  if (resource.kind === 'node') {
    chain = resource.chain;
  } else if (resource.kind === 'unmapped' && asked.kind === 'new') {
    if (resource.parent === null) throw new DavError(409, 'parent-missing', 'The folder does not exist');
    const parent = resource.parent;
    const name = checkName(resource.name);
    const empty = await storeIncoming(ctx.blobs, Readable.from([]));
    const stored = await ctx.deps.db.transaction((tx) =>
      storeFile(tx, ctx.actor, space, parent, name, empty, { comment: '', ifExists: 'conflict' }),
    );
    chain = [...parent, stored.node];
    created = true;
  } else {
    throw new DavError(412, 'precondition-failed', 'No lock to refresh here', 'The resource does not exist.');
  }
  let taken: LockRow;
  if (asked.kind === 'refresh') {
    if (!ctx.ifGroups) throw new DavError(400, 'bad-request', 'A refresh names its lock in the If header');
    taken = await ctx.deps.db.transaction((tx) => refreshLock(tx, ctx.actor, chain, minutes));
  } else {
    taken = await ctx.deps.db.transaction((tx) =>
      lockNode(tx, ctx.actor, chain, { scope: asked.scope, depth, minutes, ownerNote: asked.ownerNote, via: 'dav' }),
    );
    reply.header('lock-token', `<${taken.token}>`);
  }
  const at = chain.findIndex((n) => n.id === taken.nodeId);
  const root = davHref(resource.segments.slice(0, at + 2), chain[at]?.kind === 'folder');
  const ownerName = (await peopleByIds(ctx.deps.db, [taken.ownerId])).get(taken.ownerId)?.name ?? '';
  const body = `${XML_DECLARATION}<D:prop xmlns:D="DAV:">${dav('lockdiscovery', activeLockXml({ lock: taken, root, ownerName }))}</D:prop>`;
  reply
    .status(created ? 201 : 200)
    .type(XML_TYPE)
    .send(body);
}
