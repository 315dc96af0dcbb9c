import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { contentDisposition } from '../../../../platform/http/content-disposition.ts';
import { docVersions } from '../../tables.ts';
import { checkIfHeader, matchesAny } from '../conditions.ts';
import type { DavContext } from '../dav-context.ts';
import { DavError, davNotFound, davPreconditionFailed } from '../dav-error.ts';
import { rangeOf, sliceOf } from '../headers/range.ts';
import { etagOf } from '../properties/live-properties.ts';

// HTTP dates have whole seconds: a file changed within the second of the date the client has is unchanged to it.
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * GET and HEAD of a file: its current version, streamed from the blob store, with ETag,
 * Last-Modified, its media type and length, one byte range (206) if asked, and 304 for If-None-Match
 * and If-Modified-Since. Never run by a browser: sent as a download, `nosniff`, sandboxed.
 */
export async function get(ctx: DavContext, head: boolean): Promise<void> {
  const { resource, request, reply } = ctx;
  if (resource.kind === 'unmapped' || resource.kind === 'nowhere') throw davNotFound();
  if (resource.kind !== 'node' || resource.node.kind !== 'file') {
    throw new DavError(405, 'method-not-allowed', 'A folder has no content', 'List it with PROPFIND.');
  }
  await checkIfHeader(ctx);
  const file = resource.node;
  const etag = etagOf(file);
  const lastModified = file.updatedAt;
  const ifMatch = request.headers['if-match'];
  if (ifMatch !== undefined && !matchesAny(ifMatch, etag)) throw davPreconditionFailed('If-Match does not hold.');
  const ifUnmodified = Date.parse(String(request.headers['if-unmodified-since'] ?? ''));
  if (!Number.isNaN(ifUnmodified) && seconds(lastModified) > ifUnmodified / 1000) {
    throw davPreconditionFailed('Changed since If-Unmodified-Since.');
  }
  reply
    .header('etag', etag)
    .header('last-modified', lastModified.toUTCString())
    .header('accept-ranges', 'bytes')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-disposition', contentDisposition('attachment', file.name))
    .header('cache-control', 'private, no-cache');
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = Date.parse(String(request.headers['if-modified-since'] ?? ''));
  const notModified =
    ifNoneMatch !== undefined
      ? matchesAny(ifNoneMatch, etag)
      : !Number.isNaN(ifModifiedSince) && seconds(lastModified) <= ifModifiedSince / 1000;
  if (notModified) {
    reply.status(304).send();
    return;
  }
  const [version] = file.currentVersionId
    ? await ctx.deps.db.select().from(docVersions).where(eq(docVersions.id, file.currentVersionId))
    : [];
  if (!version) throw davNotFound();
  reply.type(version.mediaType || 'application/octet-stream');
  if (head) {
    reply.header('content-length', String(version.size)).status(200).send();
    return;
  }
  const blob = await ctx.blobs.getStream(version.blobKey);
  if (!blob) throw davNotFound();
  const ifRange = request.headers['if-range'];
  const range = ifRange === undefined || ifRange === etag ? rangeOf(request.headers.range, blob.size) : null;
  if (range === 'unsatisfiable') {
    blob.body.destroy();
    reply.header('content-range', `bytes */${blob.size}`);
    throw new DavError(416, 'range-not-satisfiable', 'The range lies beyond the file');
  }
  if (!range) {
    reply.header('content-length', String(blob.size)).status(200).send(blob.body);
    return;
  }
  reply
    .status(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${blob.size}`)
    .header('content-length', String(range.end - range.start + 1))
    .send(Readable.from(sliceOf(blob.body, range)));
}
