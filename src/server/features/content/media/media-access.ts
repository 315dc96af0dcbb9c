import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { type ContentAccess, contentAccess } from '../policy.ts';
import { mayEditMedia, maySeeMedia } from './media-policy.ts';
import { type MediaRow, mediaRow } from './media-queries.ts';

/**
 * An image with the caller's access to its organisation. Signed out: 401. An image the caller may not
 * see: 404, as if it did not exist. `need: 'edit'` refuses those who see it but may not change it
 * with 403.
 */
export async function mediaFor(
  tx: Tx,
  principal: Principal | null,
  id: string,
  need: 'see' | 'edit',
  lock = false,
): Promise<{ media: MediaRow; access: ContentAccess }> {
  if (!principal) throw unauthenticated();
  const media = await mediaRow(tx, id, lock);
  const access = media ? await contentAccess(tx, principal, media.organisationId) : null;
  if (!media || !maySeeMedia(media, access)) throw notFound('Image');
  if (need === 'edit' && !mayEditMedia(access)) {
    throw forbidden('Only admins and editors of the organisation change its images.');
  }
  return { media, access };
}
