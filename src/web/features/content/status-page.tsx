import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { Icon } from '../../ui/icon.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { type ContentContext, ContentLinks, WithOrganisation } from './content-frame.tsx';
import { type MatrixFilter, statusCsvUrl, useStatusMatrix } from './content-queries.ts';
import { type MatrixRow, TRANSLATION_STATUSES } from './content-types.ts';
import { languageName, orderLanguages } from './languages.ts';
import { filterMatrix } from './matrix-filter.ts';
import { ScrollTable } from './scroll-table.tsx';
import { StatusBadge } from './status-badge.tsx';
import { selectionId, XliffExportForm } from './xliff-export-form.tsx';

const route = getRouteApi('/content/status');

/** `/content/status`: pages × languages, what is missing, outdated, machine-translated or sent out. */
export function ContentStatusPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle preline={t('content.preline')} lead={t('content.matrix.lead')}>
        {t('content.matrix.title')}
      </PageTitle>
      <WithOrganisation>{(context) => <Matrix context={context} />}</WithOrganisation>
    </>
  );
}

function Matrix({ context }: { context: ContentContext }) {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const filter: MatrixFilter = { status: search.status, language: search.language };
  const all = useStatusMatrix(context.organisationId);
  const matrix = all.data ? filterMatrix(all.data, filter) : undefined;
  const languages = matrix ? orderLanguages('de', matrix.languages) : [];
  const filtered = Boolean(filter.status || filter.language);
  // Ticked pages stay ticked while the filter changes; the export takes them in the matrix's order.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const selected = (all.data?.pages ?? [])
    .filter((page) => ticked.has(page.id) && exportable(page))
    .map((page) => page.id);
  const anyLinked = context.canEdit && (matrix?.pages ?? []).some((page) => !exportable(page));
  const tick = (pageId: string, on: boolean) =>
    setTicked((before) => {
      const next = new Set(before);
      if (on) next.add(pageId);
      else next.delete(pageId);
      return next;
    });

  return (
    <div className="stack-xl">
      <ContentLinks />
      <MatrixFilterForm
        key={`${filter.status}-${filter.language}`}
        filter={filter}
        languages={all.data?.languages ?? []}
      />
      {all.isPending ? (
        <Loading label={t('content.matrix.loading')} />
      ) : !matrix ? (
        <ProblemAlert error={all.error} />
      ) : all.data?.pages.length === 0 ? (
        <div className="content-empty">
          <p className="kern-body kern-body--large">{t('content.list.empty')}</p>
        </div>
      ) : (
        <div className="page-section">
          <p className="kern-body">
            <a className="kern-link" href={statusCsvUrl(context.organisationId, filter)} download>
              <Icon name="download" />
              {t('content.matrix.csv')}
            </a>
          </p>
          <p className="kern-body" role="status">
            {filtered
              ? t('content.matrix.countFiltered', { count: matrix.pages.length, total: all.data?.pages.length ?? 0 })
              : t('content.matrix.count', { count: matrix.pages.length })}
          </p>
          {matrix.pages.length === 0 ? (
            <p className="kern-body table-empty">{t('content.matrix.noMatch')}</p>
          ) : (
            <>
              {/* The title stands outside the scrolling box, so that it wraps at 320 px; the caption names the table. */}
              <h2 className="kern-heading-small">
                {t('content.matrix.caption', { organisation: context.organisationName })}
              </h2>
              <ScrollTable labelledBy="content-matrix-caption">
                <table className="kern-table kern-table--striped content-matrix">
                  <caption className="kern-sr-only" id="content-matrix-caption">
                    {t('content.matrix.caption', { organisation: context.organisationName })}
                  </caption>
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      {context.canEdit ? (
                        <th scope="col" className="kern-table__header">
                          {t('content.export.selectColumn')}
                        </th>
                      ) : null}
                      <th scope="col" className="kern-table__header">
                        {t('content.matrix.page')}
                      </th>
                      {languages.map((language) => (
                        <th scope="col" className="kern-table__header" key={language}>
                          {languageName(t, language, i18n.language)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {matrix.pages.map((page) => (
                      <tr className="kern-table__row" key={page.id}>
                        {context.canEdit ? (
                          <td className="kern-table__cell content-matrix__select">
                            {exportable(page) ? (
                              <div className="kern-form-check">
                                {/* Named without text of its own, so the row's cells read as before. */}
                                <input
                                  className="kern-form-check__checkbox"
                                  type="checkbox"
                                  id={selectionId(page.id)}
                                  checked={ticked.has(page.id)}
                                  onChange={(event) => tick(page.id, event.target.checked)}
                                  aria-label={t('content.export.select', { title: page.title || page.slug })}
                                />
                              </div>
                            ) : (
                              // Its translations are the source organisation's (see the note below the table).
                              <span className="content-muted">{t('content.export.linked')}</span>
                            )}
                          </td>
                        ) : null}
                        <th scope="row" className="kern-table__cell">
                          <Link
                            className="kern-link"
                            to="/content/pages/$id"
                            params={{ id: page.id }}
                            lang={page.sourceLanguage}
                          >
                            {page.title || page.slug}
                          </Link>
                        </th>
                        {languages.map((language) => {
                          const status = page.statuses[language];
                          return (
                            <td className="kern-table__cell" key={language}>
                              {status ? (
                                <StatusBadge status={status} />
                              ) : (
                                <span className="content-muted">{t('content.matrix.none')}</span>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
              {anyLinked ? (
                <p className="kern-body kern-body--small content-muted">{t('content.export.linkedNote')}</p>
              ) : null}
            </>
          )}
        </div>
      )}
      {context.canEdit && all.data && all.data.pages.length > 0 ? (
        <XliffExportForm
          organisationId={context.organisationId}
          languages={all.data.languages}
          pages={all.data.pages}
          selected={selected}
          initialTarget={filter.language && filter.language !== 'de' ? filter.language : undefined}
        />
      ) : null}
    </div>
  );
}

/** A page linked to another organisation's shows that one's translations: no export takes it. */
const exportable = (page: MatrixRow) => page.adoptionMode !== 'link';

function MatrixFilterForm({ filter, languages }: { filter: MatrixFilter; languages: string[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState(filter.status ?? '');
  const [language, setLanguage] = useState(filter.language ?? '');
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void navigate({ to: '/content/status', search: { status: status || undefined, language: language || undefined } });
  }
  return (
    <form
      className="filter-panel filter-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t('content.matrix.filterLabel')}
    >
      <SelectField
        id="content-filter-status"
        label={t('content.matrix.status')}
        value={status}
        onChange={setStatus}
        options={[
          { value: '', label: t('content.matrix.allStatuses') },
          ...TRANSLATION_STATUSES.map((s) => ({ value: s, label: t(`content.status.${s}`) })),
        ]}
      />
      <SelectField
        id="content-filter-language"
        label={t('content.matrix.language')}
        value={language}
        onChange={setLanguage}
        options={[
          { value: '', label: t('content.matrix.allLanguages') },
          ...orderLanguages('de', languages).map((l) => ({ value: l, label: languageName(t, l, i18n.language) })),
        ]}
      />
      <div className="filter-form__submit kern-btn-wrapper">
        <Button type="submit">{t('content.matrix.apply')}</Button>
        {filter.status || filter.language ? (
          <Button variant="tertiary" onClick={() => void navigate({ to: '/content/status', search: {} })}>
            {t('content.matrix.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
