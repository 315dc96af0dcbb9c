import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LIMITS } from '../../../shared/contracts/content.ts';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { FormErrors } from '../../ui/use-form-errors.ts';
import { RichTextEditor } from '../atlas/record/rich-text-editor.tsx';
import '../atlas/record.css';
import { directionOf } from './languages.ts';

/** How a text is saved: kept as a draft, or published. */
export type Intent = 'draft' | 'publish';

/** The button that sent the form: "Als Entwurf speichern" or "Veröffentlichen" (Enter in a field saves a draft). */
export function intentOf(event: FormEvent<HTMLFormElement>): Intent {
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  return submitter?.getAttribute('value') === 'publish' ? 'publish' : 'draft';
}

/**
 * Title and body of one language, written in that language: `lang` and the writing direction are set
 * on both fields, so Arabic or Persian are edited right to left while the labels stay as they are.
 */
export function TextFields({
  form,
  language,
  languageLabel,
  bodyRevision = 0,
  title,
  onTitle,
  body,
  onBody,
}: {
  form: FormErrors;
  language: string;
  languageLabel: string;
  /** Raised when `body` was replaced from outside: the editor takes its text only when it appears. */
  bodyRevision?: number;
  title: string;
  onTitle: (value: string) => void;
  body: string;
  onBody: (value: string) => void;
}) {
  const { t } = useTranslation();
  const dir = directionOf(language);
  const shortcutsId = form.id('shortcuts');
  return (
    <>
      <TextField
        id={form.id('title')}
        label={t('content.form.title', { language: languageLabel })}
        value={title}
        onChange={onTitle}
        error={form.errors.title}
        maxLength={CONTENT_LIMITS.title}
        lang={language}
        dir={dir}
      />
      <div>
        <RichTextEditor
          key={bodyRevision}
          id={form.id('bodyHtml')}
          shortcutsId={shortcutsId}
          label={t('content.form.body', { language: languageLabel })}
          value={body}
          onChange={onBody}
          error={form.errors.bodyHtml}
          lang={language}
          dir={dir}
        />
        <p className="kern-hint rich-editor__shortcuts" id={shortcutsId}>
          {t('atlas.form.editor.shortcuts')}
        </p>
      </div>
    </>
  );
}

/** A checkbox with its label and an optional hint. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="content-check">
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label className="kern-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="kern-hint content-check__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

/** "Als Entwurf speichern" and "Veröffentlichen", both submitting the form they stand in. */
export function SaveButtons({ busy, intent }: { busy: boolean; intent: Intent | null }) {
  const { t } = useTranslation();
  return (
    <div className="kern-btn-wrapper">
      {/* The draft comes first: Enter in a field presses the first button, and should never publish. */}
      <Button type="submit" name="intent" value="draft" variant="secondary" busy={busy}>
        {busy && intent === 'draft' ? t('content.form.savingDraft') : t('content.form.saveDraft')}
      </Button>
      <Button type="submit" name="intent" value="publish" busy={busy} icon="check">
        {busy && intent === 'publish' ? t('content.form.publishing') : t('content.form.publish')}
      </Button>
    </div>
  );
}
