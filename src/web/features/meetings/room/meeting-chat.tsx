import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, Thread } from '../../../../shared/contracts/chat.ts';
import { api } from '../../../api/client.ts';
import { Button } from '../../../ui/button.tsx';
import { useRealtimeEvents } from '../../realtime/use-realtime.tsx';

/**
 * The in-meeting chat is the thread of the meeting's card in its channel: what is written here stays
 * there, beside the summary, for those who could not come.
 */
export function MeetingChat({ channelId, rootId }: { channelId: string; rootId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['meetings', 'thread', rootId];
  const thread = useQuery({ queryKey: key, queryFn: () => api.get<Thread>(`/messages/${rootId}/thread`) });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  useRealtimeEvents((message) => {
    const posted = message.message as ChatMessage | undefined;
    if (message.type === 'message.created' && posted?.threadRootId === rootId)
      void client.invalidateQueries({ queryKey: key });
  });

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      await api.post(`/channels/${channelId}/messages`, { text, threadRootId: rootId });
      setText('');
      await client.invalidateQueries({ queryKey: key });
    } finally {
      setBusy(false);
    }
  }

  const replies = thread.data?.replies ?? [];
  return (
    <section className="meeting-panel meeting-chat" aria-labelledby="meeting-chat-title">
      <h2 className="kern-heading-small" id="meeting-chat-title">
        {t('meetings.room.chat')}
      </h2>
      {replies.length === 0 ? <p className="kern-body">{t('meetings.chat.empty')}</p> : null}
      <ol className="meeting-chat__messages" lang="de">
        {replies.map((m) => (
          <li key={m.id} className="meeting-chat__message">
            <strong>{m.author.name}</strong>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (markdown-it, html: false) */}
            <div dangerouslySetInnerHTML={{ __html: m.html }} />
          </li>
        ))}
      </ol>
      <form className="meeting-chat__form" onSubmit={(event) => void send(event)}>
        <label className="kern-label" htmlFor="meeting-chat-text">
          {t('meetings.chat.label')}
        </label>
        <textarea
          id="meeting-chat-text"
          className="kern-form-input__input"
          rows={2}
          maxLength={16000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) void send(event);
          }}
        />
        <Button type="submit" small busy={busy}>
          {t('meetings.chat.send')}
        </Button>
      </form>
    </section>
  );
}
