import type { ContentMediaItem, MediaLicence } from '../../../../shared/contracts/content-media.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { html } from '../../../platform/web-pages/html.ts';
import { organisationSummaries } from '../../organisations/summary.ts';
import type { ContentAccess } from '../policy.ts';
import { attributionHtml, attributionOf, type Credit } from './attribution.ts';
import { mayEditMedia, mayHaveOriginal } from './media-policy.ts';
import type { MediaRow } from './media-queries.ts';
import { mediaWebUrl, sanitizeContentHtml } from './sanitize-content-html.ts';

/**
 * The HTML a page embeds for the image: the web version with its alt text, and the credit line as the
 * caption, with the licence and the source as links. It is what the content sanitiser keeps.
 */
export function embedHtmlOf(media: MediaRow, credit: Credit): string {
  const figure = html`<figure><img src="${mediaWebUrl(media.id)}" alt="${media.altText}" /><figcaption>${attributionHtml(credit)}</figcaption></figure>`;
  return sanitizeContentHtml(figure.value);
}

/** An image as the library lists it, for a viewer with the given access to the image's organisation. */
export function mediaItem(media: MediaRow, organisationName: string, access: ContentAccess): ContentMediaItem {
  const licence = media.licence as MediaLicence;
  const credit: Credit = { author: media.author, licence, sourceUrl: media.sourceUrl, organisationName };
  return {
    id: media.id,
    organisationId: media.organisationId,
    organisationName,
    fileName: media.fileName,
    mimeType: media.mimeType,
    width: media.width,
    height: media.height,
    bytes: media.bytes,
    altText: media.altText,
    author: media.author,
    licence,
    sourceUrl: media.sourceUrl,
    shared: media.shared,
    createdAt: media.createdAt.toISOString(),
    attribution: attributionOf(credit),
    webUrl: mediaWebUrl(media.id),
    originalUrl: mayHaveOriginal(access) ? `/api/content/media/${media.id}/file?size=original` : null,
    embedHtml: embedHtmlOf(media, credit),
    viewer: { canEdit: mayEditMedia(access) },
  };
}

/**
 * Images as the library lists them, with their organisations' names. `accessOf` tells the viewer's
 * access per organisation (a person has one home organisation, so it is non-null for one at most).
 */
export async function mediaItems(
  tx: Tx,
  rows: MediaRow[],
  accessOf: (organisationId: string) => ContentAccess,
): Promise<ContentMediaItem[]> {
  const ids = [...new Set(rows.map((r) => r.organisationId))];
  const names = new Map((await organisationSummaries(tx, ids)).map((o) => [o.id, o.name]));
  return rows.map((row) => mediaItem(row, names.get(row.organisationId) ?? '', accessOf(row.organisationId)));
}
