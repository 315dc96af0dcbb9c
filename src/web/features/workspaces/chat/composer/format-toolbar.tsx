import { type KeyboardEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyMarkdownFormat, type MarkdownFormat, smallestChange } from './markdown-format.ts';

const TOOLS: { format: MarkdownFormat; mark: string; key?: 'B' | 'I' | 'K' }[] = [
  { format: 'bold', mark: 'B', key: 'B' },
  { format: 'italic', mark: 'I', key: 'I' },
  { format: 'list', mark: '•' },
  { format: 'link', mark: 'Link', key: 'K' },
  { format: 'code', mark: '</>' },
];

/**
 * Writes a format's Markdown into the field as if typed, so the browser's undo takes it back; where
 * the browser cannot, the text is set directly.
 */
export function formatField(
  field: HTMLTextAreaElement,
  format: MarkdownFormat,
  linkText: string,
  setText: (text: string) => void,
) {
  const before = field.value;
  const after = applyMarkdownFormat(
    { text: before, start: field.selectionStart, end: field.selectionEnd },
    format,
    linkText,
  );
  const change = smallestChange(before, after.text);
  field.focus();
  field.setSelectionRange(change.from, change.to);
  const typed =
    change.insert === '' && change.from === change.to
      ? true
      : change.insert === ''
        ? document.execCommand('delete')
        : document.execCommand('insertText', false, change.insert);
  if (!typed || field.value !== after.text) setText(after.text);
  requestAnimationFrame(() => field.setSelectionRange(after.start, after.end));
}

/** The format a key combination asks for in the composer: Ctrl/⌘+B bold, +I italic, +K link. */
export function shortcutFormat(event: KeyboardEvent): MarkdownFormat | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  return key === 'b' ? 'bold' : key === 'i' ? 'italic' : key === 'k' ? 'link' : null;
}

interface FormatToolbarProps {
  /** The textarea the toolbar formats. */
  field: RefObject<HTMLTextAreaElement | null>;
  fieldId: string;
  onText: (text: string) => void;
}

/**
 * Bold, italic, list, link and code for the composer, as in the atlas editor: one tab stop, the arrow
 * keys move between the buttons (the ARIA toolbar pattern); each button writes Markdown around the
 * selection.
 */
export function FormatToolbar({ field, fieldId, onText }: FormatToolbarProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const bar = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const count = TOOLS.length;
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % count
        : event.key === 'ArrowLeft'
          ? (current - 1 + count) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    bar.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }

  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label={t('workspaces.format.toolbar')}
      aria-controls={fieldId}
      className="format-toolbar"
      onKeyDown={onKeyDown}
    >
      {TOOLS.map((tool, index) => {
        const label = t(`workspaces.format.${tool.format}`);
        return (
          <button
            key={tool.format}
            type="button"
            tabIndex={current === index ? 0 : -1}
            className={`format-toolbar__tool format-toolbar__tool--${tool.format}`}
            title={tool.key ? `${label} (${t(`workspaces.shortcuts.keys.ctrl${tool.key}`)})` : label}
            aria-keyshortcuts={tool.key ? `Control+${tool.key} Meta+${tool.key}` : undefined}
            // The field keeps its selection while the pointer presses the button.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setCurrent(index)}
            onClick={() => {
              if (field.current) formatField(field.current, tool.format, t('workspaces.format.linkText'), onText);
            }}
          >
            <span aria-hidden="true">{tool.mark}</span>
            <span className="visually-hidden">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
