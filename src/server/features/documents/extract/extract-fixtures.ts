import { deflateRawSync, constants as zlib } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

// Small files of every format the extraction reads, made in code for the tests.

const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document with one paragraph per line; a line may hold a tab (`\t`). */
export function docx(lines: string[]): Uint8Array {
  const paragraphs = lines
    .map(
      (line) =>
        `<w:p><w:r>${line
          .split('\t')
          .map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`)
          .join('<w:tab/>')}</w:r></w:p>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': xml(`<w:document ${W}><w:body>${paragraphs}</w:body></w:document>`),
  });
}

/** An Excel workbook: a sheet's name and its cells' strings (shared strings). */
export function xlsx(sheet: string, strings: string[]): Uint8Array {
  const S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const cells = strings.map((_, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`).join('');
  return zipSync({
    'xl/workbook.xml': xml(
      `<workbook ${S}><sheets><sheet name="${escapeXml(sheet)}" sheetId="1"/></sheets></workbook>`,
    ),
    'xl/sharedStrings.xml': xml(`<sst ${S}>${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`),
    'xl/worksheets/sheet1.xml': xml(`<worksheet ${S}><sheetData><row r="1">${cells}</row></sheetData></worksheet>`),
  });
}

/** An OpenDocument file (text, spreadsheet or presentation: the same content.xml of paragraphs). */
export function odf(kind: 'text' | 'spreadsheet' | 'presentation', paragraphs: string[]): Uint8Array {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  const body = paragraphs.map((p) => `<text:p>${escapeXml(p).replace(/ {2}/g, ' <text:s/>')}</text:p>`).join('');
  return zipSync({
    mimetype: [strToU8(`application/vnd.oasis.opendocument.${kind}`), { level: 0 }],
    'content.xml': xml(
      `<office:document-content ${ns}><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`,
    ),
  });
}

/** A one-page PDF showing the lines (Helvetica, WinAnsi: write ß as \\337, ü as \\374). */
export function pdf(lines: string[]): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A raw deflate stream of `head`, then `megabytes` MB of blanks, then `tail`, made without deflating
 * all of it: one megabyte of blanks is deflated once (about 1 kB) and repeated, each piece ending
 * byte-aligned with a sync flush, so a stream of gigabytes costs a few megabytes at most.
 */
export function deflatedBlanks(head: string, megabytes: number, tail: string): Uint8Array {
  const piece = (bytes: Uint8Array) => deflateRawSync(bytes, { finishFlush: zlib.Z_SYNC_FLUSH });
  const blanks = piece(Buffer.alloc(1024 * 1024, 0x20));
  return Buffer.concat([
    piece(strToU8(head)),
    ...Array.from({ length: megabytes }, () => blanks),
    deflateRawSync(strToU8(tail)),
  ]);
}

/**
 * A zip of a few hundred kilobytes whose central directory names `entries` entries, all pointing at
 * one deflated `data` (overlapping entries), e.g. every worksheet of a workbook the same gigabyte.
 */
export function overlappingZip(names: string[], data: Uint8Array, inflatedSize: number): Uint8Array {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(Math.min(inflatedSize, 0xfffffffe), 22);
  const directory = names.map((name) => {
    const entry = Buffer.alloc(46);
    const encoded = Buffer.from(name);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(Math.min(inflatedSize, 0xfffffffe), 24);
    entry.writeUInt16LE(encoded.length, 28);
    entry.writeUInt32LE(0, 42);
    return Buffer.concat([entry, encoded]);
  });
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(30 + data.length, 16);
  return Buffer.concat([local, data, directoryBytes, end]);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
