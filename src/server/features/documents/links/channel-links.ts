import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ChannelDocumentLinks } from '../../../../shared/contracts/document-links.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { requireReadable } from '../../chat/access.ts';
import { messages } from '../../chat/tables.ts';
import { chainOf, isLive } from '../node-queries.ts';
import { readableSpaces } from '../space-access.ts';
import { docLinks, docNodes } from '../tables.ts';

/** Links read for one channel at most: a chat page shows far fewer messages. */
const LINKS_MAX = 500;

/**
 * The documents linked from the messages of a channel the person may read (404 otherwise): one
 * request for a whole channel rather than one per message. Documents in spaces the reader may not
 * read, trashed or in a trashed folder, are left out.
 */
export async function channelDocumentLinks(
  db: Db,
  principal: Principal | null,
  channelId: string,
): Promise<ChannelDocumentLinks> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    await requireReadable(tx, channelId, principal.personId);
    const rows = await tx
      .select({ messageId: docLinks.targetId, node: docNodes })
      .from(docLinks)
      .innerJoin(messages, and(eq(messages.id, docLinks.targetId), eq(messages.channelId, channelId)))
      .innerJoin(docNodes, eq(docNodes.id, docLinks.nodeId))
      .where(and(eq(docLinks.targetKind, 'message'), isNull(messages.deletedAt), isNull(docNodes.trashedAt)))
      .orderBy(asc(messages.seq), asc(docNodes.nameKey))
      .limit(LINKS_MAX);
    if (rows.length === 0) return { messages: [] };
    const spaces = new Set((await readableSpaces(tx, principal.personId)).map((s) => `${s.kind}:${s.id}`));
    const byMessage = new Map<string, { id: string; name: string }[]>();
    for (const { messageId, node } of rows) {
      if (!spaces.has(`${node.spaceKind}:${node.spaceId}`)) continue;
      if (node.parentId && !isLive(await chainOf(tx, node.id))) continue;
      byMessage.set(messageId, [...(byMessage.get(messageId) ?? []), { id: node.id, name: node.name }]);
    }
    return { messages: [...byMessage].map(([messageId, documents]) => ({ messageId, documents })) };
  });
}
