import type { MediaType } from '../../../../shared/contracts/content-media.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import type { BlobStorage } from '../../../platform/storage/blob-storage.ts';
import { contentAccess } from '../policy.ts';
import { isPublicMedia, mayHaveOriginal, maySeeMedia } from './media-policy.ts';
import { mediaRow } from './media-queries.ts';
import { mediaTypeOf } from './media-type.ts';

export interface MediaFile {
  bytes: Buffer;
  type: MediaType;
  /** The blob's key: the bytes' sha256, so it names exactly these bytes (the ETag). */
  key: string;
  fileName: string;
  /** Anyone may have it (the web version of a shared or published image): caches may keep it for everyone. */
  isPublic: boolean;
}

/**
 * An image's file: the web version, or the original as uploaded. The web version of an image that is
 * shared or shown on a published page is public; everything else is for the owning organisation's members. Whoever may not see the image is
 * answered as if it did not exist (401 signed out, since signing in might help; 404 otherwise).
 */
export async function readMediaFile(
  db: Db,
  storage: BlobStorage,
  principal: Principal | null,
  id: string,
  size: 'web' | 'original',
): Promise<MediaFile> {
  const hidden = () => (principal ? notFound('Image') : unauthenticated());
  const media = await mediaRow(db, id);
  const access = media && principal ? await contentAccess(db, principal, media.organisationId) : null;
  if (!media || !maySeeMedia(media, access)) throw hidden();
  if (size === 'original' && !mayHaveOriginal(access)) {
    if (!principal) throw unauthenticated();
    throw forbidden('Only members of the organisation get the original file; the web version is shared.');
  }
  const key = size === 'original' ? media.originalKey : media.webKey;
  const bytes = await storage.get(key);
  const type = bytes ? mediaTypeOf(bytes) : null;
  if (!bytes || !type) throw notFound('Image');
  const fileName = size === 'original' ? media.fileName : `${media.fileName.replace(/\.[^.]*$/, '')}.webp`;
  return { bytes, type, key, fileName, isPublic: isPublicMedia(media) && size === 'web' };
}
