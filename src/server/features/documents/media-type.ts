import mime from 'mime';
import { imageTypeOf } from '../../platform/storage/image-type.ts';

export type PreviewKind = 'pdf' | 'image' | 'text' | 'markdown' | 'none';

const startsWithPdf = (head: Uint8Array) => Buffer.from(head.subarray(0, 5)).toString('latin1') === '%PDF-';

/**
 * A document's media type, from its name (the type a client declares is not trusted). Where the name
 * claims a type the browser would show (PDF, images), the first bytes must agree, or the file is
 * plain bytes: a page in disguise is never shown inline.
 */
export function documentMediaType(name: string, head: Uint8Array): string {
  const named = mime.getType(name) ?? 'application/octet-stream';
  if (named === 'application/pdf') return startsWithPdf(head) ? named : 'application/octet-stream';
  if (named.startsWith('image/')) {
    const found = imageTypeOf(head);
    return found && found === named ? named : 'application/octet-stream';
  }
  return named;
}

/** How the browser may show a version of this type; anything else is only downloaded. */
export function previewOf(mediaType: string): PreviewKind {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'image/png' || mediaType === 'image/jpeg' || mediaType === 'image/webp') return 'image';
  if (mediaType === 'text/markdown') return 'markdown';
  if (mediaType === 'text/plain' || mediaType === 'text/csv') return 'text';
  return 'none';
}
