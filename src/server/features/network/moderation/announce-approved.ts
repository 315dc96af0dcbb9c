import type { PostKind } from '../../../../shared/contracts/network-moderation.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { announcePublishedPost } from '../questions/announce.ts';

/**
 * Announces a post a moderator let through as if it had just been published (the community's members,
 * the tags' and the question's followers, the asker), through the questions concern's announcement.
 */
export async function announceApproved(tx: Tx, deps: Deps, postKind: PostKind, postId: string): Promise<void> {
  await announcePublishedPost(tx, deps, { postKind, postId });
}
