import { Decompress } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { EXTRACT_LIMITS, ExtractRefused } from './limits.ts';
import type { TextSink } from './text-sink.ts';
import { InflateBudget } from './zip-entries.ts';

const latin1 = new TextDecoder('latin1');
const PUSH_BYTES = 4 * 1024;

/**
 * pdf.js inflates a stream whole, however large it comes out: a PDF of a few megabytes can hold a
 * stream of gigabytes. So every FlateDecode stream is inflated here first, in bounded steps and
 * thrown away, counting the bytes; past the budget the PDF is refused before pdf.js reads it.
 * Streams that do not inflate (encrypted ones) are left to pdf.js.
 */
export function checkPdfStreams(pdf: Uint8Array, maxBytes: number): void {
  const text = latin1.decode(pdf);
  const budget = new InflateBudget(maxBytes);
  const streams = /\/FlateDecode[\s\S]{0,2000}?stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const stop = text.indexOf('endstream', start);
    const data = pdf.subarray(start, stop < 0 ? pdf.length : stop);
    const inflater = new Decompress((chunk) => budget.spend(chunk.length));
    try {
      for (let from = 0; from < data.length; from += PUSH_BYTES) inflater.push(data.subarray(from, from + PUSH_BYTES));
    } catch (error) {
      if (error instanceof ExtractRefused) throw error;
      // Not a zlib stream as written (encrypted, or damaged): pdf.js decides.
    }
    streams.lastIndex = stop < 0 ? pdf.length : stop;
  }
}

/** The text of a PDF, page by page, a line where pdf.js sees one end. */
export async function pdfText(pdf: Uint8Array, sink: TextSink): Promise<void> {
  checkPdfStreams(pdf, EXTRACT_LIMITS.pdfInflatedBytes);
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js refuses a Node Buffer: a plain view of the same bytes.
    document = await getDocumentProxy(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      // Errors only: a damaged PDF's warnings are no news to the server's log.
      verbosity: 0,
    });
  } catch (error) {
    throw new ExtractRefused(`unreadable PDF: ${(error as Error).message}`);
  }
  try {
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        sink.add(item.str);
        if (item.hasEOL) sink.add('\n');
      }
      sink.add('\n\n');
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
}
