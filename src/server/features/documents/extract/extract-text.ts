import { type ExtractFormat, matchesMagic } from './formats.ts';
import { EXTRACT_LIMITS, ExtractRefused } from './limits.ts';
import { officeText } from './office-text.ts';
import { pdfText } from './pdf-text.ts';
import { plainText } from './plain-text.ts';
import { TextSink, untilFull } from './text-sink.ts';

export interface ExtractedText {
  text: string;
  /** Whether the text was cut at the limit of characters kept. */
  truncated: boolean;
}

/**
 * The text of a file's bytes in the given format, at most `textChars` characters. Throws
 * ExtractRefused when the bytes are not of the format or exceed a limit. Runs in the extraction's
 * worker thread (run-extraction.ts), never on the server's event loop.
 */
export async function extractText(
  bytes: Uint8Array,
  format: ExtractFormat,
  maxChars: number = EXTRACT_LIMITS.textChars,
): Promise<ExtractedText> {
  if (bytes.length > 0 && !matchesMagic(format, bytes)) throw new ExtractRefused(`not a ${format} file`);
  const sink = new TextSink(maxChars);
  await untilFull(async () => {
    if (bytes.length === 0) return;
    if (format === 'pdf') await pdfText(bytes, sink);
    else if (format === 'text') plainText(bytes, sink);
    else officeText(format, bytes, sink);
  });
  return { text: sink.text(), truncated: sink.truncated };
}
