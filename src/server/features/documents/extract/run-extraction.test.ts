import { describe, expect, it } from 'vitest';
import { deflatedBlanks, docx, overlappingZip, pdf } from './extract-fixtures.ts';
import { EXTRACT_LIMITS } from './limits.ts';
import { extractInWorker } from './run-extraction.ts';

// The extraction in its worker thread: the text comes back, and a bomb ends as a refusal within
// seconds while the process's memory stays where it was.

/** Runs the extraction while sampling the process's memory; answers the outcome and the largest growth. */
async function watched(run: () => Promise<unknown>) {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const started = Date.now();
  try {
    const outcome = await run();
    return { outcome, ms: Date.now() - started, grewMb: (peak - before) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

describe('extractInWorker', () => {
  it('answers the text of a Word document and a PDF', async () => {
    expect(await extractInWorker(docx(['Kläranlage Ost']), 'docx')).toEqual({
      ok: true,
      text: 'Kläranlage Ost',
      truncated: false,
    });
    const fromPdf = await extractInWorker(new Uint8Array(pdf(['Ratsinformationssystem'])), 'pdf');
    expect(fromPdf).toMatchObject({ ok: true, text: expect.stringContaining('Ratsinformationssystem') });
  }, 60_000);

  it('ends a workbook of a hundred kilobytes whose sheets inflate to 50 GB as refused, quickly, with flat memory', async () => {
    // 1,000 worksheets in the directory, every one the same 50 MB of blanks (50 kB deflated).
    const data = deflatedBlanks('<worksheet><sheetData>', 50, '</sheetData></worksheet>');
    const names = Array.from({ length: 1000 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    const bomb = overlappingZip(names, data, 50 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const result = await watched(() => extractInWorker(new Uint8Array(bomb), 'xlsx'));
    expect(result.outcome).toEqual({
      ok: false,
      reason: `inflates to more than ${EXTRACT_LIMITS.inflatedBytes} bytes`,
    });
    expect(result.ms).toBeLessThan(15_000);
    // The worker itself (tsx, pdf.js, its heap) and at most a few megabytes of inflated data at a time.
    expect(result.grewMb).toBeLessThan(300);
  }, 60_000);

  it('refuses a PDF whose stream inflates to gigabytes before pdf.js reads it', async () => {
    const blanks = deflatedBlanks('', 1024, '');
    // A zlib stream (header, the raw deflate, no checksum needed to be refused) as a page's content.
    const zlibStream = Buffer.concat([Buffer.from([0x78, 0x9c]), blanks]);
    const head = `%PDF-1.4\n1 0 obj\n<< /Length ${zlibStream.length} /Filter /FlateDecode >>\nstream\n`;
    const bomb = Buffer.concat([
      Buffer.from(head, 'latin1'),
      zlibStream,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    const result = await watched(() => extractInWorker(new Uint8Array(bomb), 'pdf'));
    expect(result.outcome).toEqual({
      ok: false,
      reason: `inflates to more than ${EXTRACT_LIMITS.pdfInflatedBytes} bytes`,
    });
    expect(result.ms).toBeLessThan(15_000);
    expect(result.grewMb).toBeLessThan(300);
  }, 60_000);

  it('ends an extraction that takes longer than allowed', async () => {
    const slow = await extractInWorker(docx(['Wort']), 'docx', { ...EXTRACT_LIMITS, timeMs: 1 });
    expect(slow).toEqual({ ok: false, reason: 'took longer than 1 ms' });
  });
});
