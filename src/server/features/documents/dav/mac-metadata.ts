import type { FastifyReply, FastifyRequest } from 'fastify';
import { DavError } from './dav-error.ts';

// Finder's metadata is a few KiB; a larger body is no metadata file.
const MAX_METADATA_BYTES = 16 * 1024 * 1024;

/** AppleDouble files (`._name`, a file's Finder metadata) and `.DS_Store` (a folder's view settings). */
export function isMacMetadata(name: string | undefined): boolean {
  return name !== undefined && (name.startsWith('._') || name === '.DS_Store');
}

/**
 * Finder's metadata files are not kept: they would show in every folder on the web and in Windows.
 * Finder asks for them on every listing, so the answer is a quick 404 without looking anything up; what
 * it writes is read and dropped (201), and deleting it succeeds (204), so that copying never fails.
 */
export async function answerMacMetadata(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method === 'PUT') {
    let size = 0;
    for await (const chunk of request.raw) {
      size += (chunk as Buffer).length;
      if (size > MAX_METADATA_BYTES) throw new DavError(413, 'too-large', 'Too large for a metadata file');
    }
    reply.status(201).header('content-length', '0').send();
    return;
  }
  if (request.method === 'DELETE') {
    reply.status(204).send();
    return;
  }
  throw new DavError(404, 'not-found', 'Not found', 'Finder metadata files are not kept.');
}
