import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { escapeHtml } from '../atlas/search/search-text.ts';
import { searchMessagesMatching } from '../chat/search/search-query.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult, NO_HITS } from './group.ts';

/**
 * Messages by the chat's own search (chat/search/search-query.ts: every channel and conversation the person
 * may read now, German full text, best match first, escaped snippet with <mark>), asked with the
 * German query with compound parts and prefixes ("Feuerwehr" finds "Feuerwehrhaus").
 * A hit opens the message in its channel (or its thread).
 */
export async function searchMessagesGroup(
  tx: Tx,
  query: GermanQuery,
  personId: string,
  limit: number,
): Promise<GroupResult> {
  if (query.prefixed === null) return NO_HITS;
  const found = await searchMessagesMatching(tx, personId, { tsquery: query.prefixed, limit, countMax: COUNT_MAX });
  return {
    total: Math.min(found.total, COUNT_MAX),
    capped: found.total > COUNT_MAX,
    hits: found.hits.map((hit): UnifiedHit => {
      const params = new URLSearchParams({ message: hit.messageId });
      if (hit.threadRootId) params.set('thread', hit.threadRootId);
      const channel = hit.channel.kind === 'channel' ? `#${hit.channel.name ?? ''}` : '';
      return {
        id: hit.messageId,
        href: `/chat/${hit.channel.id}?${params}`,
        title: channel,
        titleHtml: escapeHtml(channel),
        snippetHtml: hit.snippet,
        channelName: hit.channel.name,
        channelKind: hit.channel.kind,
        workspaceName: hit.channel.workspaceName,
        authorName: hit.author.name,
        createdAt: new Date(hit.createdAt).toISOString(),
      };
    }),
  };
}
