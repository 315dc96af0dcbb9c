import { DOCUMENT_LIMITS } from '../../../../shared/contracts/documents.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';

/** A file's bytes once they are in the blob store, with the first bytes for telling its type. */
export interface IncomingBlob {
  key: string;
  size: number;
  head: Uint8Array;
}

const HEAD_BYTES = 64;

export const tooLarge = (maxBytes: number) =>
  new Problem(
    413,
    'document-too-large',
    'The file is too large',
    `At most ${maxBytes.toLocaleString('en')} bytes go in one request; larger files go through a resumable upload.`,
  );

/**
 * Streams a body into the blob store (never all of it in memory), keeping its first bytes and
 * refusing it with 413 once it passes `maxBytes`. Nothing points to the blob until a row does, so an
 * interrupted upload leaves nothing visible.
 */
export async function storeIncoming(
  blobs: BlobStore,
  body: AsyncIterable<Uint8Array>,
  maxBytes: number = DOCUMENT_LIMITS.fileBytes,
): Promise<IncomingBlob> {
  let head = Buffer.alloc(0);
  let seen = 0;
  const watched = async function* () {
    for await (const chunk of body) {
      seen += chunk.length;
      if (seen > maxBytes) throw tooLarge(maxBytes);
      if (head.length < HEAD_BYTES)
        head = Buffer.concat([head, Buffer.from(chunk).subarray(0, HEAD_BYTES - head.length)]);
      yield chunk;
    }
  };
  const stored = await blobs.putStream(watched());
  return { ...stored, head };
}
