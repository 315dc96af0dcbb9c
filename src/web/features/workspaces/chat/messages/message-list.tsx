import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../../shared/contracts/chat.ts';
import { Button } from '../../../../ui/button.tsx';
import { Loading } from '../../../../ui/loading.tsx';
import { ProblemAlert } from '../../../../ui/problem.tsx';
import { useChannelDocumentLinks } from '../../../documents/links/link-queries.ts';
import { MessageItem } from './message-item.tsx';
import type { useMessageWindow } from './use-message-window.ts';
import './messages.css';
import './reactions.css';

interface MessageListProps {
  /** The list's accessible name, e.g. "Nachrichten in #allgemein". */
  label: string;
  win: ReturnType<typeof useMessageWindow>;
  meId: string;
  organisationOf: (personId: string) => string | null;
  canDeleteOthers: boolean;
  /** Unread messages when the channel was opened (to offer "jump to the first unread"). */
  unreadAtOpen: number;
  /** The first message that arrived live while nobody looked (no focus, or scrolled up): the divider may go there. */
  unseenFrom: number | null;
  onOpenThread: (message: ChatMessage, reply: boolean) => void;
  onShowHelp: () => void;
  /** Whether the end of the list is on screen: then what is shown counts as read. */
  onBottomVisible: (visible: boolean) => void;
}

const NEAR_TOP = 150;
const NEAR_BOTTOM = 48;

/**
 * The channel's messages, oldest first, in a scrolling box: more history loads when scrolling up,
 * new messages stick to the bottom while one is there. The messages are one tab stop (roving
 * tabindex): ↑/↓ move, Enter opens the thread, R replies in it, E edits one's own.
 */
export function MessageList(props: MessageListProps) {
  const { t } = useTranslation();
  const { win, meId, onBottomVisible } = props;
  const { messages, status, hasMoreBefore, hasMoreAfter, readAtOpen, loadedUpTo } = win.window;
  const { unseenFrom } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const placed = useRef<{ generation: number; first?: string; last?: string; height: number }>({
    generation: -1,
    height: 0,
  });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [newBelow, setNewBelow] = useState(0);
  const [dividerInView, setDividerInView] = useState(true);
  const documentLinks = useChannelDocumentLinks(messages[0]?.channelId ?? '');
  const documentsOf = new Map(documentLinks.data?.messages.map((m) => [m.messageId, m.documents]));

  // Unread when the channel was opened, or arrived while nobody looked; what arrives live under one's
  // eyes is read, not new.
  const firstUnread =
    readAtOpen === null
      ? undefined
      : messages.find(
          (m) =>
            m.seq > readAtOpen &&
            m.author.id !== meId &&
            (m.seq <= loadedUpTo || (unseenFrom !== null && m.seq >= unseenFrom)),
        );
  const unreadAbove =
    readAtOpen !== null && props.unreadAtOpen > 0 && hasMoreBefore && (messages[0]?.seq ?? 0) > readAtOpen + 1;
  const active = messages.find((m) => m.id === activeId) ?? messages[messages.length - 1];

  function itemOf(id: string) {
    return scroller.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(id)}"]`) ?? null;
  }

  function focusMessage(id: string) {
    setActiveId(id);
    itemOf(id)?.focus();
  }

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || status !== 'ready') return;
    const first = messages[0]?.id;
    const last = messages[messages.length - 1]?.id;
    const before = placed.current;
    if (before.generation !== win.window.generation) {
      const target = win.window.target;
      const hit = target ? messages.find((m) => m.id === target || String(m.seq) === target) : undefined;
      const divider = box.querySelector<HTMLElement>('#first-unread');
      if (hit) {
        const node = itemOf(hit.id);
        if (node) {
          box.scrollTop = node.offsetTop - box.clientHeight / 3;
          setActiveId(hit.id);
          node.focus({ preventScroll: true });
        }
      } else if (divider) {
        box.scrollTop = (divider.closest('li')?.offsetTop ?? 0) - 16;
      } else {
        box.scrollTop = box.scrollHeight;
      }
      setNewBelow(0);
    } else if (before.first && first !== before.first && last === before.last) {
      // Older messages came in above: keep in view what was in view.
      box.scrollTop += box.scrollHeight - before.height;
    } else if (last !== before.last) {
      // One's own new message is always shown, as in any chat, even when one had scrolled up.
      const mine = messages[messages.length - 1]?.author.id === meId;
      if (atBottom.current || mine) {
        box.scrollTop = box.scrollHeight;
        atBottom.current = true;
        setNewBelow(0);
      } else if (before.last) setNewBelow((n) => n + 1);
    }
    placed.current = { generation: win.window.generation, first, last, height: box.scrollHeight };
    checkDivider();
  });

  /** Whether the "new messages" divider is on screen; if not, a button leads to it. */
  function checkDivider() {
    const box = scroller.current;
    const divider = box?.querySelector<HTMLElement>('#first-unread');
    if (!box || !divider) return;
    const shown = divider.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    const inView = shown.bottom > frame.top && shown.top < frame.bottom;
    setDividerInView((was) => (was === inView ? was : inView));
  }

  // The list's box exists only once the first page is in (before that a spinner stands there).
  useEffect(() => {
    if (status !== 'ready') return;
    const node = sentinel.current;
    const box = scroller.current;
    if (!node || !box) return;
    const observer = new IntersectionObserver(([entry]) => onBottomVisible(Boolean(entry?.isIntersecting)), {
      root: box,
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [onBottomVisible, status]);

  // When the box changes size (the composer grows with attachments, the window is resized) a reader at
  // the bottom stays at the bottom.
  useEffect(() => {
    if (status !== 'ready') return;
    const box = scroller.current;
    if (!box) return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) box.scrollTop = box.scrollHeight;
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [status]);

  function onScroll() {
    const box = scroller.current;
    if (!box) return;
    atBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < NEAR_BOTTOM;
    if (atBottom.current) setNewBelow(0);
    checkDivider();
    if (box.scrollTop < NEAR_TOP && hasMoreBefore) void win.loadOlder();
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, message: ChatMessage, index: number) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const go = (i: number) => {
      const next = messages[i];
      if (next) focusMessage(next.id);
    };
    switch (event.key) {
      case 'ArrowUp':
        event.preventDefault();
        if (index > 0) go(index - 1);
        else if (hasMoreBefore) void win.loadOlder();
        return;
      case 'ArrowDown':
        event.preventDefault();
        if (index < messages.length - 1) go(index + 1);
        else if (hasMoreAfter) void win.loadNewer();
        return;
      case 'Home':
        event.preventDefault();
        go(0);
        return;
      case 'End':
        event.preventDefault();
        go(messages.length - 1);
        return;
      case 'Enter':
        event.preventDefault();
        if (message.replyCount > 0 || message.threadRootId || message.deletedAt === null)
          props.onOpenThread(message, false);
        return;
      default:
        break;
    }
    const key = event.key.toLowerCase();
    if (key === 'r' && message.deletedAt === null) {
      event.preventDefault();
      props.onOpenThread(message, true);
    } else if (key === 'e' && message.author.id === meId && message.deletedAt === null) {
      event.preventDefault();
      setEditingId(message.id);
    } else if (event.key === '?') {
      event.preventDefault();
      props.onShowHelp();
    }
  }

  function jumpToFirstUnread() {
    if (firstUnread && !unreadAbove) focusMessage(firstUnread.id);
    else if (readAtOpen !== null) void win.loadAround(readAtOpen + 1);
  }

  if (status === 'loading') return <Loading />;
  if (status === 'error') return <ProblemAlert error={win.window.error} />;

  return (
    <div className="message-list">
      {(firstUnread && !dividerInView) || unreadAbove ? (
        <div className="message-list__jump">
          <Button variant="secondary" small icon="arrow-up" onClick={jumpToFirstUnread}>
            {t('workspaces.chat.jumpToUnread')}
          </Button>
        </div>
      ) : null}
      <div className="message-list__scroller" ref={scroller} onScroll={onScroll}>
        <div className="message-list__content">
          {hasMoreBefore ? (
            <div className="message-list__more">
              <Button variant="tertiary" small onClick={() => void win.loadOlder()}>
                {t('workspaces.chat.loadOlder')}
              </Button>
            </div>
          ) : messages.length > 0 ? (
            <p className="message-list__start">{t('workspaces.chat.beginning')}</p>
          ) : null}
          {messages.length === 0 ? (
            <p className="kern-body message-list__empty">{t('workspaces.chat.empty')}</p>
          ) : (
            <ul className="message-list__items" aria-label={props.label}>
              {messages.map((message, index) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  meId={meId}
                  organisation={props.organisationOf(message.author.id)}
                  active={message.id === active?.id}
                  firstUnread={message.id === firstUnread?.id && !unreadAbove}
                  highlighted={win.window.target === message.id}
                  editing={editingId === message.id}
                  canDelete={props.canDeleteOthers}
                  threadControls
                  onFocus={() => setActiveId(message.id)}
                  onKeyDown={(event) => onKeyDown(event, message, index)}
                  onOpenThread={() => props.onOpenThread(message, false)}
                  onReply={() => props.onOpenThread(message, true)}
                  onEdit={(editing) => {
                    setEditingId(editing ? message.id : null);
                    if (!editing) requestAnimationFrame(() => itemOf(message.id)?.focus());
                  }}
                  onChanged={(changed) => win.applyMessage(changed, false)}
                  onReactions={(reactions) => win.applyReactions(message.id, reactions)}
                  documents={documentsOf.get(message.id)}
                />
              ))}
            </ul>
          )}
        </div>
        <div ref={sentinel} className="message-list__end" />
        {hasMoreAfter ? (
          <div className="message-list__more">
            <Button variant="tertiary" small onClick={() => void win.loadNewer()}>
              {t('workspaces.chat.loadNewer')}
            </Button>
            <Button variant="secondary" small icon="arrow-down" onClick={() => void win.loadLatest()}>
              {t('workspaces.chat.jumpToLatest')}
            </Button>
          </div>
        ) : null}
      </div>
      {newBelow > 0 ? (
        <div className="message-list__below">
          <Button
            variant="secondary"
            small
            icon="arrow-down"
            onClick={() => {
              const box = scroller.current;
              if (box) box.scrollTop = box.scrollHeight;
              setNewBelow(0);
            }}
          >
            {t('workspaces.chat.newBelow', { count: newBelow })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
