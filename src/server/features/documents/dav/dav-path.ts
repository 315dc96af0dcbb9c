import { DavError } from './dav-error.ts';

/** Where WebDAV is served. */
export const DAV_PREFIX = '/dav';

const refused = (detail: string) => new DavError(400, 'bad-path', 'The path is not allowed', detail);

// What no segment of a path may hold: NUL and other control characters, a backslash (a path separator
// on Windows), a slash (an encoded %2F would otherwise split a name).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f\\/]/;

/**
 * The names along a request path below /dav, each percent-decoded once and in NFC. `.` and `..`
 * (also as %2e%2e), NUL, control characters and backslashes are refused with 400: a path never
 * climbs, and nothing reaches a lookup that no name may hold. Empty segments (`a//b`, the trailing
 * slash of a folder) are dropped. Null for a path outside /dav.
 */
export function davSegments(path: string): string[] | null {
  const pathOnly = path.split('?')[0] ?? '';
  if (pathOnly !== DAV_PREFIX && !pathOnly.startsWith(`${DAV_PREFIX}/`)) return null;
  const segments: string[] = [];
  for (const raw of pathOnly.slice(DAV_PREFIX.length).split('/')) {
    if (raw === '') continue;
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      throw refused('A segment of the path is not percent-encoded UTF-8.');
    }
    name = name.normalize('NFC');
    if (name === '.' || name === '..') throw refused('The path may not contain . or .. segments.');
    if (FORBIDDEN_IN_SEGMENT.test(name)) throw refused('A name may not contain control characters, / or \\.');
    segments.push(name);
  }
  return segments;
}

/** The href of a resource from its names; folders end in a slash. */
export function davHref(segments: readonly string[], collection: boolean): string {
  const path = segments.map((s) => encodeURIComponent(s)).join('/');
  if (path === '') return `${DAV_PREFIX}/`;
  return `${DAV_PREFIX}/${path}${collection ? '/' : ''}`;
}
