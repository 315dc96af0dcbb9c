import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelDetail, ChatMessage, PersonRef, Reaction } from '../../../../shared/contracts/chat.ts';
import { Alert } from '../../../ui/alert.tsx';
import type { RealtimeMessage } from '../../realtime/realtime-client.ts';
import { useRealtimeEvents } from '../../realtime/use-realtime.tsx';
import { type ChannelMember, markRead } from './chat-queries.ts';
import { Composer } from './composer/composer.tsx';
import { MessageList } from './messages/message-list.tsx';
import { inChannel, useMessageWindow } from './messages/use-message-window.ts';
import { TypingIndicator } from './typing-indicator.tsx';

export const CHANNEL_COMPOSER_ID = 'channel-composer';

interface ChannelPaneProps {
  channel: ChannelDetail;
  /** How the channel is called in sentences: "#allgemein", or the people of a conversation. */
  title: string;
  around: string | null;
  meId: string;
  members: ChannelMember[];
  organisationOf: (personId: string) => string | null;
  onOpenThread: (message: ChatMessage, reply: boolean) => void;
  onShowHelp: () => void;
  /** A message by someone else arrived in this channel (for the throttled announcement). */
  onArrived: () => void;
}

/** The middle pane: the channel's messages, who is typing, and the composer; it also reports what was read. */
export function ChannelPane(props: ChannelPaneProps) {
  const { t } = useTranslation();
  const { channel, meId, members } = props;
  const win = useMessageWindow(channel.id, props.around);
  const newest = useRef(0);
  const sent = useRef(0);
  const [bottomVisible, setBottomVisible] = useState(false);
  const [focused, setFocused] = useState(() => document.hasFocus());
  const [unseenFrom, setUnseenFrom] = useState<number | null>(null);
  const looking = useRef(false);
  looking.current = focused && bottomVisible;
  const { messages, hasMoreAfter, status } = win.window;
  const lastShown = messages[messages.length - 1]?.seq ?? 0;

  const nameOf = useCallback(
    (id: string, known: PersonRef[]): PersonRef =>
      known.find((p) => p.id === id) ?? { id, name: members.find((m) => m.id === id)?.name ?? '…' },
    [members],
  );

  useRealtimeEvents((event: RealtimeMessage) => {
    if (event.channelId !== channel.id) return;
    switch (event.type) {
      case 'message.created': {
        const message = event.message as ChatMessage;
        newest.current = Math.max(newest.current, message.seq);
        win.applyMessage(message, true);
        if (message.author.id !== meId && inChannel(message)) {
          props.onArrived();
          if (!looking.current) setUnseenFrom((from) => from ?? message.seq);
        }
        return;
      }
      case 'message.updated':
      case 'message.deleted':
        win.applyMessage(event.message as ChatMessage, false);
        return;
      case 'reaction.changed':
        win.applyReactions(String(event.messageId), (event.reactions ?? []) as Reaction[]);
        return;
      case 'thread.updated': {
        const messageId = String(event.messageId);
        const known = messages.find((m) => m.id === messageId)?.lastRepliers ?? [];
        win.applyThread(messageId, {
          replyCount: Number(event.replyCount),
          lastReplyAt: typeof event.lastReplyAt === 'string' ? event.lastReplyAt : null,
          lastRepliers: ((event.lastReplierIds ?? []) as string[]).map((id) => nameOf(id, known)),
        });
        return;
      }
      default:
        return;
    }
  });

  useEffect(() => {
    const onFocus = () => setFocused(document.visibilityState === 'visible');
    const onBlur = () => setFocused(false);
    window.addEventListener('focus', onFocus);
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, []);

  // The channel's details are fetched again after a reconnect that could not replay everything: if they
  // know of newer messages than the list holds, the list catches up.
  const { catchUp } = win;
  useEffect(() => {
    if (status !== 'ready' || channel.lastSeq <= Math.max(lastShown, newest.current)) return;
    newest.current = channel.lastSeq;
    void catchUp();
  }, [channel.lastSeq, status, lastShown, catchUp]);

  // What is on screen at the bottom of the present, while the window has focus, has been read.
  useEffect(() => {
    if (status !== 'ready' || hasMoreAfter || !bottomVisible || !focused) return;
    const seq = Math.max(lastShown, newest.current);
    if (seq <= sent.current || seq <= (win.window.readAtOpen ?? 0)) return;
    sent.current = seq;
    markRead(channel.id, seq).catch(() => {
      sent.current = 0;
    });
  }, [status, hasMoreAfter, bottomVisible, focused, lastShown, channel.id, win.window.readAtOpen]);

  const archived = channel.archivedAt !== null;
  return (
    <div className="channel">
      {channel.topic ? <p className="channel__topic">{channel.topic}</p> : null}
      <MessageList
        label={t('workspaces.chat.listLabel', { channel: props.title })}
        win={win}
        meId={meId}
        organisationOf={props.organisationOf}
        canDeleteOthers={channel.viewer.canDeleteOthers}
        unreadAtOpen={channel.unreadCount}
        unseenFrom={unseenFrom}
        onOpenThread={props.onOpenThread}
        onShowHelp={props.onShowHelp}
        onBottomVisible={setBottomVisible}
      />
      <TypingIndicator channelId={channel.id} meId={meId} />
      {archived ? (
        <Alert variant="info" title={t('workspaces.chat.archived')} />
      ) : channel.viewer.canPost ? (
        <Composer
          id={CHANNEL_COMPOSER_ID}
          channelId={channel.id}
          label={t('workspaces.composer.label', { channel: props.title })}
          members={members}
          meId={meId}
          onPosted={(message) => {
            newest.current = Math.max(newest.current, message.seq);
            if (hasMoreAfter) void win.loadLatest();
            else win.applyMessage(message, true);
          }}
        />
      ) : (
        <Alert variant="info" title={t('workspaces.chat.cannotPost')} />
      )}
    </div>
  );
}
