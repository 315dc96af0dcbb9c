import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../../shared/contracts/chat.ts';
import { createActionKey } from '../../../../api/idempotency.ts';
import { Icon } from '../../../../ui/icon.tsx';
import { ProblemAlert } from '../../../../ui/problem.tsx';
import { useRealtimeSend } from '../../../realtime/use-realtime.tsx';
import { type ChannelMember, postMessage } from '../chat-queries.ts';
import { MAX_MESSAGE_LENGTH } from '../limits.ts';
import { UploadButton, UploadList, useUploads } from './composer-uploads.tsx';
import { FormatToolbar, formatField, shortcutFormat } from './format-toolbar.tsx';
import { insertMention, type MentionQuery, mentionOptions, mentionQueryAt } from './mention-query.ts';
import './composer.css';

/** "Anna tippt …" is sent at most this often while someone types. */
const TYPING_EVERY_MS = 3_000;

interface ComposerProps {
  /** The text field's id: the skip link and the shortcut lead here. */
  id: string;
  channelId: string;
  label: string;
  members: ChannelMember[];
  meId: string;
  threadRootId?: string;
  onPosted: (message: ChatMessage) => void;
}

/**
 * Writing a message: Enter sends, Shift+Enter breaks the line; the toolbar below the field (or
 * Ctrl/⌘+B, +I, +K) writes Markdown for bold, italic, lists, links and code. Typing "@" suggests the
 * channel's people (and @channel) in a list above the field, as the ARIA combobox pattern does it:
 * ↑/↓ move, Enter or Tab choose, Escape closes, focus stays in the field.
 */
export function Composer({ id, channelId, label, members, meId, threadRootId, onPosted }: ComposerProps) {
  const { t } = useTranslation();
  const { send } = useRealtimeSend();
  const [text, setText] = useState('');
  const [alsoInChannel, setAlsoInChannel] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);
  // Pressing Send again after a failure repeats the same post: if the first was stored, it is not stored twice.
  const sendKey = useRef(createActionKey());
  const uploads = useUploads(channelId);
  const listId = `${id}-mentions`;

  const people = members.filter((m) => m.id !== meId);
  const options = mention ? mentionOptions(mention.query, people, 'channel') : [];
  const open = options.length > 0;
  const optionId = (i: number) => `${id}-mention-${i}`;

  function track(value: string, caret: number) {
    setText(value);
    const found = mentionQueryAt(value, caret);
    setMention(found);
    if (found?.query !== mention?.query) setActive(0);
    const now = Date.now();
    if (value.trim() !== '' && now - lastTyping.current > TYPING_EVERY_MS) {
      lastTyping.current = now;
      send({ type: 'typing', channelId });
    }
  }

  function choose(index: number) {
    const option = options[index];
    const box = field.current;
    if (!option || !mention || !box) return;
    const next = insertMention(text, mention, box.selectionStart ?? text.length, option.name);
    setText(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(next.caret, next.caret);
    });
  }

  async function submit() {
    if (busy || uploads.busy) return;
    const body = text.trim() === '' ? uploads.names.join(', ') : text;
    if (body.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      const input = {
        text: body,
        ...(threadRootId ? { threadRootId, alsoInChannel } : {}),
        ...(uploads.ids.length ? { attachmentIds: uploads.ids } : {}),
      };
      const message = await postMessage(channelId, input, sendKey.current.for({ channelId, ...input }));
      sendKey.current.done();
      setText('');
      setMention(null);
      uploads.clear();
      lastTyping.current = 0;
      onPosted(message);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      field.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const format = shortcutFormat(event);
    if (format) {
      event.preventDefault();
      formatField(event.currentTarget, format, t('workspaces.format.linkText'), setText);
      return;
    }
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(active);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setMention(null);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  }

  const working = busy || uploads.busy;
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="kern-label composer__label" htmlFor={id}>
        {label}
      </label>
      <div className="composer__frame">
        <div className="composer__field">
          <textarea
            ref={field}
            id={id}
            className="composer__input"
            rows={2}
            value={text}
            placeholder={label}
            maxLength={MAX_MESSAGE_LENGTH}
            aria-describedby={`${id}-hint`}
            aria-autocomplete="list"
            aria-controls={open ? listId : undefined}
            aria-activedescendant={open ? optionId(active) : undefined}
            onChange={(event) => track(event.target.value, event.target.selectionStart)}
            onKeyDown={onKeyDown}
            onBlur={() => setMention(null)}
          />
          <div
            id={listId}
            role="listbox"
            className="combobox__listbox composer__mentions"
            hidden={!open}
            aria-label={t('workspaces.composer.mentionList')}
          >
            {options.map((option, index) => (
              // biome-ignore lint/a11y/useFocusableInteractive: reached with aria-activedescendant; focus stays in the field
              <div
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={`combobox__option${index === active ? ' combobox__option--active' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(index)}
                onKeyDown={() => undefined}
              >
                @{option.name}
                {option.id === 'channel' ? (
                  <span className="combobox__option-meta"> – {t('workspaces.composer.channelMention')}</span>
                ) : null}
              </div>
            ))}
          </div>
        </div>
        <div className="composer__bar">
          <FormatToolbar field={field} fieldId={id} onText={setText} />
          <div className="composer__actions">
            <UploadButton id={`${id}-file`} onFiles={uploads.add} />
            <button
              type="submit"
              className="kern-btn kern-btn--primary kern-btn--x-small composer__send"
              aria-disabled={working ? true : undefined}
            >
              <Icon name="arrow-forward" />
              <span className="kern-label kern-sr-only-mobile">{t('workspaces.composer.send')}</span>
            </button>
          </div>
        </div>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {open ? t('workspaces.composer.mentionCount', { count: options.length }) : ''}
      </div>
      <UploadList uploads={uploads.uploads} onRemove={uploads.remove} />
      <ProblemAlert error={error} />
      {threadRootId ? (
        <div className="kern-form-check composer__also">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={`${id}-also`}
            checked={alsoInChannel}
            onChange={(event) => setAlsoInChannel(event.target.checked)}
          />
          <label className="kern-label" htmlFor={`${id}-also`}>
            {t('workspaces.composer.alsoInChannel')}
          </label>
        </div>
      ) : null}
      <p className="kern-hint composer__hint" id={`${id}-hint`}>
        {t('workspaces.composer.hint')}
      </p>
    </form>
  );
}
