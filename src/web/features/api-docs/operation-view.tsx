import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../ui/content-language.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { isProblem, type MediaContent, type Operation, type Parameter } from './openapi.ts';
import { SchemaView, TypeLine } from './schema-view.tsx';

/**
 * One endpoint, folded: method, path and summary; unfolded its parameters, request and responses,
 * which are only rendered while open (a hundred endpoints' schemas at once make a slow page).
 * A link to `#<id>` opens it.
 */
export function OperationView({ operation }: { operation: Operation }) {
  const english = useContentLang('en');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (window.location.hash === `#${operation.id}`) setOpen(true);
  }, [operation.id]);
  return (
    <details
      className="kern-accordion api-operation"
      id={operation.id}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="kern-accordion__header">
        <h3 className="kern-title api-operation__title">
          <span className={`api-method api-method--${operation.method}`}>{operation.method.toUpperCase()}</span>{' '}
          <code className="api-operation__path">{operation.path}</code>
          {operation.summary ? (
            <span className="api-operation__summary" lang={english}>
              {operation.summary}
            </span>
          ) : null}
        </h3>
      </summary>
      {open ? <OperationBody operation={operation} /> : null}
    </details>
  );
}

function OperationBody({ operation }: { operation: Operation }) {
  const { t } = useTranslation();
  const english = useContentLang('en');
  const method = operation.method.toUpperCase();
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content;
  return (
    <div className="kern-accordion__body api-operation__body">
      {parameters.length > 0 ? (
        <section className="api-operation__part">
          <h4 className="kern-heading-small">{t('apiDocs.parameters')}</h4>
          <DataTable<Parameter>
            caption={t('apiDocs.parametersCaption', { method, path: operation.path })}
            captionHidden
            columns={[
              {
                key: 'name',
                header: t('apiDocs.name'),
                label: t('apiDocs.name'),
                render: (p) => <code>{p.name}</code>,
              },
              {
                key: 'in',
                header: t('apiDocs.in'),
                label: t('apiDocs.in'),
                render: (p) => t(`apiDocs.places.${p.in}`),
              },
              {
                key: 'type',
                header: t('apiDocs.type'),
                label: t('apiDocs.type'),
                render: (p) => (p.schema ? <TypeLine schema={p.schema} /> : '–'),
              },
              {
                key: 'required',
                header: t('apiDocs.required'),
                label: t('apiDocs.required'),
                render: (p) => (p.required ? t('apiDocs.yes') : t('apiDocs.no')),
              },
              {
                key: 'description',
                header: t('apiDocs.description'),
                label: t('apiDocs.description'),
                render: (p) => (p.description ? <span lang={english}>{p.description}</span> : '–'),
              },
            ]}
            rows={parameters}
            rowKey={(p) => `${p.in}-${p.name}`}
          />
        </section>
      ) : null}
      {body ? (
        <section className="api-operation__part">
          <h4 className="kern-heading-small">
            {operation.requestBody?.required === false ? t('apiDocs.requestOptional') : t('apiDocs.request')}
          </h4>
          <Contents content={body} />
        </section>
      ) : null}
      <section className="api-operation__part">
        <h4 className="kern-heading-small">{t('apiDocs.responses')}</h4>
        <dl className="api-responses">
          {Object.entries(operation.responses ?? {}).map(([status, response]) => (
            <div className="api-responses__item" key={status}>
              <dt className="api-responses__status">
                <span className={`api-status api-status--${status.charAt(0)}xx`}>{status}</span>
              </dt>
              <dd className="api-responses__about">
                {isProblem(status) ? (
                  <a className="kern-link" href="#api-problem">
                    {t('apiDocs.problemAnswer')}
                  </a>
                ) : response.content ? (
                  <Contents content={response.content} />
                ) : (
                  <p className="kern-body">{t('apiDocs.noContent')}</p>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

/** A body in each of its content types: JSON with its fields, images and other bytes by their type. */
function Contents({ content }: { content: Record<string, MediaContent> }) {
  const { t } = useTranslation();
  const entries = Object.entries(content);
  return (
    <>
      {entries.map(([type, media]) => (
        <div key={type} className="api-content">
          <p className="kern-body kern-body--small api-content__type">{t('apiDocs.contentType', { type })}</p>
          {media.schema && type.endsWith('json') ? <SchemaView schema={media.schema} /> : null}
        </div>
      ))}
    </>
  );
}
