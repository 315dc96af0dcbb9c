import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { DescriptionList } from '../../ui/description-list.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { type ContentContext, WithOrganisation } from '../content/content-frame.tsx';
import { directionOf, languageName, orderLanguages } from '../content/languages.ts';
import { StatusBadge } from '../content/status-badge.tsx';
import { AdoptForm } from './adopt-form.tsx';
import { LanguageChoice } from './language-choice.tsx';
import { LicenceLink } from './licence-link.tsx';
import { SharingLinks } from './sharing-links.tsx';
import { useExchangePage } from './sharing-queries.ts';
import type { ExchangePage } from './sharing-types.ts';
import '../atlas/record.css';

const route = getRouteApi('/content/exchange/$id');

/** `/content/exchange/$id`: a shared page in each of its languages, its licence and source, and adopting it. */
export function ExchangePreviewPage() {
  const { id } = route.useParams();
  return <WithOrganisation>{(context) => <Preview id={id} context={context} />}</WithOrganisation>;
}

function NotShared() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('contentSharing.preview.notFound')}</PageTitle>
      <p className="kern-body">{t('contentSharing.preview.notFoundText')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/content/exchange">
          {t('contentSharing.preview.back')}
        </Link>
      </p>
    </>
  );
}

function Preview({ id, context }: { id: string; context: ContentContext }) {
  const page = useExchangePage(id);
  return (
    <QueryState query={page} notFound={<NotShared />}>
      {(data) => <SharedPage page={data} context={context} />}
    </QueryState>
  );
}

function SharedPage({ page, context }: { page: ExchangePage; context: ContentContext }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = useContentLang(page.sourceLanguage);
  const own = page.organisationId === context.organisationId;
  return (
    <div className="sharing-page">
      <PageTitle
        preline={t('contentSharing.preview.preline', { organisation: page.organisationName })}
        documentTitle={t('contentSharing.preview.documentTitle', { title: page.title })}
        contentLang={lang}
      >
        {page.title}
      </PageTitle>
      <SharingLinks />
      <div className="stack-xl">
        {page.adoptedByViewer ? (
          <Alert
            variant="success"
            title={
              page.adoptedByViewer.mode === 'link'
                ? t('contentSharing.preview.adoptedLink')
                : t('contentSharing.preview.adoptedCopy')
            }
          >
            <p className="kern-body">
              <Link
                className="kern-link"
                to={page.adoptedByViewer.mode === 'link' ? '/content/pages/$id/changes' : '/content/pages/$id'}
                params={{ id: page.adoptedByViewer.pageId }}
              >
                {t('contentSharing.adopted.open')}
              </Link>
            </p>
          </Alert>
        ) : null}
        <Section title={t('contentSharing.preview.factsTitle')}>
          <DescriptionList
            items={[
              { key: 'source', label: t('contentSharing.facts.source'), value: page.organisationName },
              {
                key: 'licence',
                label: t('contentSharing.facts.licence'),
                value: page.licence ? <LicenceLink licence={page.licence} /> : t('contentSharing.facts.noLicence'),
              },
              {
                key: 'languages',
                label: t('contentSharing.facts.languages'),
                value: orderLanguages(page.sourceLanguage, page.languages)
                  .map((l) => languageName(t, l, i18n.language))
                  .join(', '),
              },
              {
                key: 'adoptions',
                label: t('contentSharing.facts.adoptions'),
                value:
                  page.adoptions === 0
                    ? t('contentSharing.facts.adoptionsNone')
                    : t('contentSharing.facts.adoptionsCount', { count: page.adoptions }),
              },
              { key: 'shared', label: t('contentSharing.facts.sharedAt'), value: format.date(page.sharedAt) },
              ...(page.tags.length > 0
                ? [{ key: 'tags', label: t('contentSharing.facts.tags'), value: page.tags.join(', ') }]
                : []),
              ...(page.leikaKey
                ? [{ key: 'leika', label: t('contentSharing.facts.leikaKey'), value: page.leikaKey }]
                : []),
              ...(page.contact
                ? [{ key: 'contact', label: t('contentSharing.facts.contact'), value: page.contact }]
                : []),
            ]}
          />
          {page.licence ? <p className="kern-body sharing-muted">{t('contentSharing.preview.licenceNote')}</p> : null}
        </Section>
        <Texts page={page} />
        {own ? (
          <Alert variant="info" title={t('contentSharing.preview.ownPage')} />
        ) : page.adoptedByViewer ? null : context.canEdit ? (
          <AdoptForm page={page} organisationId={context.organisationId} />
        ) : (
          <Section title={t('contentSharing.adopt.title')}>
            <p className="kern-body">{t('contentSharing.adopt.readerOnly')}</p>
          </Section>
        )}
      </div>
    </div>
  );
}

/** The published text of one language at a time, chosen with a group of radio buttons. */
function Texts({ page }: { page: ExchangePage }) {
  const { t, i18n } = useTranslation();
  const order = orderLanguages(
    page.sourceLanguage,
    page.texts.map((text) => text.language),
  );
  const [language, setLanguage] = useState(order[0] ?? page.sourceLanguage);
  const text = page.texts.find((x) => x.language === language);
  return (
    <Section title={t('contentSharing.preview.textsTitle')}>
      <LanguageChoice
        name="preview-language"
        legend={t('contentSharing.preview.languageLegend')}
        languages={order}
        value={language}
        onChange={setLanguage}
      />
      {text ? (
        <article className="sharing-preview" aria-labelledby="preview-text-title">
          <p className="kern-body sharing-preview__meta">
            <span>
              {text.language === page.sourceLanguage
                ? t('contentSharing.preview.sourceVersion', {
                    language: languageName(t, text.language, i18n.language),
                    number: text.number,
                  })
                : t('contentSharing.preview.translationVersion', {
                    language: languageName(t, text.language, i18n.language),
                    number: text.number,
                  })}
            </span>
            {text.status && text.language !== page.sourceLanguage ? (
              <StatusBadge status={text.status as Parameters<typeof StatusBadge>[0]['status']} />
            ) : null}
          </p>
          <div lang={text.language} dir={directionOf(text.language)} className="sharing-preview__text">
            <h3 className="kern-heading-small" id="preview-text-title">
              {text.title}
            </h3>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save */}
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: text.bodyHtml }} />
          </div>
        </article>
      ) : null}
    </Section>
  );
}
