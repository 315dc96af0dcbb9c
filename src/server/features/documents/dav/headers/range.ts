/** A byte range of a file to send, inclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The one range a Range header asks for (RFC 9110 14.2): `bytes=a-b`, `bytes=a-`, `bytes=-n`. Null
 * when there is none, it is not bytes, or it asks for several ranges (then the whole file is sent, as
 * the RFC allows); 'unsatisfiable' when it lies beyond the file (416).
 */
export function rangeOf(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { start, end };
}

/** The bytes of a stream within the range, skipping what comes before and stopping after it. */
export async function* sliceOf(body: AsyncIterable<Uint8Array>, range: ByteRange): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for await (const chunk of body) {
    const chunkEnd = offset + chunk.length;
    if (chunkEnd > range.start) {
      const from = Math.max(0, range.start - offset);
      const to = Math.min(chunk.length, range.end + 1 - offset);
      if (to > from) yield chunk.subarray(from, to);
    }
    offset = chunkEnd;
    if (offset > range.end) break;
  }
}
