import type { Tx } from '../../../platform/db/client.ts';
import { locksCovering } from '../locks/lock-check.ts';
import type { DavContext } from './dav-context.ts';
import { davPreconditionFailed } from './dav-error.ts';
import { davSegments } from './dav-path.ts';
import { type IfResourceState, ifHeaderHolds } from './headers/if-header.ts';
import { etagOf } from './properties/live-properties.ts';
import { type DavResource, resolveDav } from './resolve.ts';

const NO_STATE: IfResourceState = { etag: null, lockTokens: [] };

/** What the If header's conditions are checked against: the resource's ETag and the tokens of the locks on it. */
export async function stateOf(tx: Tx, resource: DavResource): Promise<IfResourceState> {
  if (resource.kind !== 'node') return NO_STATE;
  const locks = await locksCovering(tx, resource.chain);
  return { etag: etagOf(resource.node), lockTokens: locks.map((lock) => lock.token) };
}

/** The path of a tagged resource (an absolute URI or a path), or null when it is not one of ours. */
function taggedPath(tag: string): string | null {
  try {
    return new URL(tag, 'http://tag.invalid').pathname;
  } catch {
    return null;
  }
}

/**
 * Evaluates the request's If header (RFC 4918 10.4): 412 when no list holds. A tagged list is checked
 * against the resource its tag names (a resource outside /dav/ or not found has no state).
 */
export async function checkIfHeader(ctx: DavContext, resource: DavResource = ctx.resource): Promise<void> {
  if (!ctx.ifGroups) return;
  const db = ctx.deps.db;
  const holds = await ifHeaderHolds(ctx.ifGroups, async (tag) => {
    if (tag === null) return stateOf(db, resource);
    const path = taggedPath(tag);
    let segments: string[] | null = null;
    try {
      segments = path === null ? null : davSegments(path);
    } catch {
      segments = null;
    }
    if (!segments) return NO_STATE;
    return stateOf(db, await resolveDav(db, ctx.personId, segments));
  });
  if (!holds) throw davPreconditionFailed('No list of the If header holds.');
}

/**
 * If-Match and If-None-Match of a write (RFC 9110 13.1): `*` or ETags against the resource's current
 * one (none when it does not exist yet); 412 when they fail.
 */
export function checkWritePreconditions(ctx: DavContext): void {
  const current = ctx.resource.kind === 'node' ? etagOf(ctx.resource.node) : null;
  const ifMatch = ctx.request.headers['if-match'];
  if (ifMatch !== undefined && !matchesAny(ifMatch, current)) throw davPreconditionFailed('If-Match does not hold.');
  const ifNoneMatch = ctx.request.headers['if-none-match'];
  if (ifNoneMatch !== undefined && matchesAny(ifNoneMatch, current)) {
    throw davPreconditionFailed('If-None-Match does not hold.');
  }
}

/** Whether an If-Match / If-None-Match list matches the current ETag (`*` matches any existing resource). */
export function matchesAny(header: string, current: string | null): boolean {
  if (current === null) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === current;
  });
}
