import type { XliffVersion } from '../../../../shared/contracts/content-xliff.ts';
import { toXliff12 } from '../xliff/export-xliff12.ts';
import { toXliff20 } from '../xliff/export-xliff20.ts';
import type { XliffDocument } from '../xliff/xliff-document.ts';

/** A file to download: its bytes, its media type and the name it is saved under. */
export interface XliffDownload {
  body: Buffer;
  contentType: string;
  fileName: string;
}

// XLIFF 2.0 has a registered media type; 1.2 tools know the older unregistered one.
const CONTENT_TYPE: Record<XliffVersion, string> = {
  '2.0': 'application/xliff+xml; charset=utf-8',
  '1.2': 'application/x-xliff+xml; charset=utf-8',
};

/** The file of one or more pages in the version asked for. */
export function xliffDownload(version: XliffVersion, docs: readonly XliffDocument[], stem: string): XliffDownload {
  const first = docs[0];
  const xml = version === '1.2' ? toXliff12(docs) : toXliff20(docs);
  return {
    body: Buffer.from(xml, 'utf8'),
    contentType: CONTENT_TYPE[version],
    fileName: `${stem}.${first?.sourceLanguage}-${first?.targetLanguage}.xlf`,
  };
}
