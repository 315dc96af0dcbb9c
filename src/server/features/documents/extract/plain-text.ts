import type { TextSink } from './text-sink.ts';

/**
 * The characters of a text file (plain, Markdown, CSV): UTF-8 or UTF-16 by their byte order mark, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252, as older Windows programs write CSV and text.
 * The bytes may end inside a character (the file was read up to a limit): that character is dropped.
 */
export function plainText(bytes: Uint8Array, sink: TextSink): void {
  sink.add(decodeText(bytes));
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // stream: true keeps a character cut off at the end back instead of calling it an error.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes, { stream: true });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
