import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, Reaction } from '../../../shared/contracts/chat.ts';
import { react } from './chat-queries.ts';

/** The emoji offered for a quick reaction. */
export const QUICK_EMOJI = ['👍', '❤️', '😄', '🎉', '🙏', '👀', '✅', '🤔'];

interface MessageReactionsProps {
  message: ChatMessage;
  meId: string;
  /** Whether the message's controls are in the tab order (the focused message's only). */
  tabbable: boolean;
  /** Who this message is, for the buttons' names ("Anna Schulz, 14:05"). */
  context: string;
  onChange: (reactions: Reaction[]) => void;
}

/** Reactions with their counts, each a toggle; and a small palette to add one. */
export function MessageReactions({ message, meId, tabbable, context, onChange }: MessageReactionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const tabIndex = tabbable ? 0 : -1;
  const paletteId = `react-${message.id}`;

  async function toggle(emoji: string) {
    if (busy) return;
    const mine = message.reactions.find((r) => r.emoji === emoji)?.personIds.includes(meId) ?? false;
    setBusy(true);
    try {
      const answer = await react(message.id, emoji, !mine);
      onChange(answer.reactions);
    } catch {
      // The counts stay as they were; the realtime event or the next load corrects them.
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="reactions">
      {message.reactions.map((reaction) => {
        const mine = reaction.personIds.includes(meId);
        return (
          <button
            key={reaction.emoji}
            type="button"
            className={`reaction${mine ? ' reaction--mine' : ''}`}
            aria-pressed={mine}
            tabIndex={tabIndex}
            onClick={() => void toggle(reaction.emoji)}
          >
            <span aria-hidden="true">{reaction.emoji}</span>
            <span aria-hidden="true" className="reaction__count">
              {reaction.count}
            </span>
            <span className="visually-hidden">
              {t('workspaces.message.reaction', { emoji: reaction.emoji, count: reaction.count, context })}
            </span>
          </button>
        );
      })}
      <button
        type="button"
        className="reaction reaction--add"
        aria-expanded={open}
        aria-controls={paletteId}
        tabIndex={tabIndex}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☺+</span>
        <span className="visually-hidden">{t('workspaces.message.addReaction', { context })}</span>
      </button>
      <div id={paletteId} className="reaction-palette" hidden={!open}>
        {QUICK_EMOJI.map((emoji) => (
          <button
            key={emoji}
            type="button"
            className="reaction reaction--choice"
            tabIndex={tabIndex}
            onClick={() => {
              setOpen(false);
              if (!message.reactions.some((r) => r.emoji === emoji && r.personIds.includes(meId))) void toggle(emoji);
            }}
          >
            <span aria-hidden="true">{emoji}</span>
            <span className="visually-hidden">{t('workspaces.message.reactWith', { emoji })}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
