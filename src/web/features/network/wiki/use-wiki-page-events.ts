import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { WIKI_PAGE_CHANGED, type WikiPageChangedEvent } from '../../../../shared/contracts/network-realtime.ts';
import { useMe } from '../../accounts/use-me.ts';
import type { RealtimeMessage } from '../../realtime/realtime-client.ts';
import { useRealtimeEvents } from '../../realtime/use-realtime.tsx';
import { wikiPageKey } from './wiki-queries.ts';

/** Someone else's change the reader should know of before going on: a newer revision, or the page gone. */
export interface WikiPageNews {
  kind: 'revision' | 'deleted';
  name: string;
  revision: number | null;
}

/**
 * While a wiki page is read or edited, hears `network.wiki.changed` for it. Someone else's new revision
 * or deletion becomes `news` for the page to show (it is not reloaded under the reader, least of all
 * under an editor's draft); a check only updates the "last checked" line in place.
 */
export function useWikiPageEvents(pageId: string) {
  const client = useQueryClient();
  const { me } = useMe();
  const [news, setNews] = useState<WikiPageNews | null>(null);

  useRealtimeEvents((message: RealtimeMessage) => {
    if (message.type !== WIKI_PAGE_CHANGED || message.pageId !== pageId) return;
    const event = message as unknown as WikiPageChangedEvent;
    // One's own changes are already on this page (the action that made them refetched it).
    if (event.actorId === me?.id) return;
    if (event.change === 'checked') {
      void client.invalidateQueries({ queryKey: wikiPageKey(pageId), exact: true });
      return;
    }
    setNews({
      kind: event.change === 'deleted' ? 'deleted' : 'revision',
      name: event.actorName,
      revision: event.revision ?? null,
    });
  });

  const dismiss = useCallback(() => setNews(null), []);
  return { news, dismiss };
}
