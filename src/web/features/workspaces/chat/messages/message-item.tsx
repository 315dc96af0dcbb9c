import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, Reaction } from '../../../../../shared/contracts/chat.ts';
import { Button } from '../../../../ui/button.tsx';
import { personName } from '../../../accounts/former-person.ts';
import { MessageDocuments } from '../../../documents/links/message-documents.tsx';
import { MeetingCard } from '../../../meetings/card/meeting-card.tsx';
import { deleteMessage } from '../chat-queries.ts';
import { MessageAttachments } from './message-attachments.tsx';
import { MessageEditor } from './message-editor.tsx';
import { AddReactionButton, MessageReactions } from './message-reactions.tsx';
import { useMessageTime } from './message-time.ts';

export interface MessageItemProps {
  message: ChatMessage;
  meId: string;
  /** The author's home organisation, where known. */
  organisation: string | null;
  /** The one message of the list in the tab order (roving tabindex). */
  active: boolean;
  /** Marks the first unread message with the "Neue Nachrichten" divider. */
  firstUnread?: boolean;
  highlighted?: boolean;
  editing: boolean;
  canDelete: boolean;
  /** In the channel list: show the thread line and "Antworten"; in the thread pane: not. */
  threadControls: boolean;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onOpenThread: () => void;
  /** Opens the thread with the cursor in its composer. */
  onReply: () => void;
  onEdit: (editing: boolean) => void;
  onChanged: (message: ChatMessage) => void;
  onReactions: (reactions: Reaction[]) => void;
  /** The documents linked from the message that the reader may open. */
  documents?: readonly { id: string; name: string }[] | undefined;
}

/** One message: author, organisation, time, the server's safe HTML, attachments, reactions, thread line. */
export function MessageItem(props: MessageItemProps) {
  const { message, meId, active, editing } = props;
  const { t } = useTranslation();
  const time = useMessageTime();
  const deleted = message.deletedAt !== null;
  const own = message.author.id === meId;
  const tabIndex = active ? 0 : -1;
  const when = time.short(String(message.createdAt));
  const context = `${personName(t, message.author.name)}, ${when}`;
  const hidden = (text: string) => <span className="visually-hidden"> ({text})</span>;
  const [palette, setPalette] = useState(false);
  const paletteId = `react-${message.id}`;

  return (
    <li
      className={[
        'message',
        props.highlighted ? 'message--highlighted' : '',
        message.mentions.some((m) => m.id === meId) || message.mentionsChannel ? 'message--mentions-me' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      tabIndex={tabIndex}
      data-message-id={message.id}
      data-seq={message.seq}
      onFocus={(event) => {
        if (event.target === event.currentTarget || !active) props.onFocus();
      }}
      onKeyDown={props.onKeyDown}
    >
      {props.firstUnread ? (
        <div className="message__divider" id="first-unread">
          <span>{t('workspaces.chat.newMessages')}</span>
        </div>
      ) : null}
      <div className="message__head">
        <span className="message__author">{personName(t, message.author.name)}</span>
        {props.organisation ? <span className="message__organisation">{props.organisation}</span> : null}
        <time
          className="message__time"
          dateTime={String(message.createdAt)}
          title={time.full(String(message.createdAt))}
        >
          {when}
        </time>
        {message.editedAt && !deleted ? (
          <span className="message__edited">{t('workspaces.message.edited')}</span>
        ) : null}
        {message.threadRootId && message.alsoInChannel && props.threadControls ? (
          <span className="message__edited">{t('workspaces.message.alsoInChannel')}</span>
        ) : null}
      </div>
      {deleted ? (
        <p className="message__deleted">{t('workspaces.message.deleted')}</p>
      ) : editing ? (
        <MessageEditor
          message={message}
          onDone={(saved) => {
            if (saved) props.onChanged(saved);
            props.onEdit(false);
          }}
        />
      ) : (
        // The server renders a safe Markdown subset with raw HTML switched off; its output is trusted here.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (markdown-it, html: false)
        <div className="message__body" dangerouslySetInnerHTML={{ __html: message.html }} />
      )}
      {deleted ? null : <MessageAttachments attachments={message.attachments} />}
      {deleted || !props.documents ? null : <MessageDocuments documents={props.documents} />}
      {deleted ? null : <MeetingCard message={message} meId={meId} />}
      <div className="message__footer">
        {deleted ? null : (
          <MessageReactions
            message={message}
            meId={meId}
            tabbable={active}
            context={context}
            paletteId={paletteId}
            paletteOpen={palette}
            onPicked={() => setPalette(false)}
            onChange={props.onReactions}
          />
        )}
        {props.threadControls && !message.threadRootId && message.replyCount > 0 ? (
          <div className="message__thread">
            <Button variant="tertiary" small tabIndex={tabIndex} onClick={props.onOpenThread}>
              {t('workspaces.message.replies', { count: message.replyCount })}
              {hidden(context)}
            </Button>
            {message.lastRepliers.length > 0 ? (
              <span className="message__repliers">
                {t('workspaces.message.lastRepliers', {
                  names: message.lastRepliers.map((p) => p.name).join(', '),
                })}
              </span>
            ) : null}
          </div>
        ) : null}
      </div>
      {!deleted && !editing ? (
        <div className={`message__tools${palette ? ' message__tools--open' : ''}`}>
          {props.threadControls ? (
            <Button variant="tertiary" small tabIndex={tabIndex} onClick={props.onReply}>
              {t('workspaces.message.reply')}
              {hidden(context)}
            </Button>
          ) : null}
          <AddReactionButton
            paletteId={paletteId}
            open={palette}
            onToggle={() => setPalette((p) => !p)}
            tabbable={active}
            context={context}
          />
          {own ? (
            <Button variant="tertiary" small icon="edit" tabIndex={tabIndex} onClick={() => props.onEdit(true)}>
              {t('workspaces.message.edit')}
              {hidden(context)}
            </Button>
          ) : null}
          {own || props.canDelete ? <DeleteButton id={message.id} context={context} tabbable={active} /> : null}
        </div>
      ) : null}
    </li>
  );
}

/** Deleting asks first, in place; it cannot be undone ("Nachricht gelöscht" stays). */
function DeleteButton({ id, context, tabbable }: { id: string; context: string; tabbable: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const tabIndex = tabbable ? 0 : -1;
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <Button variant="tertiary" small icon="delete" tabIndex={tabIndex} onClick={() => setAsking(true)}>
        {t('workspaces.message.delete')}
        <span className="visually-hidden"> ({context})</span>
      </Button>
    );
  }
  return (
    <fieldset className="message__confirm">
      <legend className="kern-body">{t('workspaces.message.deleteQuestion')}</legend>
      <Button
        ref={confirmRef}
        small
        tabIndex={tabIndex}
        onClick={() => {
          setAsking(false);
          void deleteMessage(id).catch(() => undefined);
        }}
      >
        {t('workspaces.message.deleteConfirm')}
      </Button>
      <Button variant="tertiary" small tabIndex={tabIndex} onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </Button>
    </fieldset>
  );
}
