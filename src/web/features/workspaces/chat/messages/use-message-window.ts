import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ChatMessage, MessagePage, Reaction } from '../../../../../shared/contracts/chat.ts';
import { api, query } from '../../../../api/client.ts';

const PAGE = 50;

/** The part of a channel's history the list holds: a window that grows at either end. */
export interface MessageWindow {
  channelId: string;
  messages: ChatMessage[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
  /** The read position when the channel was opened; the "new messages" divider stays where it was. */
  readAtOpen: number | null;
  /** The newest message loaded as history (not arrived live): unread up to here gets the divider. */
  loadedUpTo: number;
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  /** The message a page was centred on (a search hit, a link), to scroll to and focus. */
  target: string | null;
  /** Grows with each replacement of the whole window, so the list knows to place its scroll anew. */
  generation: number;
}

export type WindowAction =
  | { type: 'start'; channelId: string }
  | { type: 'page'; page: MessagePage; mode: 'replace' | 'older' | 'newer'; target?: string | null }
  | { type: 'failed'; error: unknown }
  | { type: 'message'; message: ChatMessage; live: boolean }
  | { type: 'reactions'; messageId: string; reactions: Reaction[] }
  | { type: 'thread'; messageId: string; patch: Partial<ChatMessage> };

export const emptyWindow = (channelId: string): MessageWindow => ({
  channelId,
  messages: [],
  hasMoreBefore: false,
  hasMoreAfter: false,
  readAtOpen: null,
  loadedUpTo: 0,
  status: 'loading',
  error: null,
  target: null,
  generation: 0,
});

/** Whether a message belongs in the channel's list (thread replies only when also posted there). */
export function inChannel(message: ChatMessage): boolean {
  return message.threadRootId === null || message.alsoInChannel;
}

function merge(list: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const byId = new Map(list.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

const newestOf = (messages: ChatMessage[]) => messages.reduce((max, m) => Math.max(max, m.seq), 0);

/** How the window changes: pages replace or extend it, events update it (exported for its tests). */
export function windowReducer(state: MessageWindow, action: WindowAction): MessageWindow {
  switch (action.type) {
    case 'start':
      return { ...emptyWindow(action.channelId), generation: state.generation + 1 };
    case 'failed':
      return { ...state, status: 'error', error: action.error };
    case 'page': {
      const { page, mode } = action;
      if (mode === 'replace') {
        return {
          ...state,
          messages: page.messages,
          hasMoreBefore: page.hasMoreBefore,
          hasMoreAfter: page.hasMoreAfter,
          readAtOpen: state.readAtOpen ?? page.lastReadSeq,
          loadedUpTo: newestOf(page.messages),
          status: 'ready',
          error: null,
          target: action.target ?? null,
          generation: state.generation + 1,
        };
      }
      return {
        ...state,
        messages: merge(state.messages, page.messages),
        hasMoreBefore: mode === 'older' ? page.hasMoreBefore : state.hasMoreBefore,
        hasMoreAfter: mode === 'newer' ? page.hasMoreAfter : state.hasMoreAfter,
        loadedUpTo: mode === 'newer' ? Math.max(state.loadedUpTo, newestOf(page.messages)) : state.loadedUpTo,
      };
    }
    case 'message': {
      const known = state.messages.some((m) => m.id === action.message.id);
      if (known)
        return { ...state, messages: state.messages.map((m) => (m.id === action.message.id ? action.message : m)) };
      // A new message joins the list only when the list reaches the present; otherwise it waits below.
      if (!action.live || state.hasMoreAfter || state.status !== 'ready' || !inChannel(action.message)) return state;
      return { ...state, messages: merge(state.messages, [action.message]) };
    }
    case 'reactions':
      return {
        ...state,
        messages: state.messages.map((m) => (m.id === action.messageId ? { ...m, reactions: action.reactions } : m)),
      };
    case 'thread':
      return {
        ...state,
        messages: state.messages.map((m) => (m.id === action.messageId ? { ...m, ...action.patch } : m)),
      };
  }
}

function fetchPage(channelId: string, params: Record<string, string | number | undefined>) {
  return api.get<MessagePage>(
    `/channels/${encodeURIComponent(channelId)}/messages${query({ ...params, limit: PAGE })}`,
  );
}

/**
 * The messages of one channel as the list shows them: the newest page, or the page around a message
 * (`around`: its ID, or a sequence number), growing older or newer on demand, and kept current by
 * realtime events through `apply…`.
 */
export function useMessageWindow(channelId: string, around: string | null) {
  const [state, dispatch] = useReducer(windowReducer, channelId, emptyWindow);
  const latest = useRef(state);
  latest.current = state;
  const busy = useRef(false);
  const run = useRef(0);

  const load = useCallback(
    async (params: Record<string, string | number | undefined>, target: string | null) => {
      run.current += 1;
      const mine = run.current;
      try {
        const page = await fetchPage(channelId, params);
        if (run.current === mine) dispatch({ type: 'page', page, mode: 'replace', target });
      } catch (error) {
        if (run.current === mine) dispatch({ type: 'failed', error });
      }
    },
    [channelId],
  );

  useEffect(() => {
    dispatch({ type: 'start', channelId });
    void load(around ? { around } : {}, around);
  }, [channelId, around, load]);

  const grow = useCallback(
    async (mode: 'older' | 'newer') => {
      const current = latest.current;
      if (busy.current || current.status !== 'ready') return;
      const edge = mode === 'older' ? current.messages[0] : current.messages[current.messages.length - 1];
      if (!edge || (mode === 'older' ? !current.hasMoreBefore : !current.hasMoreAfter)) return;
      busy.current = true;
      const mine = run.current;
      try {
        const page = await fetchPage(channelId, mode === 'older' ? { before: edge.seq } : { after: edge.seq });
        if (run.current === mine) dispatch({ type: 'page', page, mode });
      } catch {
        // The button stays; another try may work.
      } finally {
        busy.current = false;
      }
    },
    [channelId],
  );

  /** Fetches what came after the newest message held, when the socket may have missed it (after a resync). */
  const catchUp = useCallback(async () => {
    const current = latest.current;
    const edge = current.messages[current.messages.length - 1];
    if (busy.current || current.status !== 'ready' || current.hasMoreAfter || !edge) return;
    busy.current = true;
    const mine = run.current;
    try {
      const page = await fetchPage(channelId, { after: edge.seq });
      if (run.current === mine) dispatch({ type: 'page', page, mode: 'newer' });
    } catch {
      // The next event or visit fills the gap.
    } finally {
      busy.current = false;
    }
  }, [channelId]);

  return {
    window: state,
    catchUp,
    loadOlder: useCallback(() => grow('older'), [grow]),
    loadNewer: useCallback(() => grow('newer'), [grow]),
    /** Replaces the window with the newest messages. */
    loadLatest: useCallback(() => load({}, null), [load]),
    /** Replaces the window with the messages around a sequence number or message ID. */
    loadAround: useCallback((at: string | number) => load({ around: String(at) }, String(at)), [load]),
    applyMessage: useCallback(
      (message: ChatMessage, live: boolean) => dispatch({ type: 'message', message, live }),
      [],
    ),
    applyReactions: useCallback(
      (messageId: string, reactions: Reaction[]) => dispatch({ type: 'reactions', messageId, reactions }),
      [],
    ),
    applyThread: useCallback(
      (messageId: string, patch: Partial<ChatMessage>) => dispatch({ type: 'thread', messageId, patch }),
      [],
    ),
  };
}
