import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-error.ts';
import { problemText } from '../../ui/problem.tsx';

/**
 * The file's text. The GV100AD file comes in ISO-8859-1 and a CSV from German Excel in Windows-1252:
 * a file that is not valid UTF-8 is read as Windows-1252 (which contains ISO-8859-1's letters).
 */
export async function readFileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** An Excel workbook (a ZIP file: "PK\x03\x04") rather than text. */
export async function isWorkbook(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Why the server refused a file or an update, in our words, with the line at fault. */
export function directoryFailureText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return problemText(t, error);
  const own = t(`directoryUpdate.failures.${error.type}`, { defaultValue: '' });
  const match = /^line (\d+)/.exec(error.detail ?? '');
  const text = own || problemText(t, error);
  return match ? `${text} ${t('directoryUpdate.atLine', { line: match[1] })}` : text;
}
