import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { contentChanging } from '../public/content-generation.ts';
import { mediaFor } from './media-access.ts';
import { deleteMedia } from './media-queries.ts';

/**
 * Removes an image from the library (its organisation's admins and editors); its addresses answer 404
 * from then on. The blobs stay: they are content-addressed, and the same bytes may belong to another
 * image (an identical upload, another organisation's copy).
 */
export async function deleteMediaItem(db: Db, principal: Principal | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { media } = await mediaFor(tx, principal, id, 'edit', true);
    await contentChanging(tx);
    await deleteMedia(tx, media.id);
  });
}
