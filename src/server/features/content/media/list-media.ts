import type { ContentMediaList, MediaListQuery } from '../../../../shared/contracts/content-media.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { contentAccess } from '../policy.ts';
import { mayEditMedia } from './media-policy.ts';
import { mediaPage } from './media-queries.ts';
import { mediaItems } from './media-view.ts';

/**
 * The organisation's library for its members, newest first; with `shared`, the images every
 * organisation shares (its own among them), which any member of an organisation may use. Outside
 * the organisation: 404, as if it had no library.
 */
export async function listMedia(
  db: Db,
  principal: Principal | null,
  organisationId: string,
  query: MediaListQuery,
): Promise<ContentMediaList> {
  if (!principal) throw unauthenticated();
  const access = await contentAccess(db, principal, organisationId);
  if (!access) throw notFound('Organisation');
  const { rows, total } = await mediaPage(db, query.shared ? { shared: true } : { organisationId }, {
    offset: query.offset ?? 0,
    limit: query.limit ?? 48,
  });
  const items = await mediaItems(db, rows, (owner) => (owner === organisationId ? access : null));
  return { items, total, canUpload: mayEditMedia(access) };
}
