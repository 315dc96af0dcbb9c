import { useCallback, useEffect, useState } from 'react';
import type { HeaderPanel } from './chat-header.tsx';

/** Which pane shows below 768 px, where there is room for one: channels, the channel, or thread/search. */
export type ChatView = 'list' | 'channel' | 'aside';

/** Whether the one-pane layout is in force (the CSS switches at the same width). */
const narrow = () => window.matchMedia('(max-width: 767.98px)').matches;

function focusSoon(find: () => HTMLElement | null | undefined) {
  requestAnimationFrame(() => find()?.focus());
}

/**
 * The pane on narrow screens and the header's folded tools, with focus moved where a person
 * expects it when the pane changes: to the channel's heading, to the current channel in the list.
 */
export function useChatPanes(channelId: string | null, thread: string | null) {
  const [view, setView] = useState<ChatView>(channelId ? 'channel' : 'list');
  const [panel, setPanel] = useState<HeaderPanel>(null);

  useEffect(() => {
    setView(channelId ? 'channel' : 'list');
    setPanel(null);
  }, [channelId]);
  useEffect(() => {
    if (thread) setView('aside');
  }, [thread]);

  /** Back from the channel to the channels; focus lands on the channel one came from. */
  const toList = useCallback(() => {
    setView('list');
    setPanel(null);
    focusSoon(
      () =>
        document.querySelector<HTMLElement>('.chat-sidebar__link[aria-current="page"]') ??
        document.querySelector<HTMLElement>('.chat-sidebar a'),
    );
  }, []);

  /** A channel was chosen in the list: the channel shows; if it is the one already open, its heading gets focus (navigation does that for another). */
  const toChannel = useCallback(
    (chosen: string | null) => {
      setView('channel');
      if (chosen === channelId && narrow()) focusSoon(() => document.querySelector<HTMLElement>('[data-page-title]'));
    },
    [channelId],
  );

  return { view, setView, panel, setPanel, toList, toChannel };
}
