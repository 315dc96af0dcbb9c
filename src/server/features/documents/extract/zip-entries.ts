import { Inflate } from 'fflate';
import { ExtractRefused } from './limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  flags: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes handed to the inflater at once: its output per call stays within about a thousand times that. */
const PUSH_BYTES = 4 * 1024;

/**
 * The entries of a zip file by its central directory. Zip64 (files or archives over 4 GB) is refused,
 * as are more entries than allowed: an Office file has a few dozen.
 */
export function zipEntries(zip: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ExtractRefused('not a zip file');
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ExtractRefused('zip64 is not read');
  if (count > maxEntries) throw new ExtractRefused(`more than ${maxEntries} zip entries`);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new ExtractRefused('broken zip directory');
    }
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Counts inflated bytes across all entries read from one file, and refuses past the limit. */
export class InflateBudget {
  used = 0;
  constructor(readonly maxBytes: number) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.maxBytes) throw new ExtractRefused(`inflates to more than ${this.maxBytes} bytes`);
  }
}

/**
 * Hands an entry's bytes to `onData` as they are inflated, a few megabytes at most at a time, never
 * the whole entry: what its header says of its size is not trusted; the budget counts what comes out.
 */
export function readEntry(
  zip: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onData: (chunk: Uint8Array) => void,
): void {
  if (entry.flags & 1) throw new ExtractRefused('encrypted zip entry');
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new ExtractRefused('broken zip entry');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = zip.subarray(start, Math.min(zip.length, start + entry.compressedSize));
  if (entry.method === 0) {
    budget.spend(data.length);
    onData(data);
    return;
  }
  if (entry.method !== 8) throw new ExtractRefused(`zip compression method ${entry.method}`);
  const inflater = new Inflate((chunk) => {
    budget.spend(chunk.length);
    onData(chunk);
  });
  for (let from = 0; from < data.length; from += PUSH_BYTES) {
    const end = Math.min(data.length, from + PUSH_BYTES);
    inflater.push(data.subarray(from, end), end === data.length);
  }
}
