import { SESSION_FILE_TYPES } from '../../../../shared/contracts/events.ts';
import { Problem } from '../../../platform/errors/problem.ts';

type Extension = keyof typeof SESSION_FILE_TYPES;

/** 415 naming what a session takes. */
export const unsupportedFileType = () =>
  new Problem(
    415,
    'unsupported-file-type',
    'Unsupported file type',
    'A session takes slides as PDF, ODP or PPTX files (by the name’s extension).',
  );

/** The media type a file name promises (by its extension), or a 415 before any byte is read. */
export function sessionFileTypeOf(name: string): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const type = Object.hasOwn(SESSION_FILE_TYPES, extension) ? SESSION_FILE_TYPES[extension as Extension] : null;
  if (!type) throw unsupportedFileType();
  return type;
}

const startsWith = (head: Uint8Array, text: string) =>
  Buffer.from(head.subarray(0, text.length)).toString('latin1') === text;

/**
 * Whether the first bytes are what the name promised: a PDF starts with `%PDF-`, ODP and PPTX are zip
 * containers (`PK\x03\x04`). A file in disguise is refused, never stored under a type it is not.
 */
export function bytesMatchType(mediaType: string, head: Uint8Array): boolean {
  if (mediaType === SESSION_FILE_TYPES.pdf) return startsWith(head, '%PDF-');
  return startsWith(head, 'PK\u0003\u0004');
}
