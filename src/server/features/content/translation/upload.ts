import { Problem } from '../../../platform/errors/problem.ts';
import { checkText } from '../../../platform/http/input-rule.ts';

/** The media types a returned file may be sent as, the raw file as the request body. */
export const XLIFF_UPLOAD_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'];

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The file's text. XLIFF files of translation tools are UTF-8; a file in UTF-16 or another
 * encoding is refused rather than read as something it is not.
 */
export function uploadedText(body: unknown, contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!Buffer.isBuffer(body) || !XLIFF_UPLOAD_TYPES.includes(type)) {
    throw new Problem(
      415,
      'unsupported-media-type',
      'Send the XLIFF file as the request body',
      `Content-Type: one of ${XLIFF_UPLOAD_TYPES.join(', ')}.`,
    );
  }
  const utf16 = body.length >= 2 && ((body[0] === 0xfe && body[1] === 0xff) || (body[0] === 0xff && body[1] === 0xfe));
  try {
    if (!utf16) return UTF8.decode(body);
  } catch {
    // Answered below, as a UTF-16 file is.
  }
  throw new Problem(400, 'xliff-encoding', 'The file is not UTF-8', 'Save the XLIFF file as UTF-8 and send it again.');
}

/** The file name from X-File-Name (URL-encoded, since headers carry no UTF-8) or ?name=, or null. */
export function uploadedFileName(header: unknown, query: string | undefined): string | null {
  if (typeof header !== 'string' || header === '') return query ?? null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    throw new Problem(400, 'validation', 'X-File-Name must be URL-encoded UTF-8');
  }
  return checkText('headers', 'x-file-name', name).slice(0, 255) || null;
}
