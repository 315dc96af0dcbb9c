import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { DescriptionList } from '../../ui/description-list.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { NotFoundContent } from '../shell/not-found-page.tsx';
import { anchorOf, groupOperations, type JsonSchema, matches, type OpenApiDocument } from './openapi.ts';
import { OperationView } from './operation-view.tsx';
import { SchemaView } from './schema-view.tsx';
import './api-docs.css';

/** Where the server serves its OpenAPI document; the page reads it, and people and tools may too. */
export const OPENAPI_URL = '/api/openapi.json';

/**
 * /developers: the API as the OpenAPI document describes it, in the app's own look: basics, the areas
 * (tags) as a table of contents, and every endpoint as a folded section to open with the keyboard.
 */
export function ApiDocsPage() {
  const { t } = useTranslation();
  const doc = useQuery({
    queryKey: ['openapi'],
    queryFn: () => api.get<OpenApiDocument>('/openapi.json'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <>
      <PageTitle preline={t('apiDocs.preline')} lead={t('apiDocs.lead')}>
        {t('apiDocs.title')}
      </PageTitle>
      <QueryState query={doc} notFound={<NotFoundContent />}>
        {(data) => <ApiDocs doc={data} />}
      </QueryState>
    </>
  );
}

function ApiDocs({ doc }: { doc: OpenApiDocument }) {
  const { t, i18n } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const groups = useMemo(
    () =>
      groupOperations(doc).sort((a, b) =>
        t(`apiDocs.tags.${a.tag}`, { defaultValue: a.tag }).localeCompare(
          t(`apiDocs.tags.${b.tag}`, { defaultValue: b.tag }),
          i18n.language,
        ),
      ),
    [doc, t, i18n.language],
  );
  const total = groups.reduce((sum, group) => sum + group.operations.length, 0);
  const shown = groups
    .map((group) => ({ ...group, operations: group.operations.filter((operation) => matches(operation, filter)) }))
    .filter((group) => group.operations.length > 0);
  const count = shown.reduce((sum, group) => sum + group.operations.length, 0);
  const tagLabel = (tag: string) => t(`apiDocs.tags.${tag}`, { defaultValue: tag });
  // The document arrives after the page: a link to an area or endpoint is followed once it is there.
  useEffect(() => {
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, []);

  return (
    <div className="stack-xl api-docs">
      <Section title={t('apiDocs.basicsTitle')}>
        <DescriptionList
          items={[
            {
              key: 'document',
              label: t('apiDocs.documentLabel'),
              value: (
                <>
                  {t('apiDocs.documentText')}{' '}
                  <a className="kern-link" href={OPENAPI_URL}>
                    {OPENAPI_URL}
                  </a>
                </>
              ),
            },
            { key: 'version', label: t('apiDocs.versionLabel'), value: doc.info.version },
            { key: 'auth', label: t('apiDocs.authLabel'), value: t('apiDocs.authText') },
            { key: 'writes', label: t('apiDocs.writesLabel'), value: t('apiDocs.writesText') },
            { key: 'errors', label: t('apiDocs.errorsLabel'), value: t('apiDocs.errorsText') },
          ]}
        />
        <p className="kern-body kern-body--small">{t('apiDocs.languageNote')}</p>
      </Section>

      <nav aria-label={t('apiDocs.tocLabel')} className="api-docs__toc">
        <h2 className="kern-heading-medium">{t('apiDocs.tocTitle')}</h2>
        <ul className="kern-list api-docs__toc-list">
          {groups.map((group) => (
            <li key={group.tag}>
              <a className="kern-link" href={`#api-${anchorOf(group.tag)}`}>
                {tagLabel(group.tag)}
              </a>{' '}
              <span className="api-docs__toc-count">
                ({t('apiDocs.endpoints', { count: group.operations.length })})
              </span>
            </li>
          ))}
        </ul>
      </nav>

      <search className="api-docs__filter">
        <TextField
          id={filterId}
          label={t('apiDocs.filter')}
          hint={t('apiDocs.filterHint')}
          type="search"
          value={filter}
          onChange={setFilter}
          required={false}
          width="medium"
        />
        <p className="kern-body kern-body--small" role="status">
          {filter ? t('apiDocs.shown', { count, total }) : ''}
        </p>
      </search>

      {shown.length === 0 ? <p className="kern-body">{t('apiDocs.noMatch')}</p> : null}
      {shown.map((group) => (
        // Unnamed like every Section: the headings, not a landmark per area, lead through the page.
        <section key={group.tag} className="page-section api-docs__group">
          <h2 className="kern-heading-medium" id={`api-${anchorOf(group.tag)}`} tabIndex={-1}>
            {tagLabel(group.tag)}
          </h2>
          <div className="api-docs__operations">
            {group.operations.map((operation) => (
              <OperationView key={operation.id} operation={operation} />
            ))}
          </div>
        </section>
      ))}

      <ProblemShape doc={doc} />
    </div>
  );
}

/** The shape every error answer shares, taken from the first one the document describes. */
function ProblemShape({ doc }: { doc: OpenApiDocument }) {
  const { t } = useTranslation();
  const schema = useMemo(() => problemSchemaOf(doc), [doc]);
  if (!schema) return null;
  return (
    <section className="page-section">
      <h2 className="kern-heading-medium" id="api-problem" tabIndex={-1}>
        {t('apiDocs.problemTitle')}
      </h2>
      <p className="kern-body">{t('apiDocs.errorsText')}</p>
      <SchemaView schema={schema} />
    </section>
  );
}

function problemSchemaOf(doc: OpenApiDocument): JsonSchema | null {
  for (const item of Object.values(doc.paths)) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema;
        if (/^4/.test(status) && schema?.properties?.type) return schema;
      }
    }
  }
  return null;
}
