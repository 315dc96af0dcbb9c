import type { ContentMediaItem, UpdateMediaInput } from '../../../../shared/contracts/content-media.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { invalid } from '../../../platform/errors/problem.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { contentChanging } from '../public/content-generation.ts';
import { mediaFor } from './media-access.ts';
import { type NewMediaRow, updateMedia } from './media-queries.ts';
import { mediaItem } from './media-view.ts';

/**
 * Changes an image's details (its organisation's admins and editors): alt text, author, licence,
 * source, and whether other organisations may use it. The file stays as it is.
 */
export async function updateMediaDetails(
  db: Db,
  principal: Principal | null,
  id: string,
  input: UpdateMediaInput,
): Promise<ContentMediaItem> {
  return db.transaction(async (tx) => {
    const { media, access } = await mediaFor(tx, principal, id, 'edit', true);
    await contentChanging(tx);
    const changes: Partial<NewMediaRow> = {};
    if (input.altText !== undefined) changes.altText = input.altText.trim();
    if (input.author !== undefined) {
      changes.author = input.author.trim();
      if (changes.author === '') throw invalid([{ field: 'body:/author', message: 'must name who made the image' }]);
    }
    if (input.licence !== undefined) changes.licence = input.licence;
    if (input.sourceUrl !== undefined) changes.sourceUrl = input.sourceUrl;
    if (input.shared !== undefined) changes.shared = input.shared;
    const updated = await updateMedia(tx, media.id, changes);
    const organisation = await organisationSummary(tx, media.organisationId);
    return mediaItem(updated, organisation?.name ?? '', access);
  });
}
