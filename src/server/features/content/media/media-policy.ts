import type { ContentAccess } from '../policy.ts';

/**
 * Who may do what with an image of the library, from the viewer's access to the organisation that owns
 * it (content/policy.ts: `edit` for its admins and editors, `read` for its confirmed members, null
 * otherwise). An image is its organisation's until the organisation shares it or publishes a page that
 * shows it; from then on its web version is public, so that published pages show it to everyone.
 */
export interface MediaState {
  shared: boolean;
  /** When a published text of its organisation first showed it (mark-published-media.ts). */
  publishedAt: Date | null;
}

/** Everyone may see it: shared with other organisations, or shown on a published page. */
export function isPublicMedia(media: MediaState): boolean {
  return media.shared || media.publishedAt !== null;
}

/** Sees the image at all (its web version, its details). */
export function maySeeMedia(media: MediaState, access: ContentAccess): boolean {
  return isPublicMedia(media) || access !== null;
}

/**
 * Gets the file as uploaded: only the owning organisation's members, shared or not. The original may
 * carry what the web version leaves out (the camera's place and time in its EXIF data).
 */
export function mayHaveOriginal(access: ContentAccess): boolean {
  return access !== null;
}

/** Uploads to the library, changes an image's details, deletes it: the organisation's admins and editors. */
export function mayEditMedia(access: ContentAccess): boolean {
  return access === 'edit';
}
