import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, Thread } from '../../../../shared/contracts/chat.ts';
import { isApiError } from '../../../api/api-error.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { type ChannelMember, threadKey, useThread } from './chat-queries.ts';
import { Composer } from './composer/composer.tsx';
import { MessageItem } from './messages/message-item.tsx';
import './messages/messages.css';
import './messages/reactions.css';

interface ThreadPaneProps {
  rootId: string;
  channelId: string;
  meId: string;
  members: ChannelMember[];
  canPost: boolean;
  canDeleteOthers: boolean;
  organisationOf: (personId: string) => string | null;
  /** Move focus into the composer when the pane opens (R on a message), else onto the heading. */
  focusComposer: boolean;
  onClose: () => void;
}

export const THREAD_COMPOSER_ID = 'thread-composer';

/** The thread pane: the root message, its replies, and a composer that may also post to the channel. */
export function ThreadPane(props: ThreadPaneProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const thread = useThread(props.rootId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const ready = thread.data !== undefined;

  useEffect(() => {
    if (!ready) return;
    if (props.focusComposer) document.getElementById(THREAD_COMPOSER_ID)?.focus();
    else heading.current?.focus();
  }, [ready, props.focusComposer]);

  const setThread = (update: (thread: Thread) => Thread) =>
    client.setQueryData<Thread>(threadKey(props.rootId), (old) => (old ? update(old) : old));
  const replace = (message: ChatMessage) =>
    setThread((old) => ({
      root: old.root.id === message.id ? message : old.root,
      replies: old.replies.some((r) => r.id === message.id)
        ? old.replies.map((r) => (r.id === message.id ? message : r))
        : [...old.replies, message],
    }));

  const all = thread.data ? [thread.data.root, ...thread.data.replies] : [];
  const active = all.find((m) => m.id === activeId) ?? all[all.length - 1];

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, message: ChatMessage, index: number) {
    if (event.target !== event.currentTarget) return;
    const go = (i: number) => {
      const next = all[i];
      if (!next) return;
      setActiveId(next.id);
      document.querySelector<HTMLElement>(`.thread [data-message-id="${CSS.escape(next.id)}"]`)?.focus();
    };
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      go(index - 1);
    } else if (event.key === 'ArrowDown' && index < all.length - 1) {
      event.preventDefault();
      go(index + 1);
    } else if (event.key.toLowerCase() === 'r' && props.canPost) {
      event.preventDefault();
      document.getElementById(THREAD_COMPOSER_ID)?.focus();
    } else if (event.key.toLowerCase() === 'e' && message.author.id === props.meId && message.deletedAt === null) {
      event.preventDefault();
      setEditingId(message.id);
    }
  }

  const item = (message: ChatMessage, index: number) => (
    <MessageItem
      key={message.id}
      message={message}
      meId={props.meId}
      organisation={props.organisationOf(message.author.id)}
      active={message.id === active?.id}
      editing={editingId === message.id}
      canDelete={props.canDeleteOthers}
      threadControls={false}
      onFocus={() => setActiveId(message.id)}
      onKeyDown={(event) => onKeyDown(event, message, index)}
      onOpenThread={() => undefined}
      onReply={() => document.getElementById(THREAD_COMPOSER_ID)?.focus()}
      onEdit={(editing) => setEditingId(editing ? message.id : null)}
      onChanged={replace}
      onReactions={(reactions) => replace({ ...message, reactions })}
    />
  );

  return (
    <div className="thread">
      <div className="pane-head">
        <h2 className="kern-heading-small pane-head__title" tabIndex={-1} ref={heading}>
          {t('workspaces.thread.title')}
        </h2>
        <Button variant="tertiary" small icon="close" className="pane-head__close" onClick={props.onClose}>
          <span className="visually-hidden">{t('workspaces.thread.close')}</span>
        </Button>
      </div>
      {thread.isPending ? (
        <Loading />
      ) : isApiError(thread.error, 404) ? (
        <Alert variant="info" title={t('workspaces.thread.notFound')} />
      ) : !thread.data ? (
        <ProblemAlert error={thread.error} />
      ) : (
        <>
          <div className="thread__scroller">
            <ul className="message-list__items thread__root" aria-label={t('workspaces.thread.rootLabel')}>
              {item(thread.data.root, 0)}
            </ul>
            <p className="thread__count">{t('workspaces.message.replies', { count: thread.data.replies.length })}</p>
            {thread.data.replies.length > 0 ? (
              <ul className="message-list__items" aria-label={t('workspaces.thread.repliesLabel')}>
                {thread.data.replies.map((reply, index) => item(reply, index + 1))}
              </ul>
            ) : null}
          </div>
          {props.canPost ? (
            <Composer
              id={THREAD_COMPOSER_ID}
              channelId={props.channelId}
              label={t('workspaces.thread.composerLabel')}
              members={props.members}
              meId={props.meId}
              threadRootId={thread.data.root.id}
              onPosted={replace}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
