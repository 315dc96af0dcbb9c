import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Form } from '../../ui/form.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { RichTextEditor } from '../atlas/record/rich-text-editor.tsx';
import { directionOf, languageName, orderLanguages } from '../content/languages.ts';
import { LanguageChoice } from './language-choice.tsx';
import { useSaveLocalText } from './sharing-queries.ts';
import type { PageLanguage, SharingContentPage } from './sharing-types.ts';
import '../atlas/record.css';

/** Characters of each local text the server takes. */
const MAX_HTML = 20_000;

/**
 * The linked page's own text before and after the source's, one language at a time: the address and
 * opening hours of the organisation's office, which the source cannot know.
 */
export function LocalTextSection({ page }: { page: SharingContentPage }) {
  const { t, i18n } = useTranslation();
  const order = orderLanguages(
    page.sourceLanguage,
    page.languages.map((l) => l.language),
  );
  const [language, setLanguage] = useState(order[0] ?? page.sourceLanguage);
  const text = page.languages.find((l) => l.language === language);
  const name = languageName(t, language, i18n.language);
  return (
    <section className="page-section" aria-labelledby="local-text-title">
      <h2 className="kern-heading-medium" id="local-text-title">
        {t('contentSharing.local.title')}
      </h2>
      <p className="kern-body">
        {t('contentSharing.local.intro', { organisation: page.adoption?.sourceOrganisationName ?? '' })}
      </p>
      <LanguageChoice
        name="local-language"
        legend={t('contentSharing.local.languageLegend')}
        languages={order}
        value={language}
        onChange={setLanguage}
      />
      {page.viewer.canEdit ? (
        <LocalTextForm key={language} pageId={page.id} language={language} name={name} text={text} />
      ) : (
        <LocalTextShown language={language} text={text} />
      )}
    </section>
  );
}

function LocalTextForm({
  pageId,
  language,
  name,
  text,
}: {
  pageId: string;
  language: string;
  name: string;
  text: PageLanguage | undefined;
}) {
  const { t } = useTranslation();
  const form = useFormErrors(`local-${language}`);
  const save = useSaveLocalText(pageId, language);
  const shortcutsId = useId();
  const [before, setBefore] = useState(text?.local?.beforeHtml ?? '');
  const [after, setAfter] = useState(text?.local?.afterHtml ?? '');
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  const dir = directionOf(language);
  const tooLong = (html: string) => (html.length > MAX_HTML ? t('contentSharing.local.tooLong') : undefined);
  return (
    <div className="sharing-local">
      {saved ? (
        <div ref={savedRef} tabIndex={-1} className="sharing-flash">
          <Alert variant="success" role="status" title={t('contentSharing.local.saved', { language: name })} />
        </div>
      ) : null}
      <Form
        form={form}
        busy={save.isPending}
        error={save.error}
        check={() => ({ beforeHtml: tooLong(before), afterHtml: tooLong(after) })}
        onValid={() => {
          setSaved(false);
          save.mutate(
            { beforeHtml: before, afterHtml: after },
            {
              onSuccess: () => setSaved(true),
              onError: (error) => form.failFromServer(error, ['beforeHtml', 'afterHtml']),
            },
          );
        }}
        submit={t('contentSharing.local.submit', { language: name })}
      >
        <RichTextEditor
          id={form.id('beforeHtml')}
          shortcutsId={shortcutsId}
          label={t('contentSharing.local.before', { language: name })}
          hint={t('contentSharing.local.beforeHint')}
          value={before}
          onChange={(html) => {
            setBefore(html);
            setSaved(false);
          }}
          error={form.errors.beforeHtml}
          lang={language}
          dir={dir}
        />
        <RichTextEditor
          id={form.id('afterHtml')}
          shortcutsId={shortcutsId}
          label={t('contentSharing.local.after', { language: name })}
          hint={t('contentSharing.local.afterHint')}
          value={after}
          onChange={(html) => {
            setAfter(html);
            setSaved(false);
          }}
          error={form.errors.afterHtml}
          lang={language}
          dir={dir}
        />
        <p className="kern-hint rich-editor__shortcuts" id={shortcutsId}>
          {t('atlas.form.editor.shortcuts')}
        </p>
      </Form>
    </div>
  );
}

function LocalTextShown({ language, text }: { language: string; text: PageLanguage | undefined }) {
  const { t } = useTranslation();
  const local = text?.local;
  if (!local || (!local.beforeHtml && !local.afterHtml)) {
    return <p className="kern-body sharing-muted">{t('contentSharing.local.none')}</p>;
  }
  const dir = directionOf(language);
  return (
    <dl className="sharing-local-shown">
      <dt>{t('contentSharing.local.beforeShort')}</dt>
      <dd>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save */}
        <div className="rich-text" lang={language} dir={dir} dangerouslySetInnerHTML={{ __html: local.beforeHtml }} />
      </dd>
      <dt>{t('contentSharing.local.afterShort')}</dt>
      <dd>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save */}
        <div className="rich-text" lang={language} dir={dir} dangerouslySetInnerHTML={{ __html: local.afterHtml }} />
      </dd>
    </dl>
  );
}
