import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * A ZIP written as it is made: entries go in one after another and the archive's bytes come out of
 * `output` at once, so a caller that streams `output` into the store never holds the whole archive.
 * Adding waits while the reader is behind (backpressure), so at most a few chunks are in memory.
 */
export interface ZipStream {
  output: Readable;
  /** A text entry (JSON, README), compressed. */
  addText(path: string, text: string): Promise<void>;
  /** A file's bytes as a stream, stored as they are (uploads are mostly compressed already). */
  addStream(path: string, body: AsyncIterable<Uint8Array>): Promise<void>;
  /** Writes the central directory and ends `output`. */
  end(): Promise<void>;
  /** Ends `output` with an error (the store then keeps nothing). */
  abort(error: Error): void;
}

export function createZipStream(modified = new Date()): ZipStream {
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  // The reader (the store's upload) learns of a failure through its own pipeline; without a listener here
  // an aborted archive's error event would end the process.
  output.on('error', () => {});
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      output.destroy(error);
      return;
    }
    output.write(chunk);
    if (final) output.end();
  });
  const drained = async () => {
    if (failure) throw failure;
    if (output.writableNeedDrain) await once(output, 'drain');
  };
  return {
    output,
    async addText(path, text) {
      const entry = new ZipDeflate(path, { level: 6 });
      entry.mtime = modified;
      zip.add(entry);
      entry.push(strToU8(text), true);
      await drained();
    },
    async addStream(path, body) {
      const entry = new ZipPassThrough(path);
      entry.mtime = modified;
      zip.add(entry);
      for await (const chunk of body) {
        entry.push(chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk));
        await drained();
      }
      entry.push(new Uint8Array(0), true);
      await drained();
    },
    async end() {
      zip.end();
      await drained();
    },
    abort(error) {
      zip.terminate();
      output.destroy(error);
    },
  };
}
