import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea, type TextAreaProps } from '../../../ui/text-area.tsx';
import { FormatToolbar, formatField, shortcutFormat } from '../../workspaces/chat/composer/format-toolbar.tsx';
import '../../workspaces/chat/composer/composer.css';

/**
 * A text field for Markdown as in chat: chat's format toolbar (bold, italic, list, link, code) above it,
 * and its shortcuts (Ctrl/⌘+B, +I, +K) in it.
 */
export function MarkdownField(props: TextAreaProps) {
  const { t } = useTranslation();
  const field: RefObject<HTMLTextAreaElement | null> = {
    get current() {
      return document.getElementById(props.id) as HTMLTextAreaElement | null;
    },
  };
  return (
    <div className="nq-markdown-field">
      <FormatToolbar field={field} fieldId={props.id} onText={props.onChange} />
      <TextArea
        {...props}
        onKeyDown={(event) => {
          const format = shortcutFormat(event);
          if (!format || !field.current) return;
          event.preventDefault();
          formatField(field.current, format, t('workspaces.format.linkText'), props.onChange);
        }}
      />
    </div>
  );
}
