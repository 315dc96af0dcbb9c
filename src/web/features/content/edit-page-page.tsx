import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { ContentLinks, WithOrganisation } from './content-frame.tsx';
import { usePage } from './content-queries.ts';
import type { ContentPage } from './content-types.ts';
import { DeleteSection } from './delete-section.tsx';
import { ARRIVAL_FLASH_ID, takeFlash } from './flash.ts';
import { LanguageEditor } from './language-editor.tsx';
import { LanguageTabs } from './language-tabs.tsx';
import { languageName } from './languages.ts';
import { PageFacts, PageMetaForm } from './page-meta-form.tsx';
import { useTextDrafts } from './text-drafts.ts';
import { UnsavedWarning } from './unsaved-warning.tsx';
import { XliffSection } from './xliff-section.tsx';

const route = getRouteApi('/content/pages/$id');

/** The title a page goes by: its source language's newest text, else its address. */
export function pageTitleOf(page: ContentPage): string {
  const source = page.languages.find((l) => l.language === page.sourceLanguage);
  return source?.draft?.title ?? source?.published?.title ?? page.slug;
}

export function PageNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('content.notFound.title')}</PageTitle>
      <p className="kern-body">{t('content.notFound.text')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/content">
          {t('content.links.pages')}
        </Link>
      </p>
    </>
  );
}

/** `/content/pages/$id`: the page's facts, its text in each language, XLIFF exchange, deletion. */
export function EditContentPage() {
  const { id } = route.useParams();
  return (
    <WithOrganisation>{(context) => <EditPage id={id} organisationId={context.organisationId} />}</WithOrganisation>
  );
}

function EditPage({ id, organisationId }: { id: string; organisationId: string }) {
  const page = usePage(id);
  return (
    <QueryState query={page} notFound={<PageNotFound />}>
      {(data) => <PageEditor key={data.id} page={data} organisationId={organisationId} />}
    </QueryState>
  );
}

function PageEditor({ page, organisationId }: { page: ContentPage; organisationId: string }) {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const language = search.language ?? page.sourceLanguage;
  const title = pageTitleOf(page);
  const lang = useContentLang(page.sourceLanguage);
  const canEdit = page.viewer.canEdit;
  const linked = page.adoption?.mode === 'link';
  const drafts = useTextDrafts(page);
  // Arriving from the new page's form or the adopt form, the confirmation takes the focus (the
  // navigation asks for it), so it is read before the page.
  const [flash, setFlash] = useState(takeFlash);
  const arrivedIn = useRef(language);
  useEffect(() => {
    // The confirmation was about arriving; another language's tab leaves it behind.
    if (language !== arrivedIn.current) setFlash(null);
  }, [language]);

  return (
    <div className="content-edit-page">
      <PageTitle
        preline={canEdit ? t('content.edit.preline') : t('content.edit.prelineRead')}
        documentTitle={t('content.edit.documentTitle', { title })}
        contentLang={lang}
      >
        {title}
      </PageTitle>
      <ContentLinks>
        <li>
          <Link className="kern-link" to="/content/pages/$id/history" params={{ id: page.id }} search={{ language }}>
            {t('content.edit.history')}
          </Link>
        </li>
        {canEdit && !page.adoption ? (
          <li>
            <Link className="kern-link" to="/content/pages/$id/sharing" params={{ id: page.id }}>
              {t('content.edit.sharing')}
            </Link>
          </li>
        ) : null}
        {linked ? (
          <li>
            <Link className="kern-link" to="/content/pages/$id/changes" params={{ id: page.id }}>
              {t('content.edit.changes')}
            </Link>
          </li>
        ) : null}
      </ContentLinks>
      {flash ? (
        <div id={ARRIVAL_FLASH_ID} tabIndex={-1} className="content-flash">
          <Alert variant="success" role="status" title={flash} />
        </div>
      ) : null}
      {linked ? (
        <Alert
          variant="info"
          title={t('content.edit.linked', { organisation: page.adoption?.sourceOrganisationName ?? '' })}
        />
      ) : null}
      <div className="stack-xl">
        <Section title={t('content.languagesTitle')}>
          <LanguageTabs page={page} current={language} canAdd={canEdit && !linked} unsaved={drafts.unsaved} />
          <section className="content-panel" aria-labelledby="content-panel-title">
            <h3 className="kern-heading-small" id="content-panel-title">
              {language === page.sourceLanguage
                ? t('content.edit.panelSource', { language: languageName(t, language, i18n.language) })
                : t('content.edit.panelTranslation', { language: languageName(t, language, i18n.language) })}
            </h3>
            <LanguageEditor
              key={`${page.id}:${language}`}
              page={page}
              language={language}
              canEdit={canEdit && !linked}
              drafts={drafts}
            />
          </section>
        </Section>
        {canEdit && !linked && language !== page.sourceLanguage ? (
          <XliffSection page={page} language={language} />
        ) : null}
        <Section title={t('content.meta.title')}>
          {canEdit ? (
            <PageMetaForm key={page.id} page={page} organisationId={organisationId} />
          ) : (
            <PageFacts page={page} organisationId={organisationId} />
          )}
        </Section>
        {canEdit ? <DeleteSection page={page} title={title} /> : null}
      </div>
      <UnsavedWarning unsaved={drafts.unsaved} unsavedNow={drafts.unsavedNow} />
    </div>
  );
}
