import {
  type ContentMediaItem,
  MEDIA_LIMITS,
  type UploadMediaQuery,
} from '../../../../shared/contracts/content-media.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, invalid, notFound, Problem, unauthenticated } from '../../../platform/errors/problem.ts';
import { singleLine } from '../../../platform/http/input-text.ts';
import type { BlobStorage } from '../../../platform/storage/blob-storage.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { contentAccess } from '../policy.ts';
import { mayEditMedia } from './media-policy.ts';
import { insertMedia } from './media-queries.ts';
import { EXTENSIONS, mediaTypeOf } from './media-type.ts';
import { mediaItem } from './media-view.ts';
import { webVersionOf } from './web-version.ts';

export interface MediaUpload {
  bytes: Buffer;
  /** From X-File-Name or ?name=; empty when the uploader gave none. */
  fileName: string;
  details: UploadMediaQuery;
}

export const unsupportedImage = () => new Problem(415, 'unsupported-media-type', 'Send a PNG, JPEG, WebP or GIF image');

/** A file name to store and hand back: no path, one line, at most 255 characters; one made up when none is given. */
function fileNameOf(raw: string, extension: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = singleLine(base).replaceAll('"', '').trim().slice(0, MEDIA_LIMITS.fileName);
  return name === '' || name === '.' || name === '..' ? `bild.${extension}` : name;
}

/**
 * Adds an image to the organisation's library (its admins and editors). What the file is comes from
 * its bytes: PNG, JPEG, WebP or GIF, nothing else (an SVG may carry script). The original is kept as
 * uploaded; the web version pages show is made from it (web-version.ts). Both are stored before the row
 * that names them, so a reader never finds a key without bytes.
 */
export async function uploadMedia(
  db: Db,
  storage: BlobStorage,
  principal: Principal | null,
  organisationId: string,
  upload: MediaUpload,
): Promise<ContentMediaItem> {
  if (!principal) throw unauthenticated();
  const access = await contentAccess(db, principal, organisationId);
  if (!access) throw notFound('Organisation');
  if (!mayEditMedia(access)) throw forbidden('Only admins and editors of the organisation add images.');
  const author = upload.details.author.trim();
  if (author === '') throw invalid([{ field: 'querystring:/author', message: 'must name who made the image' }]);
  if (upload.bytes.length === 0) throw invalid([{ field: 'body:/', message: 'must not be empty' }]);
  const type = mediaTypeOf(upload.bytes);
  if (!type) throw unsupportedImage();
  const web = await webVersionOf(upload.bytes, type);
  const originalKey = await storage.put(upload.bytes);
  const webKey = await storage.put(web.bytes);
  const { details } = upload;
  const media = await insertMedia(db, {
    id: newId(),
    organisationId,
    originalKey,
    webKey,
    mimeType: type,
    width: web.width,
    height: web.height,
    bytes: upload.bytes.length,
    fileName: fileNameOf(upload.fileName, EXTENSIONS[type]),
    altText: details.altText?.trim() ?? '',
    author,
    licence: details.licence,
    sourceUrl: details.sourceUrl ?? null,
    shared: details.shared ?? false,
    createdBy: principal.personId,
  });
  const organisation = await organisationSummary(db, organisationId);
  return mediaItem(media, organisation?.name ?? '', access);
}
