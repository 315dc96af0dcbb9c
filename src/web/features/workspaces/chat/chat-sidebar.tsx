import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import type { ChannelSummary } from '../../../../shared/contracts/chat.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { ChannelCreateForm } from './channel-create.tsx';
import { channelTitle } from './channel-title.ts';
import { useSidebar } from './chat-queries.ts';
import { ConversationStartForm } from './conversation-start.tsx';
import { Disclosure } from './disclosure.tsx';
import { PresenceDot } from './presence-dot.tsx';
import './chat-sidebar.css';

interface ChatSidebarProps {
  meId: string;
  currentChannelId: string | null;
  currentWorkspaceId: string | null;
  /** People to offer first when starting a conversation (the current workspace's members). */
  known: PersonHit[];
  /** Called when a channel is chosen (on narrow screens the channel pane then shows). */
  onNavigate: (channelId: string) => void;
}

/** The left pane: my workspaces with their channels, my conversations, each with unread and mention counts. */
export function ChatSidebar({ meId, currentChannelId, currentWorkspaceId, known, onNavigate }: ChatSidebarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const sidebar = useSidebar();
  if (sidebar.isPending) return <Loading />;
  if (!sidebar.data) return <ProblemAlert error={sidebar.error} />;
  const workspaces = [...sidebar.data.workspaces].sort(
    (a, b) => Number(b.id === currentWorkspaceId) - Number(a.id === currentWorkspaceId),
  );

  const entry = (channel: ChannelSummary) => {
    const current = channel.id === currentChannelId;
    const direct = channel.kind === 'direct' ? channel.members.find((m) => m.id !== meId) : undefined;
    return (
      <li key={channel.id}>
        <Link
          to="/chat/$channelId"
          params={{ channelId: channel.id }}
          className={`chat-sidebar__link${channel.unreadCount > 0 ? ' chat-sidebar__link--unread' : ''}`}
          aria-current={current ? 'page' : undefined}
          onClick={() => onNavigate(channel.id)}
        >
          {direct ? <PresenceDot personId={direct.id} /> : null}
          {channel.kind === 'channel' ? (
            <span className="chat-sidebar__mark" aria-hidden="true">
              {channel.closed ? '🔒' : '#'}
            </span>
          ) : null}
          <span className="chat-sidebar__name">
            {channel.kind === 'channel' ? channel.name : channelTitle(channel, meId)}
          </span>
          {channel.closed ? <span className="visually-hidden"> ({t('workspaces.sidebar.closed')})</span> : null}
          {channel.mentionCount > 0 && (channel.kind === 'channel' || channel.kind === 'community') ? (
            <span className="chat-badge chat-badge--mention">
              <span aria-hidden="true">@{format.number(channel.mentionCount)}</span>
              <span className="visually-hidden">
                , {t('workspaces.sidebar.mentions', { count: channel.mentionCount })}
              </span>
            </span>
          ) : null}
          {channel.unreadCount > 0 ? (
            <span className="chat-badge">
              <span aria-hidden="true">{channel.unreadCount > 99 ? '99+' : channel.unreadCount}</span>
              <span className="visually-hidden">
                , {t('workspaces.sidebar.unread', { count: channel.unreadCount })}
              </span>
            </span>
          ) : null}
        </Link>
      </li>
    );
  };

  // The chats of communities (Fachgruppen) come with the conversations but are listed under their own heading.
  const communityChats = sidebar.data.conversations.filter((c) => c.kind === 'community');
  const directChats = sidebar.data.conversations.filter((c) => c.kind !== 'community');

  return (
    <nav className="chat-sidebar" aria-label={t('workspaces.sidebar.label')}>
      {workspaces.map((workspace) => (
        <div key={workspace.id} className="chat-sidebar__group">
          <h2 className="chat-sidebar__heading">
            <Link to="/workspaces/$id" params={{ id: workspace.id }} className="chat-sidebar__workspace">
              {workspace.name}
            </Link>
          </h2>
          {workspace.channels.length > 0 ? (
            <ul className="chat-sidebar__list">{workspace.channels.map(entry)}</ul>
          ) : (
            <p className="chat-sidebar__none">{t('workspaces.sidebar.noChannels')}</p>
          )}
          {workspace.id === currentWorkspaceId && workspace.role !== 'guest' ? (
            <Disclosure label={t('workspaces.channel.create')}>
              {(close) => <ChannelCreateForm workspaceId={workspace.id} onDone={close} />}
            </Disclosure>
          ) : null}
        </div>
      ))}
      {communityChats.length > 0 ? (
        <div className="chat-sidebar__group">
          <h2 className="chat-sidebar__heading">{t('workspaces.sidebar.communities')}</h2>
          <ul className="chat-sidebar__list">{communityChats.map(entry)}</ul>
        </div>
      ) : null}
      <div className="chat-sidebar__group">
        <h2 className="chat-sidebar__heading">{t('workspaces.sidebar.conversations')}</h2>
        {directChats.length > 0 ? (
          <ul className="chat-sidebar__list">{directChats.map(entry)}</ul>
        ) : (
          <p className="chat-sidebar__none">{t('workspaces.sidebar.noConversations')}</p>
        )}
        <Disclosure label={t('workspaces.conversation.start')}>
          {(close) => <ConversationStartForm meId={meId} known={known} onDone={close} />}
        </Disclosure>
      </div>
    </nav>
  );
}
