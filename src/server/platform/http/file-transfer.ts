import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { Problem } from '../errors/problem.ts';
import type { BlobStore } from '../storage/blob-storage.ts';
import { IMAGE_TYPES, type ImageType, imageTypeOf } from '../storage/image-type.ts';
import { contentDisposition } from './content-disposition.ts';
import { checkText } from './input-rule.ts';

/** `?name=`: the file name of an upload for clients that cannot set the X-File-Name header. */
export const FileNameQuery = Type.Object({ name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })) });

/** A file as it arrived: its bytes, the name its sender gave and the type it declared (neither trusted). */
export interface UploadedFile {
  bytes: Buffer;
  fileName: string;
  declaredType: string;
}

/** 413 naming the limit in MiB, as the docs and the web app say it (`what`: "A file", "An image"). */
export function tooLargeProblem(what: string, maxBytes: number): Problem {
  const mib = maxBytes / (1024 * 1024);
  return new Problem(
    413,
    'too-large',
    'File too large',
    `${what} may have at most ${mib} MiB (${maxBytes.toLocaleString('en')} bytes).`,
  );
}

/**
 * Registers routes that take a file as the raw request body of any declared type, up to `maxBytes`
 * (a JSON file is a file here, not a body to parse); a larger one is answered with the 413 of
 * {@link tooLargeProblem}. The routes set `bodyLimit: maxBytes` too.
 */
export async function fileUploadScope(
  fastify: FastifyInstance,
  limit: { what: string; maxBytes: number },
  routes: (scope: FastifyInstance) => void,
): Promise<void> {
  await fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limit.maxBytes }, (_request, body, done) =>
      done(null, body),
    );
    // The platform's 413 knows no limit; here the person learns which one (thrown on to the platform's handler).
    scope.setErrorHandler((error: { code?: string }) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw tooLargeProblem(limit.what, limit.maxBytes);
      throw error;
    });
    routes(scope);
  });
}

/** The file name from X-File-Name (which the platform's input rule does not see, being a header) or ?name=. */
function fileNameFrom(header: unknown, query: string | undefined): string {
  if (typeof header !== 'string' || header === '') return query ?? '';
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    throw new Problem(400, 'validation', 'X-File-Name must be URL-encoded UTF-8');
  }
  return checkText('headers', 'x-file-name', name);
}

/** The file a request of a {@link fileUploadScope} carries; its name from X-File-Name (URL-encoded) or `?name=`. */
export function uploadedFileOf(request: FastifyRequest, queryName: string | undefined): UploadedFile {
  return {
    bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
    fileName: fileNameFrom(request.headers['x-file-name'], queryName),
    declaredType:
      String(request.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() ?? '',
  };
}

/**
 * Answers a stored file to someone allowed to read it: images recognised by their bytes inline, anything
 * else as a download, never sniffed by the browser and, opened directly, running nothing.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { bytes: Buffer; fileName: string; mediaType: string },
): FastifyReply {
  const image = imageTypeOf(file.bytes);
  reply
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=300')
    .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
    .header('content-disposition', contentDisposition(image ? 'inline' : 'attachment', file.fileName));
  return reply.type(image ?? (file.mediaType || 'application/octet-stream')).send(file.bytes);
}

/** A stored upload as its row records it: its blob and the name and type it is served with. */
export interface StoredFile {
  blobKey: string;
  fileName: string;
  mediaType: string;
}

/**
 * Answers a stored file as {@link sendStoredFile} does, without holding it in memory: streamed from the
 * store, or, with an S3 store and `S3_DOWNLOADS=presigned`, a 302 to a short-lived URL of the bucket
 * that serves it under the same name and type. Images (the type was recognised by their bytes when
 * stored) inline, anything else as a download. False, with nothing sent, when the store has no such blob.
 *
 * It answers whether it sent, never the reply: a reply is a thenable that settles once the response has
 * ended, so an async function returning it would hand its caller `undefined` after the whole download.
 */
export async function sendStoredBlob(reply: FastifyReply, store: BlobStore, file: StoredFile): Promise<boolean> {
  const image = IMAGE_TYPES.includes(file.mediaType as ImageType) ? file.mediaType : null;
  const url = await store.downloadUrl(file.blobKey, {
    fileName: file.fileName,
    mediaType: image ?? (file.mediaType || 'application/octet-stream'),
    inline: image !== null,
  });
  if (url) {
    if (!(await store.head(file.blobKey))) return false;
    // The URL is signed for a few minutes: no cache may keep the redirect for longer.
    reply.header('cache-control', 'no-store').redirect(url, 302);
    return true;
  }
  const blob = await store.getStream(file.blobKey);
  if (!blob) return false;
  reply
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=300')
    .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
    .header('content-disposition', contentDisposition(image ? 'inline' : 'attachment', file.fileName))
    .header('content-length', blob.size);
  reply.type(image ?? (file.mediaType || 'application/octet-stream')).send(blob.body);
  return true;
}
