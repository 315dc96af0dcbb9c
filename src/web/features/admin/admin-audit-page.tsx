import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditRef } from '../../../shared/contracts/admin.ts';
import type { Page } from '../../../shared/contracts/organisations.ts';
import { api, query } from '../../api/client.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Icon } from '../../ui/icon.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { AdminPage } from './admin-layout.tsx';
import { AuditFilters, type AuditFilterValues } from './audit-filters.tsx';
import './admin.css';

const LIMIT = 50;
const route = getRouteApi('/admin/audit');

/** A path of this app, never another site's: the server composes it, but a link is a link. */
const appPath = (link: string | null) =>
  link?.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') ? link : null;

/** A name with a link to its page; "gelöscht" when it is gone; the type alone for things without a name. */
function RefName({ value, fallback }: { value: AuditRef; fallback: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (value.deleted) return <span className="audit-deleted">{t('admin.audit.deleted')}</span>;
  const name = value.name ?? fallback;
  const link = appPath(value.link);
  if (!link) return <span>{name}</span>;
  function open(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab or window is the browser's business; only a plain click stays in the app.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !link) return;
    event.preventDefault();
    void navigate({ href: link });
  }
  return (
    <a className="kern-link" href={link} onClick={open}>
      {name}
    </a>
  );
}

const subjectType = (t: TFunction, type: string) => t(`subjectTypes.${type}`, { defaultValue: type });

export function AdminAuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { offset = 0, ...filters } = search;
  const entries = useQuery({
    queryKey: ['admin', 'audit', filters, offset],
    queryFn: () => api.get<Page<AuditEntry>>(`/admin/audit${query({ ...filters, offset, limit: LIMIT })}`),
    placeholderData: keepPreviousData,
  });
  const apply = (next: AuditFilterValues & { offset?: number | undefined }) =>
    navigate({ to: '/admin/audit', search: next });
  const csv = `/api/admin/audit.csv${query(filters)}`;
  const total = entries.data?.total ?? 0;

  return (
    <AdminPage title={t('admin.audit.title')} lead={t('admin.audit.lead')}>
      <Section title={t('admin.audit.listTitle')}>
        <AuditFilters key={JSON.stringify(filters)} value={filters} onApply={(next) => apply(next)} />
        <div className="audit-summary">
          <p className="kern-body" role="status">
            {entries.data ? t('admin.audit.count', { count: total }) : ''}
          </p>
          <a className="kern-btn kern-btn--secondary kern-btn--x-small" href={csv} download>
            <Icon name="arrow-down" />
            <span className="kern-label">{t('admin.audit.csv')}</span>
          </a>
        </div>
        <p className="kern-body kern-body--small audit-csv-hint">{t('admin.audit.csvHint')}</p>
        <ProblemAlert error={entries.error} />
        {entries.isPending ? (
          <Loading />
        ) : (
          <DataTable<AuditEntry>
            caption={t('admin.audit.listTitle')}
            captionHidden
            rows={entries.data?.items ?? []}
            rowKey={(e) => e.id}
            empty={t('admin.audit.none')}
            columns={[
              { key: 'at', header: t('admin.audit.at'), render: (e) => format.dateTime(e.at) },
              {
                key: 'actor',
                header: t('admin.audit.actor'),
                render: (e) =>
                  e.actor ? (
                    <>
                      <RefName value={e.actor} fallback={t('admin.audit.deleted')} />
                      {e.actor.deleted || search.actor === e.actor.id ? null : (
                        <Link
                          className="kern-link audit-only"
                          to="/admin/audit"
                          search={{ ...filters, actor: e.actor.id }}
                        >
                          {t('admin.audit.onlyThisPerson')}
                          <span className="visually-hidden"> ({e.actor.name})</span>
                        </Link>
                      )}
                    </>
                  ) : (
                    t('admin.audit.noActor')
                  ),
              },
              {
                key: 'action',
                header: t('admin.audit.action'),
                render: (e) => (
                  <>
                    {t(`auditActions.${e.action}`, { defaultValue: '' }) || null}
                    <code className="audit-action">{e.action}</code>
                  </>
                ),
              },
              {
                key: 'subject',
                header: t('admin.audit.subject'),
                render: (e) =>
                  e.subject ? (
                    <span className="audit-subject">
                      <span className="audit-subject__type">{subjectType(t, e.subject.type)}</span>{' '}
                      <RefName value={e.subject} fallback={`${e.subject.id.slice(0, 8)}…`} />
                    </span>
                  ) : (
                    '–'
                  ),
              },
              {
                key: 'organisation',
                header: t('admin.audit.organisation'),
                render: (e) => (e.organisation ? <RefName value={e.organisation} fallback="" /> : '–'),
              },
              {
                key: 'ip',
                header: t('admin.audit.ip'),
                render: (e) => <span className="break-all">{e.ip ?? '–'}</span>,
              },
            ]}
          />
        )}
        <Pagination
          total={total}
          limit={LIMIT}
          offset={offset}
          onChange={(next) => apply({ ...filters, offset: next || undefined })}
        />
      </Section>
    </AdminPage>
  );
}
