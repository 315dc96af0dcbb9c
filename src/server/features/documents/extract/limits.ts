/**
 * What one extraction may cost. A file beyond them is not searched by its text (its name still is):
 * a zip bomb, a PDF whose streams inflate to gigabytes or a file that takes too long ends as `failed`
 * without taking the server's memory or time.
 */
export const EXTRACT_LIMITS = {
  /** Bytes of the stored file read at most; PDFs and Office files larger than this are not read. */
  inputBytes: 50 * 1024 * 1024,
  /** Bytes a text file is read up to: the characters kept need no more (UTF-8, at most 4 bytes each). */
  textInputBytes: 4 * 1024 * 1024,
  /** Bytes all of an Office file's entries may inflate to, together. */
  inflatedBytes: 50 * 1024 * 1024,
  /** Bytes a PDF's compressed streams may inflate to, together (checked before the PDF is read). */
  pdfInflatedBytes: 200 * 1024 * 1024,
  /** Entries of a zip container. */
  zipEntries: 10_000,
  /** Characters of text kept per version. */
  textChars: 1_000_000,
  /** Time an extraction may take, start of its worker included. */
  timeMs: 30_000,
  /** Heap of the worker thread (V8's old generation), in MB. */
  workerHeapMb: 256,
  /** Memory outside the heap (the buffers of inflated data) the process may gain meanwhile. */
  externalBytes: 512 * 1024 * 1024,
} as const;

/** An extraction ended at a limit, or on a file that is not what it claims: the version's state is `failed`. */
export class ExtractRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
