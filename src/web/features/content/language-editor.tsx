import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useFormat } from '../../ui/use-format.ts';
import { useSaveVersion } from './content-queries.ts';
import type { ContentPage, PageLanguage } from './content-types.ts';
import { directionOf, languageName } from './languages.ts';
import { checkTitle } from './page-form-state.ts';
import { StatusBadge } from './status-badge.tsx';
import { isUnsaved, sameText, savedTextOf, type TextDraft, type TextDrafts, textAfterReload } from './text-drafts.ts';
import { Checkbox, type Intent, intentOf, SaveButtons, TextFields } from './text-fields.tsx';

type Text = NonNullable<PageLanguage['published']>;

/**
 * One language of the page. The source: title and body, a small change or a new text for the
 * translators. A translation: the text it is made from beside the form (above it on phones).
 */
export function LanguageEditor({
  page,
  language,
  canEdit,
  drafts,
}: {
  page: ContentPage;
  language: string;
  canEdit: boolean;
  /** What each language's form held when its tab was left. */
  drafts: TextDrafts;
}) {
  const entry = page.languages.find((l) => l.language === language);
  const source = page.languages.find((l) => l.language === page.sourceLanguage);
  const isSource = language === page.sourceLanguage;
  if (!canEdit) return <ReadOnlyText entry={entry} language={language} />;
  if (isSource) return <TextForm page={page} language={language} entry={entry} drafts={drafts} />;
  return (
    <div className="content-translate">
      <BasisText page={page} basis={source?.published ?? null} entry={entry} />
      <div className="content-translate__form">
        {source?.published ? <TextForm page={page} language={language} entry={entry} drafts={drafts} /> : <NoBasis />}
      </div>
    </div>
  );
}

function NoBasis() {
  const { t } = useTranslation();
  return <Alert variant="info" title={t('content.edit.noBasis')} />;
}

/** The source text a translation is made from, in its own language and direction. */
function BasisText({ page, basis, entry }: { page: ContentPage; basis: Text | null; entry: PageLanguage | undefined }) {
  const { t, i18n } = useTranslation();
  const sourceName = languageName(t, page.sourceLanguage, i18n.language);
  const madeFrom = entry?.basis;
  return (
    <section className="content-basis" aria-labelledby="content-basis-title">
      <h4 className="kern-heading-small" id="content-basis-title">
        {basis
          ? t('content.edit.basisTitle', { language: sourceName, number: basis.number })
          : t('content.edit.basisTitleNone', { language: sourceName })}
      </h4>
      {madeFrom && basis && madeFrom.number !== basis.number ? (
        <p className="kern-body kern-body--small content-basis__note">
          {t('content.edit.basisOlder', { number: madeFrom.number, current: basis.number })}
        </p>
      ) : null}
      {basis ? (
        <div className="content-basis__text" lang={page.sourceLanguage} dir={directionOf(page.sourceLanguage)}>
          <p className="content-basis__title">{basis.title}</p>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save */}
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: basis.bodyHtml }} />
        </div>
      ) : null}
    </section>
  );
}

function ReadOnlyText({ entry, language }: { entry: PageLanguage | undefined; language: string }) {
  const { t } = useTranslation();
  const text = entry?.published;
  return (
    <div className="stack-sm">
      {entry?.status ? (
        <p className="kern-body">
          {t('content.edit.statusLabel')} <StatusBadge status={entry.status} />
        </p>
      ) : null}
      {entry?.draft ? (
        <p className="kern-body">{t('content.edit.draftExists', { number: entry.draft.number })}</p>
      ) : null}
      {text ? (
        <div className="content-read" lang={language} dir={directionOf(language)}>
          <p className="content-basis__title">{text.title}</p>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save */}
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: text.bodyHtml }} />
        </div>
      ) : (
        <p className="kern-body">{t('content.edit.nothingPublished')}</p>
      )}
    </div>
  );
}

/**
 * Title and body of one language, saved as a new version: a draft, or published. What is typed is
 * kept in `drafts` as well, so the language's tab shows it again after another language's.
 */
function TextForm({
  page,
  language,
  entry,
  drafts,
}: {
  page: ContentPage;
  language: string;
  entry: PageLanguage | undefined;
  drafts: TextDrafts;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const isSource = language === page.sourceLanguage;
  const start = savedTextOf(entry);
  const form = useFormErrors('content-language');
  const save = useSaveVersion(page.id, language);
  // Taken once, when the tab opens: the text typed before another language's tab was chosen.
  const [kept] = useState(() => drafts.get(language));
  const [restored] = useState(() => isUnsaved(kept, entry));
  const [title, setTitle] = useState(kept?.title ?? start.title);
  const [body, setBody] = useState(kept?.bodyHtml ?? start.bodyHtml);
  const [minor, setMinor] = useState(kept?.minor ?? false);
  const [machine, setMachine] = useState(kept?.machine ?? false);
  const typed = useRef<TextDraft>({ title, bodyHtml: body, minor, machine });
  function keep(change: Partial<TextDraft>) {
    typed.current = { ...typed.current, ...change };
    drafts.put(language, typed.current);
  }
  // The saved text the form began from. When the page's data brings another (an XLIFF import
  // confirmed, someone else's version), a form nobody typed in shows it; the body's editor, which
  // takes its text when it appears, is made anew for it.
  const [base, setBase] = useState(start);
  const [bodyRevision, setBodyRevision] = useState(0);
  if (!sameText(base, start)) {
    setBase(start);
    const next = textAfterReload({ title, bodyHtml: body }, base, start);
    if (next) {
      setTitle(next.title);
      setBody(next.bodyHtml);
      typed.current = { ...typed.current, ...next };
      setBodyRevision((n) => n + 1);
    }
  }
  const [intent, setIntent] = useState<Intent | null>(null);
  const [saved, setSaved] = useState<{ message: string; at: number } | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const name = languageName(t, language, i18n.language);

  useEffect(() => {
    // After a save, focus goes to the confirmation, which says which version was written.
    if (saved) savedRef.current?.focus();
  }, [saved]);
  const isNew = !entry;
  const titleId = form.id('title');
  useEffect(() => {
    // A language just added has no text: the work goes on in its title.
    if (isNew) document.getElementById(titleId)?.focus();
  }, [isNew, titleId]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const chosen = intentOf(event);
    if (!form.check({ title: checkTitle(t, title) })) return;
    setIntent(chosen);
    setSaved(null);
    save.mutate(
      {
        title: title.trim(),
        bodyHtml: body,
        draft: chosen === 'draft',
        ...(isSource ? { minor } : { machine, basisLanguage: page.sourceLanguage }),
      },
      {
        onSuccess: (next) => {
          const written = next.languages.find((l) => l.language === language);
          const number = (chosen === 'draft' ? written?.draft?.number : written?.published?.number) ?? 0;
          setMinor(false);
          typed.current = { ...typed.current, minor: false };
          drafts.drop(language);
          setSaved({
            message:
              chosen === 'draft'
                ? t('content.edit.savedDraft', { number })
                : t('content.edit.savedPublished', { number }),
            at: Date.now(),
          });
        },
        onError: (error) => form.failFromServer(error, ['title', 'bodyHtml']),
      },
    );
  }

  return (
    <div className="stack-sm content-text-form">
      {!isSource && entry?.status ? (
        <p className="kern-body">
          {t('content.edit.statusLabel')} <StatusBadge status={entry.status} />
        </p>
      ) : null}
      {!entry ? <p className="kern-body">{t('content.edit.newLanguage', { language: name })}</p> : null}
      {entry?.draft ? (
        <p className="kern-body">
          {t('content.edit.draftShown', { number: entry.draft.number, time: format.dateTime(entry.draft.createdAt) })}
        </p>
      ) : null}
      {restored && !saved ? <Alert variant="info" title={t('content.unsaved.restored', { language: name })} /> : null}
      {saved ? (
        <div ref={savedRef} tabIndex={-1} className="content-flash" key={saved.at}>
          <Alert variant="success" role="status" title={saved.message} />
        </div>
      ) : null}
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={form.hasErrors ? null : save.error} />
      <form className="form-stack content-form" noValidate onSubmit={onSubmit}>
        <TextFields
          form={form}
          language={language}
          languageLabel={name}
          bodyRevision={bodyRevision}
          title={title}
          onTitle={(value) => {
            setTitle(value);
            keep({ title: value });
          }}
          body={body}
          onBody={(value) => {
            setBody(value);
            keep({ bodyHtml: value });
          }}
        />
        {isSource && entry?.published ? (
          <Checkbox
            id={form.id('minor')}
            label={t('content.form.minor')}
            hint={t('content.form.minorHint')}
            checked={minor}
            onChange={(value) => {
              setMinor(value);
              keep({ minor: value });
            }}
          />
        ) : null}
        {!isSource ? (
          <Checkbox
            id={form.id('machine')}
            label={t('content.form.machine')}
            hint={t('content.form.machineHint')}
            checked={machine}
            onChange={(value) => {
              setMachine(value);
              keep({ machine: value });
            }}
          />
        ) : null}
        <SaveButtons busy={save.isPending} intent={intent} />
      </form>
    </div>
  );
}
