import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Badge } from '../../ui/badge.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { useContentLang } from '../../ui/content-language.ts';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { type ContentContext, ContentLinks, WithOrganisation } from './content-frame.tsx';
import { useOrganisationPages, useStatusMatrix } from './content-queries.ts';
import type { CellStatus, PageListItem } from './content-types.ts';
import { takeFlash } from './flash.ts';
import { languageName, orderLanguages } from './languages.ts';
import { buildPageTree, type PageNode } from './page-tree.ts';
import { LanguageStatus } from './status-badge.tsx';

/** `/content`: the organisation's pages as a tree, each language with its translation status. */
export function ContentPagesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle preline={t('content.preline')} lead={t('content.list.lead')}>
        {t('content.list.title')}
      </PageTitle>
      <WithOrganisation>{(context) => <PageTreeView context={context} />}</WithOrganisation>
    </>
  );
}

function PageTreeView({ context }: { context: ContentContext }) {
  const { t } = useTranslation();
  const [flash] = useState(takeFlash);
  const list = useOrganisationPages(context.organisationId);
  const matrix = useStatusMatrix(context.organisationId);
  // The statuses come from the matrix: without it every badge would say "fehlt", so both must answer.
  const pages = matrix.data ? list.data : undefined;
  const statuses = new Map((matrix.data?.pages ?? []).map((row) => [row.id, row.statuses]));

  return (
    <div className="stack-xl">
      <div className="content-toolbar">
        <ContentLinks />
        <div className="kern-btn-wrapper">
          {context.canEdit ? (
            <ButtonLink to="/content/new" icon="add">
              {t('content.list.new')}
            </ButtonLink>
          ) : null}
          <ButtonLink to="/content/exchange" variant="secondary">
            {t('content.list.exchange')}
          </ButtonLink>
          <ButtonLink to="/content/media" variant="tertiary">
            {t('content.list.media')}
          </ButtonLink>
        </div>
      </div>
      {flash ? <Alert variant="success" role="status" title={flash} /> : null}
      <section aria-labelledby="content-tree-title" className="page-section">
        <h2 className="kern-heading-medium" id="content-tree-title">
          {t('content.list.treeTitle', { organisation: context.organisationName })}
        </h2>
        {pages === undefined ? (
          list.isPending || matrix.isPending ? (
            <Loading label={t('content.list.loading')} />
          ) : (
            <ProblemAlert error={list.error ?? matrix.error ?? true} />
          )
        ) : pages.length === 0 ? (
          <div className="content-empty">
            <p className="kern-body kern-body--large">{t('content.list.empty')}</p>
            <p className="kern-body">
              {context.canEdit ? t('content.list.emptyEditor') : t('content.list.emptyReader')}
            </p>
          </div>
        ) : (
          <>
            <p className="kern-body content-legend">{t('content.list.legend')}</p>
            <PageList nodes={buildPageTree(pages)} statuses={statuses} canEdit={context.canEdit} level={1} />
          </>
        )}
      </section>
    </div>
  );
}

function PageList({
  nodes,
  statuses,
  canEdit,
  level,
}: {
  nodes: PageNode[];
  statuses: Map<string, Record<string, CellStatus>>;
  canEdit: boolean;
  level: number;
}) {
  return (
    <ul className={level === 1 ? 'content-tree' : 'content-tree content-tree--nested'}>
      {nodes.map((node) => (
        <li key={node.page.id} className="content-tree__item">
          <PageEntry page={node.page} statuses={statuses.get(node.page.id)} canEdit={canEdit} />
          {node.children.length > 0 ? (
            <PageList nodes={node.children} statuses={statuses} canEdit={canEdit} level={level + 1} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function PageEntry({
  page,
  statuses,
  canEdit,
}: {
  page: PageListItem;
  statuses: Record<string, CellStatus> | undefined;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = useContentLang(page.sourceLanguage);
  const languages = orderLanguages(page.sourceLanguage, statuses ? Object.keys(statuses) : page.languages);
  const titleId = `content-page-${page.id}`;
  return (
    <article className="content-entry" aria-labelledby={titleId}>
      <div className="content-entry__head">
        <h3 className="kern-heading-small content-entry__title" id={titleId}>
          <Link className="kern-link" to="/content/pages/$id" params={{ id: page.id }} lang={lang}>
            {page.title || page.slug}
          </Link>
        </h3>
        <p className="kern-body kern-body--small content-entry__meta">
          <span className="content-entry__slug">/{page.slug}</span>
          {page.updatedAt ? <span>{t('content.list.updated', { time: format.dateTime(page.updatedAt) })}</span> : null}
        </p>
      </div>
      <ul className="content-entry__marks" aria-label={t('content.list.marks')}>
        {!page.published ? (
          <li>
            <Badge variant="info">{t('content.list.unpublished')}</Badge>
          </li>
        ) : null}
        {page.adoptionMode ? (
          <li>
            <Badge variant="info">{t(`content.list.adoption.${page.adoptionMode}`)}</Badge>
          </li>
        ) : null}
        {page.sharedWith ? (
          <li>
            <Badge variant="info">{t(`content.list.shared.${page.sharedWith}`)}</Badge>
          </li>
        ) : null}
      </ul>
      <ul className="content-entry__languages" aria-label={t('content.list.languages')}>
        {languages.map((language) => (
          <li key={language}>
            <LanguageStatus
              name={languageName(t, language, i18n.language)}
              status={statuses?.[language] ?? (language === page.sourceLanguage ? 'source' : 'missing')}
            />
          </li>
        ))}
      </ul>
      <ul className="content-entry__actions" aria-label={t('content.list.actionsFor', { title: page.title })}>
        {canEdit ? (
          <li>
            <Link className="kern-link" to="/content/pages/$id" params={{ id: page.id }}>
              {t('content.list.edit')}
              <span className="visually-hidden"> ({page.title || page.slug})</span>
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="kern-link" to="/content/pages/$id/history" params={{ id: page.id }} search={{}}>
            {t('content.list.history')}
            <span className="visually-hidden"> ({page.title || page.slug})</span>
          </Link>
        </li>
        {canEdit ? (
          <li>
            <Link className="kern-link" to="/content/new" search={{ parent: page.id }}>
              {t('content.list.addChild')}
              <span className="visually-hidden"> ({page.title || page.slug})</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </article>
  );
}
