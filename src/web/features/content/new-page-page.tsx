import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { focusOnArrival } from '../shell/use-focus-on-navigate.ts';
import { type ContentContext, ContentLinks, WithOrganisation } from './content-frame.tsx';
import { useCreatePage, useOrganisationPages } from './content-queries.ts';
import { ARRIVAL_FLASH_ID, setFlash } from './flash.ts';
import { languageName, OFFERED_LANGUAGES } from './languages.ts';
import { MetaFields } from './meta-fields.tsx';
import { checkMeta, checkTitle, emptyMeta, type MetaDraft, metaInput, slugFromTitle } from './page-form-state.ts';
import { parentOptions } from './page-tree.ts';
import { serverFieldChecks } from './server-problems.ts';
import { type Intent, intentOf, SaveButtons, TextFields } from './text-fields.tsx';

const route = getRouteApi('/content/new');

/** `/content/new`: a new page with its text in the source language, kept as a draft or published. */
export function NewContentPage() {
  const { t } = useTranslation();
  return (
    <div className="content-form-page">
      <PageTitle preline={t('content.preline')} lead={t('content.new.lead')}>
        {t('content.new.title')}
      </PageTitle>
      <WithOrganisation>
        {(context) =>
          context.canEdit ? (
            <NewPageForm context={context} />
          ) : (
            <Alert variant="info" title={t('content.new.notAllowed')} />
          )
        }
      </WithOrganisation>
    </div>
  );
}

function NewPageForm({ context }: { context: ContentContext }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { parent } = route.useSearch();
  const pages = useOrganisationPages(context.organisationId);
  const create = useCreatePage();
  const form = useFormErrors('content-new');
  const [meta, setMeta] = useState<MetaDraft>(() => emptyMeta(parent ?? ''));
  const [slugTouched, setSlugTouched] = useState(false);
  const [sourceLanguage, setSourceLanguage] = useState('de');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [intent, setIntent] = useState<Intent | null>(null);

  if (pages.isPending) return <Loading />;
  const parents = parentOptions(pages.data ?? []);
  const languageLabel = languageName(t, sourceLanguage, i18n.language);

  function onTitle(value: string) {
    setTitle(value);
    // The address follows the title until someone writes one of their own.
    if (!slugTouched) setMeta((m) => ({ ...m, slug: slugFromTitle(value) }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const chosen = intentOf(event);
    const fine = form.check({ title: checkTitle(t, title), ...checkMeta(t, meta) });
    if (!fine) return;
    setIntent(chosen);
    create.mutate(
      {
        organisationId: context.organisationId,
        sourceLanguage,
        ...metaInput(meta),
        title: title.trim(),
        bodyHtml: body,
        draft: chosen === 'draft',
      },
      {
        onSuccess: (page) => {
          setFlash(chosen === 'draft' ? t('content.new.createdDraft') : t('content.new.createdPublished'));
          void navigate({
            to: '/content/pages/$id',
            params: { id: page.id },
            search: { language: sourceLanguage },
            state: focusOnArrival(ARRIVAL_FLASH_ID),
          });
        },
        onError: (error) => form.failFromServer(error, FIELDS, serverFieldChecks(t, error)),
      },
    );
  }

  return (
    <>
      <ContentLinks />
      <ErrorSummary errors={form.summary} revision={form.revision} />
      <ProblemAlert error={form.hasErrors ? null : create.error} />
      <form className="form-stack content-form" noValidate onSubmit={onSubmit}>
        <section className="content-form-part" aria-labelledby="content-new-text">
          <h2 className="kern-heading-medium" id="content-new-text">
            {t('content.new.textLegend')}
          </h2>
          <div className="content-form-part">
            <SelectField
              id={form.id('sourceLanguage')}
              label={t('content.form.sourceLanguage')}
              hint={t('content.form.sourceLanguageHint')}
              value={sourceLanguage}
              onChange={setSourceLanguage}
              options={OFFERED_LANGUAGES.map((tag) => ({ value: tag, label: languageName(t, tag, i18n.language) }))}
            />
            <TextFields
              form={form}
              language={sourceLanguage}
              languageLabel={languageLabel}
              title={title}
              onTitle={onTitle}
              body={body}
              onBody={setBody}
            />
          </div>
        </section>
        <section className="content-form-part" aria-labelledby="content-new-meta">
          <h2 className="kern-heading-medium" id="content-new-meta">
            {t('content.meta.title')}
          </h2>
          <div>
            <MetaFields
              form={form}
              draft={meta}
              parents={parents}
              onChange={(field, value) => {
                if (field === 'slug') setSlugTouched(true);
                setMeta((m) => ({ ...m, [field]: value }));
              }}
            />
          </div>
        </section>
        <SaveButtons busy={create.isPending} intent={intent} />
      </form>
    </>
  );
}

const FIELDS = ['title', 'bodyHtml', 'slug', 'parentId', 'leikaKey', 'tags', 'contact', 'validUntil'];
