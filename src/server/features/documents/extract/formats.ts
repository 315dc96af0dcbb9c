/** How a version's text is read: PDF, Office Open XML, OpenDocument, or the bytes as text. */
export type ExtractFormat = 'pdf' | 'docx' | 'xlsx' | 'odf' | 'text';

const BY_MEDIA_TYPE: Record<string, ExtractFormat> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odf',
  'application/vnd.oasis.opendocument.spreadsheet': 'odf',
  'application/vnd.oasis.opendocument.presentation': 'odf',
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/x-markdown': 'text',
  'text/csv': 'text',
  'text/tab-separated-values': 'text',
};

const BY_EXTENSION: Record<string, ExtractFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  odt: 'odf',
  ods: 'odf',
  odp: 'odf',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  csv: 'text',
  tsv: 'text',
};

/**
 * The format to read a version as, from its stored media type (derived from its name by the upload)
 * or, for a type it does not know, its name's extension; null: nothing to extract (images, archives …).
 * Whether the bytes are what the format says is checked when they are read (`checkMagic`).
 */
export function extractFormatOf(mediaType: string, name: string): ExtractFormat | null {
  const byType = BY_MEDIA_TYPE[mediaType.split(';')[0]?.trim().toLowerCase() ?? ''];
  if (byType) return byType;
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || null;
}

const startsWith = (bytes: Uint8Array, ...values: number[]) => values.every((v, i) => bytes[i] === v);

/** Whether the first bytes agree with the format: a zip for Office files, %PDF for PDF, no NUL in text. */
export function matchesMagic(format: ExtractFormat, bytes: Uint8Array): boolean {
  switch (format) {
    case 'pdf':
      return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
    case 'docx':
    case 'xlsx':
    case 'odf':
      return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
    case 'text':
      return startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || !bytes.subarray(0, 8192).includes(0);
  }
}
