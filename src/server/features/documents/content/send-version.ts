import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import { previewOf } from '../media-type.ts';

export interface SentVersion {
  id: string;
  blobKey: string;
  size: number;
  mediaType: string;
  createdAt: Date;
}

/** A version's strong ETag: a version's bytes never change. */
export const etagOf = (versionId: string) => `"${versionId}"`;

/**
 * Answers a version's bytes: inline (only PDF and images, whose bytes were checked to be what their
 * name says; the PDF without `sandbox`, which the browser's viewer refuses, but with nothing else
 * allowed), otherwise as a download, never sniffed and, opened directly, running nothing. With an S3
 * store and presigned downloads, a 302 to the bucket. 304 when the client has this version. False, with
 * nothing sent, when the store has no such blob (whether it sent, never the reply: see `sendStoredBlob`).
 */
export async function sendVersion(
  request: FastifyRequest,
  reply: FastifyReply,
  blobs: BlobStore,
  file: { name: string; version: SentVersion; inline: boolean },
): Promise<boolean> {
  const preview = previewOf(file.version.mediaType);
  const inline = file.inline && (preview === 'pdf' || preview === 'image');
  const etag = etagOf(file.version.id);
  reply
    .header('etag', etag)
    .header('last-modified', file.version.createdAt.toUTCString())
    .header('cache-control', 'private, no-cache')
    .header('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === etag) {
    reply.status(304).send();
    return true;
  }
  const url = await blobs.downloadUrl(file.version.blobKey, {
    fileName: file.name,
    mediaType: file.version.mediaType,
    inline,
  });
  if (url) {
    reply.header('cache-control', 'no-store').redirect(url, 302);
    return true;
  }
  const blob = await blobs.getStream(file.version.blobKey);
  if (!blob) return false;
  const csp =
    preview === 'pdf' && inline
      ? "default-src 'none'; frame-ancestors 'self'"
      : "default-src 'none'; img-src 'self'; frame-ancestors 'self'; sandbox";
  reply
    .header('content-security-policy', csp)
    .header('x-frame-options', 'SAMEORIGIN')
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.name))
    .header('content-length', blob.size);
  reply.type(file.version.mediaType).send(blob.body);
  return true;
}
