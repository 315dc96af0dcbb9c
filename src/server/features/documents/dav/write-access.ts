import { DavError, davNotFound, davReadOnly } from './dav-error.ts';
import type { DavResource, DavSpace } from './resolve.ts';

/**
 * The space a write goes into, once the person may write there: 403 for a space they may only read
 * (a workspace guest, an archived workspace) and for /dav/ itself and names beside the spaces (no
 * file or folder lives there); 404 below a space they cannot see, as if it did not exist.
 */
export function writableSpace(resource: DavResource): DavSpace {
  if (resource.kind === 'root' || (resource.kind === 'nowhere' && resource.segments.length <= 1)) {
    throw new DavError(403, 'forbidden', 'Not allowed', 'The top level holds the spaces only.');
  }
  if (resource.kind === 'nowhere') throw davNotFound();
  if (!resource.space.rights.write) throw davReadOnly();
  return resource.space;
}
