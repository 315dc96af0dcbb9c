import { DOCUMENT_LIMITS } from '../../../../../shared/contracts/documents.ts';
import { DavError, davBadRequest } from '../dav-error.ts';

export type Depth = '0' | '1' | 'infinity';

/** The Depth header, or the method's default when it is missing; 400 for anything else. */
export function depthOf(header: string | undefined, fallback: Depth): Depth {
  if (header === undefined) return fallback;
  const value = header.trim().toLowerCase();
  if (value === '0' || value === '1' || value === 'infinity') return value;
  throw davBadRequest('Depth is 0, 1 or infinity.');
}

/** The Overwrite header: true unless it says F (RFC 4918 10.6). */
export function overwriteOf(header: string | undefined): boolean {
  if (header === undefined) return true;
  const value = header.trim().toUpperCase();
  if (value === 'T') return true;
  if (value === 'F') return false;
  throw davBadRequest('Overwrite is T or F.');
}

/** The Host header as a URL of that scheme writes it (lower case, without the scheme's default port). */
function sameHost(protocol: string, host: string): string {
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return host.toLowerCase();
  }
}

// scheme://authority/path?query#fragment; the path is kept as written (a URL parser would resolve its
// dot segments, and `/dav/a/%2e%2e` must reach the path check as it was sent, to be refused there).
const ABSOLUTE = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)([^?#]*)/i;

/**
 * The path of a Destination header (an absolute URI or an absolute path), still percent-encoded.
 * 400 when missing or not a URI; 502 (as RFC 4918 asks) when it names another server.
 */
export function destinationPathOf(header: string | undefined, host: string | undefined): string {
  if (!header) throw davBadRequest('Destination is missing.');
  if (header.startsWith('/')) return header.split(/[?#]/)[0] ?? header;
  const match = ABSOLUTE.exec(header);
  if (!match) throw davBadRequest('Destination is not a URI.');
  const [, protocol = 'http:', authority = '', path = ''] = match;
  let named: string;
  try {
    named = new URL(`${protocol}//${authority}`).host;
  } catch {
    throw davBadRequest('Destination is not a URI.');
  }
  if (host !== undefined && named !== sameHost(protocol, host)) {
    throw new DavError(
      502,
      'other-server',
      'Destination names another server',
      'Copy and move within this server only.',
    );
  }
  return path || '/';
}

/**
 * The lock's lifetime in minutes from a Timeout header (`Second-600, Infinite`): the first value
 * understood, at most the platform's maximum; the default when there is none.
 */
export function lockMinutesOf(header: string | undefined): number {
  const max = DOCUMENT_LIMITS.lockMinutesMax;
  for (const part of (header ?? '').split(',')) {
    const value = part.trim().toLowerCase();
    if (value === 'infinite') return max;
    const seconds = /^second-(\d{1,12})$/.exec(value)?.[1];
    if (seconds !== undefined) return Math.min(max, Math.max(1, Math.ceil(Number(seconds) / 60)));
  }
  return DOCUMENT_LIMITS.lockMinutesDefault;
}
