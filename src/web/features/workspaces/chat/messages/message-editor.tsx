import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../../shared/contracts/chat.ts';
import { Button } from '../../../../ui/button.tsx';
import { ProblemAlert } from '../../../../ui/problem.tsx';
import { editMessage } from '../chat-queries.ts';
import { MAX_MESSAGE_LENGTH } from '../limits.ts';

/** Editing one's own message in place: Enter saves, Shift+Enter breaks the line, Escape gives up. */
export function MessageEditor({
  message,
  onDone,
}: {
  message: ChatMessage;
  onDone: (saved: ChatMessage | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(message.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = `edit-${message.id}`;

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  async function save() {
    if (busy) return;
    if (text.trim() === '' || text === message.text) {
      onDone(null);
      return;
    }
    setBusy(true);
    try {
      onDone(await editMessage(message.id, text));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <form
      className="message-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="kern-label" htmlFor={id}>
        {t('workspaces.message.editLabel')}
      </label>
      <textarea
        ref={ref}
        id={id}
        className="kern-form-input__input message-editor__input"
        rows={3}
        value={text}
        maxLength={MAX_MESSAGE_LENGTH}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone(null);
          } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <ProblemAlert error={error} />
      <div className="kern-btn-wrapper">
        <Button type="submit" small busy={busy}>
          {t('workspaces.message.save')}
        </Button>
        <Button variant="tertiary" small onClick={() => onDone(null)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
