import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, Reaction } from '../../../../../shared/contracts/chat.ts';
import { useFormat } from '../../../../ui/use-format.ts';
import { react } from '../chat-queries.ts';

/** The emoji offered for a quick reaction. */
export const QUICK_EMOJI = ['👍', '❤️', '😄', '🎉', '🙏', '👀', '✅', '🤔'];

interface MessageReactionsProps {
  message: ChatMessage;
  meId: string;
  /** Whether the message's controls are in the tab order (the focused message's only). */
  tabbable: boolean;
  /** Who this message is, for the buttons' names ("Anna Schulz, 14:05"). */
  context: string;
  paletteId: string;
  paletteOpen: boolean;
  onPicked: () => void;
  onChange: (reactions: Reaction[]) => void;
}

/** Reactions with their counts, each a toggle; and, when asked for, a small palette to add one. */
export function MessageReactions(props: MessageReactionsProps) {
  const { message, meId, context, onChange } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const tabIndex = props.tabbable ? 0 : -1;

  async function toggle(emoji: string, on: boolean) {
    if (busy) return;
    setBusy(true);
    try {
      const answer = await react(message.id, emoji, on);
      onChange(answer.reactions);
    } catch {
      // The counts stay as they were; the realtime event or the next load corrects them.
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {message.reactions.length > 0 ? (
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
                onClick={() => void toggle(reaction.emoji, !mine)}
              >
                <span aria-hidden="true">{reaction.emoji}</span>
                <span aria-hidden="true" className="reaction__count">
                  {format.number(reaction.count)}
                </span>
                <span className="visually-hidden">
                  {t('workspaces.message.reaction', { emoji: reaction.emoji, count: reaction.count, context })}
                </span>
              </button>
            );
          })}
        </div>
      ) : null}
      <div id={props.paletteId} className="reaction-palette" hidden={!props.paletteOpen}>
        {QUICK_EMOJI.map((emoji) => (
          <button
            key={emoji}
            type="button"
            className="reaction reaction--choice"
            tabIndex={tabIndex}
            onClick={() => {
              props.onPicked();
              if (!message.reactions.some((r) => r.emoji === emoji && r.personIds.includes(meId)))
                void toggle(emoji, true);
            }}
          >
            <span aria-hidden="true">{emoji}</span>
            <span className="visually-hidden">{t('workspaces.message.reactWith', { emoji })}</span>
          </button>
        ))}
      </div>
    </>
  );
}

/** Opens and closes the palette of quick reactions. */
export function AddReactionButton({
  paletteId,
  open,
  onToggle,
  tabbable,
  context,
}: {
  paletteId: string;
  open: boolean;
  onToggle: () => void;
  tabbable: boolean;
  context: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="reaction reaction--add"
      aria-expanded={open}
      aria-controls={paletteId}
      tabIndex={tabbable ? 0 : -1}
      onClick={onToggle}
    >
      <span aria-hidden="true">☺+</span>
      <span className="visually-hidden">{t('workspaces.message.addReaction', { context })}</span>
    </button>
  );
}
