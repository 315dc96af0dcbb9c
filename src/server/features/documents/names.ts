import { DOCUMENT_LIMITS } from '../../../shared/contracts/documents.ts';
import { badRequest } from '../../platform/errors/problem.ts';

// Characters Windows forbids in names; refused everywhere, so that every client can open every file.
const FORBIDDEN = /[\\/:*?"<>|]/;
// Control characters, and the bidi controls that make "gnp.exe" read as "exe.png".
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const INVISIBLE = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Device names Windows reserves, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Why a folder or file name cannot be used, or null when it can. */
export function nameProblem(raw: string): string | null {
  const name = raw.normalize('NFC');
  if (name.length === 0 || name.trim().length === 0) return 'The name is empty';
  if (name === '.' || name === '..') return 'The name cannot be . or ..';
  if (INVISIBLE.test(name)) return 'The name contains control or direction characters';
  if (FORBIDDEN.test(name)) return 'The name contains one of \\ / : * ? " < > |';
  if (RESERVED.test(name)) return 'The name is reserved by Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9)';
  if (/[ .]$/.test(name) || /^ /.test(name)) return 'The name cannot begin with a space or end with a space or a dot';
  if (Buffer.byteLength(name, 'utf8') > DOCUMENT_LIMITS.nameBytes) {
    return `The name is longer than ${DOCUMENT_LIMITS.nameBytes} bytes`;
  }
  return null;
}

/** The name as stored (NFC); a 400 `document-name-invalid` saying why when it cannot be used. */
export function checkName(raw: string): string {
  const problem = nameProblem(raw);
  if (problem) throw badRequest('document-name-invalid', problem);
  return raw.normalize('NFC');
}

/** The key two names collide on: NFC and lower case, as Windows and macOS compare them. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
