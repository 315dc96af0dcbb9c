import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ChatMessage, Reaction, Thread } from '../../../../shared/contracts/chat.ts';
import { useMe } from '../../accounts/use-me.ts';
import type { RealtimeMessage } from '../../realtime/realtime-client.ts';
import { useRealtimeEvents, useRealtimeSend } from '../../realtime/use-realtime.tsx';
import { WORKSPACES_KEY } from '../workspace-queries.ts';
import { CHAT_KEY, SIDEBAR_KEY, threadKey } from './chat-queries.ts';
import { applyPresence, applyTyping, clearTyping, type PresenceStatus } from './chat-stores.ts';

/** Counts in the sidebar are fetched again at most this often while messages stream in. */
const SIDEBAR_REFRESH_MS = 1_000;

function patchThread(thread: Thread | undefined, message: ChatMessage): Thread | undefined {
  if (!thread) return thread;
  if (thread.root.id === message.id) return { ...thread, root: message };
  if (message.threadRootId !== thread.root.id) return thread;
  const known = thread.replies.some((r) => r.id === message.id);
  const replies = known
    ? thread.replies.map((r) => (r.id === message.id ? message : r))
    : [...thread.replies, message].sort((a, b) => a.seq - b.seq);
  return { ...thread, replies };
}

function patchReactions(thread: Thread | undefined, messageId: string, reactions: Reaction[]): Thread | undefined {
  if (!thread) return thread;
  const patch = (m: ChatMessage) => (m.id === messageId ? { ...m, reactions } : m);
  return { root: patch(thread.root), replies: thread.replies.map(patch) };
}

/**
 * While the chat is open: keeps the sidebar's counts, open threads, typing and presence current from
 * the realtime socket, and tells the server the person is here (or away while the tab is hidden).
 */
export function useChatEvents() {
  const client = useQueryClient();
  const { setPresence } = useRealtimeSend();
  const { me } = useMe();
  const meId = me?.id;
  const refresh = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    // The server never tells a person about themselves; whoever looks at the chat is here.
    const say = () => {
      const status = document.visibilityState === 'hidden' ? 'away' : 'online';
      setPresence(status);
      if (meId) applyPresence([{ personId: meId, status }]);
    };
    say();
    // The socket may open after the chat does; saying it again soon after costs nothing.
    const again = setTimeout(say, 1_500);
    document.addEventListener('visibilitychange', say);
    return () => {
      clearTimeout(again);
      document.removeEventListener('visibilitychange', say);
      if (refresh.current) clearTimeout(refresh.current);
    };
  }, [setPresence, meId]);

  function refreshSidebar() {
    if (refresh.current) return;
    refresh.current = setTimeout(() => {
      refresh.current = null;
      void client.invalidateQueries({ queryKey: SIDEBAR_KEY });
    }, SIDEBAR_REFRESH_MS);
  }

  useRealtimeEvents((event: RealtimeMessage) => {
    switch (event.type) {
      case 'message.created':
      case 'message.updated':
      case 'message.deleted': {
        const message = event.message as ChatMessage | undefined;
        if (!message) return;
        if (event.type === 'message.created') clearTyping(message.channelId, message.author.id);
        const rootId = message.threadRootId ?? message.id;
        client.setQueryData<Thread>(threadKey(rootId), (thread) => patchThread(thread, message));
        if (event.type === 'message.created') refreshSidebar();
        return;
      }
      case 'reaction.changed': {
        const messageId = String(event.messageId);
        const reactions = (event.reactions ?? []) as Reaction[];
        for (const [key, thread] of client.getQueriesData<Thread>({ queryKey: ['chat', 'thread'] })) {
          client.setQueryData<Thread>(key, patchReactions(thread, messageId, reactions));
        }
        return;
      }
      case 'channel.read':
        refreshSidebar();
        return;
      case 'channel.created':
      case 'channel.updated':
      case 'channel.member.added':
      case 'channel.member.removed':
      case 'conversation.created':
      case 'chat.access-changed':
        void client.invalidateQueries({ queryKey: CHAT_KEY });
        // The workspace page picks its channel from the workspace's list of those one may see.
        void client.invalidateQueries({ queryKey: WORKSPACES_KEY });
        return;
      case 'workspace.updated':
      case 'workspace.member-added':
      case 'workspace.member-changed':
      case 'workspace.member-removed':
        void client.invalidateQueries({ queryKey: WORKSPACES_KEY });
        void client.invalidateQueries({ queryKey: CHAT_KEY });
        return;
      case 'typing':
        if (typeof event.channelId === 'string' && typeof event.personId === 'string') {
          applyTyping(event.channelId, event.personId, String(event.name ?? ''));
        }
        return;
      case 'presence':
        if (Array.isArray(event.statuses)) {
          applyPresence(event.statuses as Array<{ personId: string; status: PresenceStatus }>);
        }
        return;
      default:
        return;
    }
  });
}
