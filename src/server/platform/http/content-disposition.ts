import { singleLine } from './input-text.ts';

/**
 * `inline|attachment; filename="…"; filename*=UTF-8''…` for a file name a person gave: one line,
 * without control characters or bidi overrides (so `rechnung\u202Efdp.exe` cannot pose as a PDF,
 * even if it was stored before the input rule), with an ASCII fallback and the exact name in
 * RFC 5987 form.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const name = singleLine(fileName);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
