import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflatedBlanks, docx, odf, overlappingZip, pdf, xlsx } from './extract-fixtures.ts';
import { extractText } from './extract-text.ts';
import { extractFormatOf } from './formats.ts';
import { EXTRACT_LIMITS, ExtractRefused } from './limits.ts';

// Text extraction per format, in this process (run-extraction.test.ts runs it in its worker thread).

describe('extractText', () => {
  it('reads a Word document: paragraphs as lines, tabs, umlauts', async () => {
    const result = await extractText(
      docx(['Sanierung des Feuerwehrhauses', 'Kosten:\t1.200 €', 'Straßenbeleuchtung Ühlingen']),
      'docx',
    );
    expect(result).toEqual({
      text: 'Sanierung des Feuerwehrhauses\nKosten:\t1.200 €\nStraßenbeleuchtung Ühlingen',
      truncated: false,
    });
  });

  it('reads an Excel workbook: the sheet names and the cells’ strings', async () => {
    const result = await extractText(xlsx('Haushalt 2026', ['Kita Sonnenschein', 'Breitbandausbau']), 'xlsx');
    expect(result.text.split('\n').filter(Boolean)).toEqual(['Haushalt 2026', 'Kita Sonnenschein', 'Breitbandausbau']);
  });

  it('reads OpenDocument text, spreadsheets and presentations, with their spaces', async () => {
    expect((await extractText(odf('text', ['Gemeinderat  Sitzung', 'Tagesordnung']), 'odf')).text).toBe(
      'Gemeinderat  Sitzung\nTagesordnung',
    );
    expect((await extractText(odf('spreadsheet', ['Winterdienst']), 'odf')).text).toBe('Winterdienst');
    expect((await extractText(odf('presentation', ['Klimaschutzkonzept']), 'odf')).text).toBe('Klimaschutzkonzept');
  });

  it('reads a PDF', async () => {
    const result = await extractText(pdf(['Bebauungsplan Nordheide', 'Stra\\337enausbau']), 'pdf');
    expect(result.text).toContain('Bebauungsplan Nordheide');
    expect(result.text).toContain('Straßenausbau');
  });

  it('reads plain text, Markdown and CSV: UTF-8, UTF-16 and Windows-1252', async () => {
    expect((await extractText(strToU8('# Protokoll\n\n*Abwasser*gebühren'), 'text')).text).toBe(
      '# Protokoll\n\n*Abwasser*gebühren',
    );
    expect((await extractText(Buffer.from('Ort;Einwohner\nSeevetal;42000', 'utf8'), 'text')).text).toContain(
      'Seevetal',
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grundsteuer', 'utf16le')]);
    expect((await extractText(utf16, 'text')).text).toBe('Grundsteuer');
    expect((await extractText(Buffer.from('Gebühr für Müll', 'latin1'), 'text')).text).toBe('Gebühr für Müll');
  });

  it('keeps at most the characters allowed and says it cut', async () => {
    const result = await extractText(strToU8('Wort '.repeat(1000)), 'text', 100);
    expect(result.text.length).toBeLessThanOrEqual(100);
    expect(result.truncated).toBe(true);
  });

  it('turns control characters into blanks (PostgreSQL refuses NUL; a text file holding NUL is no text)', async () => {
    expect((await extractText(strToU8('Ein\u0001Wort\u001bhier'), 'text')).text).toBe('Ein Wort hier');
  });

  it('refuses files that are not what their format says, and broken ones', async () => {
    await expect(extractText(strToU8('kein PDF'), 'pdf')).rejects.toBeInstanceOf(ExtractRefused);
    await expect(extractText(pdf(['x']), 'docx')).rejects.toBeInstanceOf(ExtractRefused);
    await expect(extractText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'docx')).rejects.toBeInstanceOf(
      ExtractRefused,
    );
    await expect(extractText(Buffer.from('a\u0000b'), 'text')).rejects.toBeInstanceOf(ExtractRefused);
    const noDocument = zipSync({ 'word/other.xml': strToU8('<x/>') });
    await expect(extractText(noDocument, 'docx')).rejects.toThrow(/no docx content/);
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:t>offen') });
    await expect(extractText(broken, 'docx')).rejects.toThrow(/unreadable XML/);
  });

  it('expands no entity a DOCTYPE declares (an XML entity bomb is an error, not gigabytes)', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const zip = zipSync({ 'word/document.xml': strToU8(laughs) });
    await expect(extractText(zip, 'docx')).rejects.toBeInstanceOf(ExtractRefused);
  });

  it('stops a zip bomb at the inflated bytes allowed, however large its entry says it is', async () => {
    const head = '<?xml version="1.0"?><w:document xmlns:w="x"><w:body>';
    const data = deflatedBlanks(head, 1024, '</w:body></w:document>');
    expect(data.length).toBeLessThan(2 * 1024 * 1024);
    const bomb = overlappingZip(['word/document.xml'], data, 1024 * 1024 * 1024);
    const started = Date.now();
    await expect(extractText(bomb, 'docx')).rejects.toThrow(
      `inflates to more than ${EXTRACT_LIMITS.inflatedBytes} bytes`,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a zip of more entries than allowed', async () => {
    const names = Array.from({ length: EXTRACT_LIMITS.zipEntries + 1 }, (_, i) => `xl/worksheets/sheet${i}.xml`);
    const zip = overlappingZip(names, deflatedBlanks('<x>', 0, '</x>'), 10);
    await expect(extractText(zip, 'xlsx')).rejects.toThrow(/more than 10000 zip entries/);
  });
});

describe('extractFormatOf', () => {
  it('goes by the stored media type, then by the name', () => {
    expect(extractFormatOf('application/pdf', 'x')).toBe('pdf');
    expect(extractFormatOf('application/vnd.oasis.opendocument.presentation', 'x')).toBe('odf');
    expect(extractFormatOf('application/octet-stream', 'Bericht.DOCX')).toBe('docx');
    expect(extractFormatOf('text/csv; charset=utf-8', 'x')).toBe('text');
    expect(extractFormatOf('image/png', 'Plan.png')).toBeNull();
    expect(extractFormatOf('application/zip', 'Archiv.zip')).toBeNull();
  });
});
