import { ListItem } from '@tiptap/extension-list';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../ui/field-parts.tsx';

/**
 * List items without Tab and Shift+Tab (which would indent them): in a form, Tab must move on to the
 * next field, always. Nested lists are not offered.
 */
const FlatListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return { Enter: () => this.editor.commands.splitListItem(this.name) };
  },
});

interface RichTextEditorProps {
  id: string;
  /** The id of the one text on the page that lists the keyboard shortcuts (shared by every editor). */
  shortcutsId: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (html: string) => void;
  error?: string | undefined;
  /** The language of the text when it is not the page's (a content page's translation), and its direction. */
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
  /**
   * Links may be addresses of this app, kept as paths (`/network/wiki/…`; an address under this origin
   * becomes its path), for texts whose server keeps such links (wiki pages). Otherwise a bare address is
   * taken for a web address.
   */
  appPaths?: boolean;
}

/**
 * A small rich-text field for the record's sections: bold, italic, subheading, lists and links, each
 * from the labelled toolbar or the keyboard. It writes plain, semantic HTML; the server sanitises it.
 */
export function RichTextEditor({
  id,
  shortcutsId,
  label,
  hint,
  value,
  onChange,
  error,
  lang,
  dir,
  appPaths = false,
}: RichTextEditorProps) {
  const { t } = useTranslation();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', shortcutsId, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const [linkOpen, setLinkOpen] = useState(false);
  // One tab stop for the whole toolbar; the arrow keys move between its buttons (the ARIA toolbar pattern).
  const [current, setCurrent] = useState(0);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const openLink = useRef(() => setLinkOpen(true));

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        // The page has its h1 and the section's h2: text inside a section starts at h3.
        heading: { levels: [3] },
        code: false,
        codeBlock: false,
        blockquote: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        listItem: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['http', 'https', 'mailto'],
          HTMLAttributes: { rel: 'noopener noreferrer', target: null },
        },
      }),
      FlatListItem,
    ],
    content: value,
    editorProps: {
      attributes: {
        id,
        class: `rich-editor__content${error ? ' rich-editor__content--error' : ''}`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': describedBy,
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(lang ? { lang } : {}),
        ...(dir ? { dir } : {}),
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLink.current();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : current.getHTML()),
  });

  // Error state and description change after the editor was made: keep its attributes current.
  useEffect(() => {
    editor?.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: {
          id,
          class: `rich-editor__content${error ? ' rich-editor__content--error' : ''}`,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          'aria-describedby': describedBy,
          ...(error ? { 'aria-invalid': 'true' } : {}),
          ...(lang ? { lang } : {}),
          ...(dir ? { dir } : {}),
        },
      },
    });
  }, [editor, error, id, labelId, describedBy, lang, dir]);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      heading: e?.isActive('heading', { level: 3 }) ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });

  const tools = [
    {
      key: 'bold',
      label: t('atlas.form.editor.bold'),
      mark: 'B',
      pressed: active?.bold,
      run: () => editor?.chain().focus().toggleBold().run(),
    },
    {
      key: 'italic',
      label: t('atlas.form.editor.italic'),
      mark: 'I',
      pressed: active?.italic,
      run: () => editor?.chain().focus().toggleItalic().run(),
    },
    {
      key: 'heading',
      label: t('atlas.form.editor.heading'),
      mark: 'H',
      pressed: active?.heading,
      run: () => editor?.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'bulletList',
      label: t('atlas.form.editor.bulletList'),
      mark: '•',
      pressed: active?.bulletList,
      run: () => editor?.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      label: t('atlas.form.editor.orderedList'),
      mark: '1.',
      pressed: active?.orderedList,
      run: () => editor?.chain().focus().toggleOrderedList().run(),
    },
  ];

  function onToolbarKey(event: KeyboardEvent<HTMLDivElement>) {
    const count = tools.length + 1;
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
    toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }

  return (
    <div className={`kern-form-input rich-editor${error ? ' kern-form-input--error' : ''}`}>
      {/* A contenteditable cannot be the target of <label for>: the label names it by aria-labelledby and focuses it on click. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer convenience; the editor is reached by Tab */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the same */}
      <span className="kern-label" id={labelId} onClick={() => editor?.commands.focus()}>
        {label}
        <span className="kern-label__optional"> – {t('form.optional')}</span>
      </span>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className="rich-editor__frame">
        <div
          ref={toolbarRef}
          onKeyDown={onToolbarKey}
          className="rich-editor__toolbar"
          role="toolbar"
          aria-label={t('atlas.form.editor.toolbar', { field: label })}
          aria-controls={id}
        >
          {tools.map((tool, index) => (
            <button
              key={tool.key}
              type="button"
              tabIndex={current === index ? 0 : -1}
              onFocus={() => setCurrent(index)}
              className={`rich-editor__tool rich-editor__tool--${tool.key}`}
              aria-pressed={tool.pressed ? 'true' : 'false'}
              title={tool.label}
              onClick={tool.run}
            >
              <span aria-hidden="true">{tool.mark}</span>
              <span className="visually-hidden">{tool.label}</span>
            </button>
          ))}
          <button
            type="button"
            tabIndex={current === tools.length ? 0 : -1}
            onFocus={() => setCurrent(tools.length)}
            className="rich-editor__tool rich-editor__tool--link"
            aria-pressed={active?.link ? 'true' : 'false'}
            aria-expanded={linkOpen}
            title={t('atlas.form.editor.link')}
            onClick={() => setLinkOpen((open) => !open)}
          >
            <span aria-hidden="true">Link</span>
            <span className="visually-hidden">{t('atlas.form.editor.link')}</span>
          </button>
        </div>
        {linkOpen && editor ? (
          <LinkRow
            id={`${id}-link`}
            appPaths={appPaths}
            initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
            onApply={(href) => {
              const chain = editor.chain().focus().extendMarkRange('link');
              if (href) chain.setLink({ href }).run();
              else chain.unsetLink().run();
              setLinkOpen(false);
            }}
            onCancel={() => {
              setLinkOpen(false);
              editor.commands.focus();
            }}
          />
        ) : null}
        <EditorContent editor={editor} />
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The address of a link: Enter applies, Escape cancels, an empty address removes the link. */
function LinkRow({
  id,
  initial,
  appPaths,
  onApply,
  onCancel,
}: {
  id: string;
  initial: string;
  appPaths: boolean;
  onApply: (href: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [href, setHref] = useState(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const apply = () => {
    onApply(linkAddress(href, appPaths));
  };
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }
  return (
    <div className="rich-editor__link">
      <label className="kern-label" htmlFor={id}>
        {t('atlas.form.editor.linkAddress')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="url"
        className="kern-form-input__input"
        value={href}
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={appPaths ? t('atlas.form.editor.linkPlaceholderApp') : 'https://'}
      />
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={apply}>
          <span className="kern-label">{t('atlas.form.editor.linkApply')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      </div>
    </div>
  );
}

/**
 * The address a link gets from what was typed: web and mail addresses as they are, an app path (or an
 * address under this origin, as its path) where `appPaths` allows it, anything else as a web address.
 */
export function linkAddress(typed: string, appPaths: boolean, origin = window.location.origin): string {
  const value = typed.trim();
  if (!value) return value;
  if (appPaths) {
    if (value.startsWith('/') && !value.startsWith('//')) return value;
    if (value.startsWith(`${origin}/`)) return value.slice(origin.length);
  }
  return /^(https?:|mailto:)/i.test(value) ? value : `https://${value}`;
}
