import { type KeyboardEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/accounts.ts';
import type { ChatMessage } from '../../../../shared/contracts/chat.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { StartMeetingButton } from '../../meetings/start-meeting-button.tsx';
import { setViewingChannel } from '../../realtime/viewing-channel.ts';
import { SiteFooter } from '../../shell/site-footer.tsx';
import { useWorkspace } from '../workspace-queries.ts';
import { CHANNEL_COMPOSER_ID, ChannelPane } from './channel-pane.tsx';
import { ChannelSettings } from './channel-settings.tsx';
import { channelTitle } from './channel-title.ts';
import { CHANNEL_TOOLS_ID, ChatHeader } from './chat-header.tsx';
import { useChannel, useChannelMembers } from './chat-queries.ts';
import { ChatSidebar } from './chat-sidebar.tsx';
import { Disclosure } from './disclosure.tsx';
import { NotifySetting } from './notify-setting.tsx';
import { SearchResults } from './search-results.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { ThreadPane } from './thread-pane.tsx';
import { useAnnouncer } from './use-announcer.ts';
import { useChatEvents } from './use-chat-events.ts';
import { useChatPanes } from './use-chat-panes.ts';
import '../workspaces.css';

interface ChatLayoutProps {
  me: Me;
  channelId: string | null;
  /** Known on the workspace page; on a channel's page it comes from the channel. */
  workspaceId: string | null;
  /** A message to open in its context (search hit, link). */
  message: string | null;
  thread: string | null;
  onThread: (rootId: string | null) => void;
}

/**
 * The chat in three panes: workspaces and channels, the channel, the thread (or search results). It
 * fills the window below the site header; only the lists scroll, the composer stays at the bottom.
 * The site footer moves to the foot of the channel list. Below 768 px one pane shows at a time, with
 * a way back in the header's row.
 */
export function ChatLayout({ me, channelId, workspaceId: given, message, thread, onThread }: ChatLayoutProps) {
  const { t } = useTranslation();
  const channel = useChannel(channelId);
  const workspaceId = given ?? channel.data?.workspaceId ?? null;
  const workspace = useWorkspace(workspaceId);
  const members = useChannelMembers(channel.data ? channelId : null);
  const [search, setSearch] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [focusComposer, setFocusComposer] = useState(false);
  const { view, setView, panel, setPanel, toList, toChannel } = useChatPanes(channelId, thread);
  const announcer = useAnnouncer((count, name) => t('workspaces.chat.announce', { count, channel: name }));
  useChatEvents();

  // News about the channel on screen needs no notice: it is right there.
  useEffect(() => {
    setViewingChannel(channelId);
    return () => setViewingChannel(null);
  }, [channelId]);

  const organisations = useMemo(
    () => new Map((workspace.data?.members ?? []).map((m) => [m.personId, m.organisation?.name ?? null])),
    [workspace.data],
  );
  const organisationOf = useCallback((personId: string) => organisations.get(personId) ?? null, [organisations]);
  const known = useMemo(
    () => (workspace.data?.members ?? []).map((m) => ({ id: m.personId, name: m.name, organisation: m.organisation })),
    [workspace.data],
  );

  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (!event.altKey || !event.shiftKey) return;
      if (event.code === 'KeyN') {
        event.preventDefault();
        setView('channel');
        document.getElementById(CHANNEL_COMPOSER_ID)?.focus();
      } else if (event.code === 'KeyM') {
        event.preventDefault();
        setView('channel');
        document.querySelector<HTMLElement>('.channel .message[tabindex="0"]')?.focus();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [setView]);

  function openThread(target: ChatMessage, reply: boolean) {
    setSearch(null);
    setFocusComposer(reply);
    onThread(target.threadRootId ?? target.id);
  }

  function closeAside() {
    const was = thread;
    setSearch(null);
    setView('channel');
    if (thread) onThread(null);
    requestAnimationFrame(() => {
      const item = was && document.querySelector<HTMLElement>(`.channel [data-message-id="${CSS.escape(was)}"]`);
      (item || document.getElementById(CHANNEL_COMPOSER_ID))?.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented && (thread || search) && !help) {
      event.preventDefault();
      closeAside();
    }
  }

  const notFound = isApiError(channel.error, 404) || isApiError(channel.error, 400);
  const title = channel.data
    ? channelTitle(channel.data, me.id)
    : notFound
      ? t('workspaces.chat.notFound')
      : channelId
        ? t('common.loading')
        : (workspace.data?.workspace.name ?? t('workspaces.title'));
  const conversationPreline =
    channel.data?.kind === 'community' ? t('networkCommunities.preline') : t('workspaces.chat.conversation');
  const preline = channel.data?.workspaceName ?? (channel.data ? conversationPreline : t('workspaces.preline'));
  const aside = thread ? 'thread' : search ? 'search' : null;
  const back =
    view === 'aside'
      ? { label: t(aside === 'search' ? 'workspaces.search.back' : 'workspaces.thread.back'), onBack: closeAside }
      : view === 'channel'
        ? { label: t('workspaces.chat.backToList'), onBack: toList }
        : null;
  const classes = ['chat', `chat--show-${view}`, aside ? 'chat--with-aside' : '', panel ? `chat--panel-${panel}` : '']
    .filter(Boolean)
    .join(' ');

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the chat closes the side pane
    <div className={classes} onKeyDown={onKeyDown}>
      <a
        className="chat__skip"
        href={`#${CHANNEL_COMPOSER_ID}`}
        onClick={(event) => {
          // On a phone the composer may be in a pane not shown: show it, then put the cursor in it.
          event.preventDefault();
          setView('channel');
          requestAnimationFrame(() => document.getElementById(CHANNEL_COMPOSER_ID)?.focus());
        }}
      >
        {t('workspaces.chat.skipToComposer')}
      </a>
      {channelId || workspace.data ? (
        <ChatHeader
          title={title}
          preline={preline}
          documentTitle={channel.data?.workspaceName ? `${title} – ${channel.data.workspaceName}` : title}
          workspace={workspace.data}
          back={back}
          panel={panel}
          onPanel={setPanel}
          onSearch={(q) => {
            if (thread) onThread(null);
            setSearch(q);
            setPanel(null);
            setView('aside');
          }}
          onHelp={() => setHelp(true)}
        />
      ) : (
        <PageTitle preline={t('workspaces.preline')}>{t('workspaces.chat.title')}</PageTitle>
      )}
      <div className="chat__panes">
        <div className="chat__sidebar">
          <ChatSidebar
            meId={me.id}
            currentChannelId={channelId}
            currentWorkspaceId={workspaceId}
            known={known}
            onNavigate={toChannel}
          />
          <div className="chat__legal">
            <SiteFooter />
          </div>
        </div>
        <section className="chat__channel" aria-label={title}>
          <div className="pane-head" id={CHANNEL_TOOLS_ID}>
            {channel.data?.closed ? (
              <span className="kern-badge kern-badge--small kern-badge--info">
                <span className="kern-label">{t('workspaces.sidebar.closed')}</span>
              </span>
            ) : null}
            {channel.data && (channel.data.viewer.canManage || channel.data.viewer.canAddMembers) ? (
              <Disclosure label={t('workspaces.channel.settings')} icon="edit">
                {() =>
                  channel.data ? (
                    <ChannelSettings
                      channel={channel.data}
                      workspaceMembers={known}
                      readers={members.data?.items ?? []}
                    />
                  ) : null
                }
              </Disclosure>
            ) : null}
            {channel.data ? <NotifySetting channel={channel.data} /> : null}
            {channel.data ? (
              <StartMeetingButton channelId={channel.data.id} archived={channel.data.archivedAt !== null} />
            ) : null}
          </div>
          {!channelId ? (
            <p className="kern-body">
              {workspace.data && workspace.data.channels.length === 0
                ? t('workspaces.chat.noChannelYet')
                : t('workspaces.chat.choose')}
            </p>
          ) : channel.isPending ? (
            <Loading />
          ) : notFound ? (
            <Alert variant="warning" title={t('workspaces.chat.notFound')}>
              <p className="kern-body">{t('workspaces.chat.notFoundText')}</p>
            </Alert>
          ) : !channel.data ? (
            <ProblemAlert error={channel.error} />
          ) : (
            <ChannelPane
              key={channel.data.id}
              channel={channel.data}
              title={title}
              around={message}
              meId={me.id}
              members={members.data?.items ?? []}
              organisationOf={organisationOf}
              onOpenThread={openThread}
              onShowHelp={() => setHelp(true)}
              onArrived={() => announcer.arrived(title)}
            />
          )}
        </section>
        {aside && channel.data ? (
          <section
            className="chat__aside"
            aria-label={aside === 'thread' ? t('workspaces.thread.title') : t('workspaces.search.title')}
          >
            {aside === 'thread' && thread ? (
              <ThreadPane
                key={thread}
                rootId={thread}
                channelId={channel.data.id}
                meId={me.id}
                members={members.data?.items ?? []}
                canPost={channel.data.viewer.canPost && channel.data.archivedAt === null}
                canDeleteOthers={channel.data.viewer.canDeleteOthers}
                organisationOf={organisationOf}
                focusComposer={focusComposer}
                onClose={closeAside}
              />
            ) : search ? (
              <SearchResults q={search} onClose={closeAside} />
            ) : null}
          </section>
        ) : null}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcer.text}
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
