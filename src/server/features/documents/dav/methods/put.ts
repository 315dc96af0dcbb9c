import { DOCUMENT_LIMITS } from '../../../../../shared/contracts/documents.ts';
import { assertWritable } from '../../locks/lock-check.ts';
import { checkName } from '../../names.ts';
import { storeFile } from '../../nodes/store-file.ts';
import { assertRoom } from '../../quota.ts';
import { storeIncoming, tooLarge } from '../../uploads/incoming.ts';
import { checkIfHeader, checkWritePreconditions } from '../conditions.ts';
import { bodyStream, type DavContext } from '../dav-context.ts';
import { DavError } from '../dav-error.ts';
import { etagOf } from '../properties/live-properties.ts';
import { writableSpace } from '../write-access.ts';

/**
 * PUT: a new file (201) or a new version of one (204), its body streamed into the blob store and
 * never held whole. Everything that can refuse it is asked before the body is read: rights (403),
 * a missing folder (409), a folder in the way (405), If/If-Match/If-None-Match (412), another's lock
 * (423), no room in the space or a body over 4 GiB (413, by its Content-Length). A body that breaks
 * off leaves nothing: the version's row is written only after the last byte.
 */
export async function put(ctx: DavContext): Promise<void> {
  const { resource, request, reply } = ctx;
  const space = writableSpace(resource);
  if (resource.kind === 'space' || (resource.kind === 'node' && resource.node.kind === 'folder')) {
    throw new DavError(405, 'method-not-allowed', 'A folder cannot be written with PUT');
  }
  if (request.headers['content-range'] !== undefined) {
    throw new DavError(400, 'bad-request', 'PUT of a part (Content-Range) is not supported');
  }
  let folder: NonNullable<Extract<typeof resource, { kind: 'unmapped' }>['parent']>;
  let name: string;
  if (resource.kind === 'unmapped') {
    if (resource.parent === null) throw new DavError(409, 'parent-missing', 'The folder does not exist');
    folder = resource.parent;
    name = checkName(resource.name);
  } else if (resource.kind === 'node') {
    folder = resource.chain.slice(0, -1);
    name = resource.node.name;
  } else {
    throw new DavError(403, 'forbidden', 'Not allowed');
  }
  checkWritePreconditions(ctx);
  await checkIfHeader(ctx);
  const target = resource.kind === 'node' ? resource.chain : folder;
  if (target.length > 0) await assertWritable(ctx.deps.db, ctx.actor, target);
  // A body that cannot fit is refused before its first byte is read (checked again when it is written).
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (Number.isSafeInteger(declared)) {
    if (declared > DOCUMENT_LIMITS.fileBytes) throw tooLarge(DOCUMENT_LIMITS.fileBytes);
    await assertRoom(ctx.deps.db, space, declared);
  }

  const blob = await storeIncoming(ctx.blobs, bodyStream(request), DOCUMENT_LIMITS.fileBytes);
  const stored = await ctx.deps.db.transaction((tx) =>
    storeFile(tx, ctx.actor, space, folder, name, blob, { comment: '', ifExists: 'version' }),
  );
  reply
    .status(stored.created ? 201 : 204)
    .header('etag', etagOf(stored.node))
    .header('last-modified', stored.node.updatedAt.toUTCString())
    .send();
}
