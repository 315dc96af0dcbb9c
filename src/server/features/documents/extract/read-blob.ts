import type { Readable } from 'node:stream';

/**
 * Reads a stream up to `maxBytes` into one buffer of its own (transferable to a worker) and stops
 * the stream there: a large file is never read further than needed.
 */
export async function readUpTo(body: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      const part = chunk.length > maxBytes - length ? chunk.subarray(0, maxBytes - length) : chunk;
      chunks.push(part);
      length += part.length;
      if (length >= maxBytes) break;
    }
  } finally {
    body.destroy();
  }
  const bytes = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
