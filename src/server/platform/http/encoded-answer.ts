import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Smaller answers go out as they are: compressing them saves less than it costs. */
const COMPRESS_FROM_BYTES = 8 * 1024;

/**
 * An answer kept ready to send: its bytes (JSON, or a page), and gzipped for clients that accept it
 * (every browser does). Large answers (an atlas search with its map points, a portfolio of hundreds of
 * projects) shrink to a fifth or less. The compressed form is made once, when first asked for, and
 * kept with the answer.
 */
export class EncodedAnswer {
  private gzipped: Promise<Buffer> | undefined;

  constructor(readonly json: Buffer) {}

  get size(): number {
    return this.json.length;
  }

  /** The bytes to send and their Content-Encoding (undefined: identity). */
  async encodedFor(acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding: 'gzip' | undefined }> {
    if (this.json.length < COMPRESS_FROM_BYTES || !acceptsGzip(acceptEncoding)) {
      return { body: this.json, encoding: undefined };
    }
    this.gzipped ??= gzipAsync(this.json, { level: 4, strategy: constants.Z_DEFAULT_STRATEGY });
    return { body: await this.gzipped, encoding: 'gzip' };
  }
}

/** Whether an Accept-Encoding header admits gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
